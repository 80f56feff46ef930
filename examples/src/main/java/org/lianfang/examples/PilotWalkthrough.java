package org.lianfang.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.cycle.CyclePhase;
import org.lianfang.grading.GradeLabels;
import org.lianfang.jdbc.JdbcStore;
import org.lianfang.ledger.Verification;
import org.lianfang.monitoring.HolidayCalendar;
import org.lianfang.monitoring.WorkingHours;
import org.lianfang.monitoring.WorkingTime;
import org.lianfang.organization.Unit;
import org.lianfang.process.ProcessId;
import org.lianfang.spi.Store;

/**
 * 昆明市廉政风险防范管理试点: the seed's pilot (S-18) lived through its first task, 排查廉政风险点 (S-16: 2010-08-31 to
 * 2010-09-30), and the control measures of its second (2010-10-21 to 2010-12-10), with Lianfang's public API only.
 *
 * <p>What it shows, in the order it happens:
 *
 * <ol>
 *   <li>a {@link Lianfang} built on the embedded default ({@link JdbcStore#embedded}, an H2 database in files), or on
 *       any store a test gives it, with a clock the walk-through moves on: every date the
 *       library records comes from that clock;
 *   <li>the discipline inspector (纪检监察) registering 昆明市 and its seven pilot units (S-18); each unit's leader
 *       sorting out its posts with the facts grading needs, its staff and who holds which post, and its power list with
 *       依据、界限、责任; two units drawing a business flow chart (S-2);
 *   <li>risk points found by all five methods — 自己找 by the post holder, 大家提 by a section head, 组织点 by the
 *       inspector, 群众议 and 集体定 recorded by the unit leader — through public reports, financial audit, enforcement
 *       inspection and a survey (S-3), in all five categories (S-4), from the seed's priority areas (S-17): on posts,
 *       on flow-chart steps and on a unit as a whole, each with its owner chain 直接责任人 → 部门负责人 → 责任领导 (P-1);
 *   <li>each point through the review of P-5: 审核 (S-5) → 定级 by probability and harm, the post's 人财物 and
 *       三重一大 (S-6) → 公示 for the week {@code [2010-09-20, 2010-09-27)} with comments from the public → 集体定
 *       by the unit's deciding body once the notice is over (S-3);
 *   <li>the ledger (台帐, S-13): Form 2 for each pilot unit, the totals by unit × category × grade, a heat map, the
 *       land-use approval chart as Mermaid, and every unit's journal chain verified by an auditor;
 *   <li>a control measure against each confirmed point, chosen by its grade, registered on Form 3 and put in force
 *       (P-13); Form 3 for each pilot unit, the coverage of the city (P-14), and the journal check again.
 * </ol>
 *
 * <p>Each stage is a class of its own over a shared {@link PilotFixture}: {@link IdentificationStage}, then {@link
 * ControlStage} with {@link ThirdLineStage} between its registering and its putting in force; the later stages of the
 * yearly loop (S-1) add theirs. Every command's {@link Outcome} is checked with {@link Outcome#orElseThrow()}: a
 * refusal stops the run with its reason in Chinese and English. People's names are invented; posts, powers and
 * procedures are illustrative, not the units' real establishment.
 *
 * <p>Run: {@code mvn -q -pl examples -am test-compile exec:java}.
 */
public final class PilotWalkthrough {
  /** The zone that decides what day it is in Kunming. */
  public static final ZoneId KUNMING = ZoneId.of("Asia/Shanghai");
  /** The first day of the identification stage (S-16); the walk-through starts here. */
  public static final LocalDate STAGE_OPENS = LocalDate.of(2010, 8, 31);
  /** The code of 昆明市, the pilot's root unit. */
  public static final String CITY_CODE = "530100";
  /** The last day of the identification stage (S-16), the day the ledger is drawn up. */
  public static final LocalDate STAGE_CLOSES = LocalDate.of(2010, 9, 30);

  private PilotWalkthrough() {}

  /**
   * Runs the walk-through in memory and prints it, in UTF-8, to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = Path.of(System.getProperty("lianfang.data", "data"));
    Path report = Path.of(System.getProperty("lianfang.report", "report"));
    boolean fresh = Arrays.asList(args).contains("--fresh") || Boolean.getBoolean("lianfang.fresh");
    runOn(dir, fresh, report, out);
    out.flush();
  }

  /**
   * The main job on the embedded default ({@link JdbcStore#embedded}): the first run walks the pilot through its 2010
   * ({@link #run}) and the first changes of 2011 ({@link NextYearStage}), and keeps everything in an H2 database under
   * {@code dir}; a later run finds that data and prints the ledger, Form 3 and the checks' roll-up from it again;
   * {@code fresh} deletes the data first and walks again. Either way it writes the report ({@link PilotReport}) as of
   * {@link NextYearStage#REVISED}, the same from the same data.
   *
   * @param dir where the H2 database lives
   * @param fresh whether to start from an empty database
   * @param report where the report ({@link PilotReport}) and the CSV files go
   * @param out where the forms go
   * @return whether this run walked the stage (false: it read the data of an earlier run)
   */
  public static boolean runOn(Path dir, boolean fresh, Path report, PrintStream out) {
    if (fresh) {
      deleteDatabase(dir);
    }
    try (JdbcStore store = JdbcStore.embedded(dir)) {
      Optional<Unit> earlier = store.units().byCode(CITY_CODE);
      if (earlier.isPresent()) {
        MutableClock clock = MutableClock.startingOn(NextYearStage.REVISED, KUNMING);
        Lianfang lianfang = open(store, clock);
        out.println("找到上次运行的数据（" + dir.toAbsolutePath() + "）：不再重复登记，直接读取台帐。"
            + "重新开始请加 -Dexec.args=--fresh");
        Actor inspector = inspectorOf(earlier.get().id());
        printLedger(lianfang, inspector, earlier.get().id(), clock.today(), out);
        EducationStage.printEducation(lianfang, inspector, earlier.get().id(), Year.of(2010), out);
        ControlStage.printControl(lianfang, inspector, earlier.get().id(), out);
        MonthlyChecksStage.printRollup(lianfang, inspector, earlier.get().id(), out);
        writeReport(lianfang, earlier.get().id(), NextYearStage.REVISED, report, out);
        return false;
      }
      MutableClock clock = MutableClock.startingOn(STAGE_OPENS, KUNMING);
      Lianfang lianfang = open(store, clock);
      UnitId city = run(lianfang, clock, out);
      out.println();
      out.println("昆明市廉政风险防范管理 · " + CycleStage.YEAR.plusYears(1) + " 年度修正完善（" + NextYearStage.REVISED
          + "，S-16）");
      NextYearStage.run(lianfang, clock, city, out);
      printJournalCheck(lianfang, city, out);
      out.println();
      out.println("数据已保存在 " + dir.toAbsolutePath() + "（H2 嵌入式数据库）；再次运行将读取这些数据。");
      writeReport(lianfang, city, NextYearStage.REVISED, report, out);
      return true;
    }
  }

  private static void writeReport(Lianfang lianfang, UnitId city, LocalDate today, Path report, PrintStream out) {
    List<Path> files = PilotReport.write(lianfang, city, today, report);
    out.println("报告已生成：" + files.get(0).toAbsolutePath() + "（另有 " + (files.size() - 1) + " 个 CSV 表格，Excel "
        + "可直接打开）");
  }

  private static void deleteDatabase(Path dir) {
    for (String file : List.of("lianfang.mv.db", "lianfang.trace.db", "lianfang.lock.db")) {
      try {
        Files.deleteIfExists(dir.resolve(file));
      } catch (IOException e) {
        throw new UncheckedIOException("could not delete " + dir.resolve(file), e);
      }
    }
  }

  static Actor inspectorOf(UnitId city) {
    return Actor.of("km-jw-yfs", "市纪委预防腐败室", Set.of(Role.DISCIPLINE_INSPECTOR), Set.of(city));
  }

  /**
   * The one place the walk-through's {@link Lianfang} is configured; the store is the caller's choice.
   *
   * @param store where the records live
   * @param clock the time source (the walk-through needs a {@link MutableClock} it can move on)
   * @return the library with its defaults: access by role and unit, the seed's grading and labels
   */
  public static Lianfang open(Store store, Clock clock) {
    return Lianfang.builder(store).clock(clock).workingTime(WorkingTime.of(AUTUMN_2010, WorkingHours.standard()))
        .build();
  }

  /**
   * The autumn of 2010's official holidays (国办发明电〔2009〕19号), fed into the working calendar as a host feeds each
   * year's list: 中秋 09-22 to 09-24 off with Sunday 09-19 and Saturday 09-25 worked; National Day 10-01 to 10-07 off
   * with Sunday 09-26 and Saturday 10-09 worked.
   */
  static final HolidayCalendar AUTUMN_2010 = HolidayCalendar.of(
      java.util.stream.Stream.concat(LocalDate.of(2010, 9, 22).datesUntil(LocalDate.of(2010, 9, 25)),
          LocalDate.of(2010, 10, 1).datesUntil(LocalDate.of(2010, 10, 8))).toList(),
      List.of(LocalDate.of(2010, 9, 19), LocalDate.of(2010, 9, 25), LocalDate.of(2010, 9, 26),
          LocalDate.of(2010, 10, 9)));

  /**
   * Runs the pilot's identification stage and prints the ledger, then its control stage (the training of 10-01 to
   * 10-20 with the year's education obligations, then measures registered, the watched ones in force from 10-25 and
   * the rest by 12-10) with the third line, the monthly checks of October and November, the city's special inspection
   * and the collection of the December public appraisal day by day, and prints Form 3 and the coverage; then the
   * self-assessment window, the appraisal's analysis and results, December's checks with the checks' roll-up, and the
   * annual evaluation of the pilot units, printed as a table; then closes 2010 and opens 2011 for the city. The main
   * job ({@link #runOn}) goes on with the first changes of 2011 ({@link NextYearStage}) and writes the report.
   *
   * @param lianfang a library over an empty store, built with {@code clock}
   * @param clock the library's clock, standing at or before {@link #STAGE_OPENS}
   * @param out where the forms go
   * @return the id of 昆明市, the root of the pilot, for reading on
   * @throws org.lianfang.LianfangException if the library refuses any step
   */
  public static UnitId run(Lianfang lianfang, MutableClock clock, PrintStream out) {
    PilotFixture f = new PilotFixture(lianfang, clock, out);
    clock.advanceTo(STAGE_OPENS);
    out.println("昆明市推行廉政风险防范管理试点 · 排查廉政风险点（" + STAGE_OPENS + " 至 " + STAGE_CLOSES + "，S-16）");
    out.println("Lianfang 演示：评级策略 " + lianfang.gradingPolicy().version().name() + "@"
        + lianfang.gradingPolicy().version().version() + "（S-6），时区 " + KUNMING);
    out.println();
    new IdentificationStage(f).run();
    CycleStage cycle = new CycleStage(f);
    cycle.leave(CyclePhase.IDENTIFICATION);
    out.println();
    out.println("昆明市推行廉政风险防范管理试点 · 廉政教育培训（" + EducationStage.TRAINING_OPENS + " 至 "
        + EducationStage.TRAINING_CLOSES + "，S-16）");
    new EducationStage(f).run();
    cycle.leave(CyclePhase.TRAINING);
    out.println();
    out.println("昆明市推行廉政风险防范管理试点 · 落实防控措施（" + ControlStage.MEASURES_REGISTERED + " 至 "
        + ControlStage.IN_FORCE_BY + "，S-16）");
    ControlStage control = new ControlStage(f);
    control.register();
    out.println();
    out.println("昆明市推行廉政风险防范管理试点 · 监测预警（第三道防线，" + ThirdLineStage.OPENS + " 至 "
        + ThirdLineStage.CLOSES + "，S-9）、月查与专项检查（S-10）");
    MonthlyChecksStage checks = new MonthlyChecksStage(f);
    InspectionStage inspection = new InspectionStage(f);
    AppraisalStage appraisal = new AppraisalStage(f);
    new ThirdLineStage(f, List.of(control::on, checks::on, inspection::on, appraisal::on)).run();
    out.println();
    control.putInForce();
    cycle.leave(CyclePhase.MEASURES);
    out.println();
    out.println("昆明市推行廉政风险防范管理试点 · 自查自纠（" + SelfAssessmentStage.OPENS + " 至 "
        + SelfAssessmentStage.CLOSES + "，S-16，P-23）");
    cycle.revise();
    new SelfAssessmentStage(f).run();
    cycle.leave(CyclePhase.REVISION);
    out.println();
    out.println("昆明市推行廉政风险防范管理试点 · 群众评议（" + AppraisalStage.OPENS + " 至 " + AppraisalStage.CLOSES
        + " 征集，" + AppraisalStage.FED_BACK + " 反馈，S-12，P-25）");
    appraisal.finish();
    out.println();
    out.println("昆明市推行廉政风险防范管理试点 · 十二月月查（" + MonthlyChecksStage.DECEMBER_CHECKED + " 报送，"
        + MonthlyChecksStage.DECEMBER_REVIEWED + " 审核，S-10，P-22）");
    checks.december();
    out.println();
    out.println("昆明市推行廉政风险防范管理试点 · 年度考核（" + EvaluationStage.ASSESSED + " 自评，" + EvaluationStage.INSPECTED
        + " 考核，" + EvaluationStage.PUBLISHED + " 审定公布，S-11，P-24）");
    new EvaluationStage(f).run();
    out.println();
    out.println("昆明市推行廉政风险防范管理试点 · 总结验收（" + EvaluationStage.PUBLISHED + "，S-16）");
    cycle.close();
    cycle.printProgress(CycleStage.YEAR);
    out.println();
    out.println("昆明市廉政风险防范管理 · " + CycleStage.YEAR.plusYears(1) + " 年度全面推行（" + CycleStage.ROLLOUT + "，S-1）");
    cycle.rollOut();
    cycle.printProgress(CycleStage.YEAR.plusYears(1));
    return f.city;
  }

  /**
   * Prints the ledger of the pilot from what is stored: Form 2 of each pilot unit, the totals, the heat map, the land
   * bureau's flow chart and every unit's journal check.
   *
   * @param lianfang the library
   * @param inspector a discipline inspector scoped to the city
   * @param city the pilot's root
   * @param today the day the forms show
   * @param out where the forms go
   */
  public static void printLedger(Lianfang lianfang, Actor inspector, UnitId city, LocalDate today, PrintStream out) {
    List<Unit> pilots = lianfang.organization().queries().subtree(inspector, city).stream()
        .filter(u -> !u.id().equals(city)).toList();
    for (Unit p : pilots) {
      out.println();
      out.print(lianfang.risks().queries().form2(inspector, p.id()).orElseThrow().toText());
    }

    out.println();
    out.println("廉政风险点登记汇总（" + lianfang.organization().queries().unit(inspector, city).orElseThrow().name() + "，"
        + today + "）");
    out.print(lianfang.risks().queries().totals(inspector, city).toText(GradeLabels.SEED));

    out.println();
    out.println("风险分布（发生机率 × 危害程度）");
    out.print(lianfang.risks().queries().heatMap(inspector, city).toText());

    out.println();
    out.println("业务流程廉政风险防控图：市国土资源管理局 建设用地审批（P-2）");
    out.println("```mermaid");
    ProcessId landUse = pilots.stream()
        .flatMap(u -> lianfang.processes().queries().processes(inspector, u.id()).stream())
        .filter(p -> p.code().equals("GT-L01")).findFirst().orElseThrow().id();
    out.print(lianfang.processes().queries().processChart(inspector, landUse).orElseThrow().toMermaid());
    out.println("```");

    out.println();
    printJournalCheck(lianfang, city, out);
  }

  /**
   * Prints the check of every unit's journal chain, as an auditor of the city runs it.
   *
   * @param lianfang the library
   * @param city the pilot's root
   * @param out where the line goes
   */
  static void printJournalCheck(Lianfang lianfang, UnitId city, PrintStream out) {
    out.println(journalCheck(lianfang, city));
  }

  /**
   * @param lianfang the library
   * @param city the pilot's root
   * @return the check of every unit's journal chain, as an auditor of the city runs it, in one line
   */
  static String journalCheck(Lianfang lianfang, UnitId city) {
    Actor auditor = Actor.of("km-jw-xxzx", "市纪委信息中心", Set.of(Role.AUDITOR), Set.of(city));
    List<Unit> units = lianfang.organization().queries().subtree(auditor, city);
    List<String> results = new ArrayList<>();
    int intact = 0;
    for (Unit u : units) {
      Verification v = lianfang.ledger().queries().verifyJournal(auditor, u.id()).orElseThrow();
      if (v instanceof Verification.Intact ok) {
        intact++;
        results.add(u.name() + " 完好（" + ok.entries() + " 条）");
      } else if (v instanceof Verification.Broken broken) {
        results.add(u.name() + " 第 " + broken.sequence() + " 条断裂：" + broken.reasonZh());
      }
    }
    return "台帐校验：" + intact + "/" + units.size() + " 个单位链完好 — " + String.join("；", results);
  }
}

package org.lianfang.examples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianfang.Actor;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.checks.MonthlyCheckStep;
import org.lianfang.application.checks.RecordMonthlyCheck;
import org.lianfang.application.checks.RowInput;
import org.lianfang.application.monitoring.RectificationStep;
import org.lianfang.checks.CheckRating;
import org.lianfang.checks.CheckRollup;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.control.ControlMeasure;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.Unit;

/**
 * The pilot's monthly checks (月查, S-10, P-22), October to December: every post with a measure in force is checked
 * each month by its unit (the measure's section head as checker) and reviewed by the city's discipline body, whose
 * review turns what falls short into rectification items (P-21). October finds one measure applied in part, whose item
 * is rectified and closed in November; November finds one not applied, and one post misses its check, which the tick
 * finds on 12-01 and the unit makes up late; December checks every post, the education measures in force since 12-10
 * included. The roll-up per unit and month closes the stage.
 */
final class MonthlyChecksStage {
  static final LocalDate DECEMBER_CHECKED = LocalDate.of(2010, 12, 24);
  static final LocalDate DECEMBER_REVIEWED = LocalDate.of(2010, 12, 28);
  static final YearMonth OCTOBER = YearMonth.of(2010, 10);
  static final YearMonth DECEMBER = YearMonth.of(2010, 12);

  private final PilotFixture f;
  private final List<MonthlyCheckId> toReview = new ArrayList<>();
  private RectificationItemId partial;
  private PilotFixture.Pilot partialIn;
  private PostId missed;
  private PilotFixture.Pilot missedIn;

  MonthlyChecksStage(PilotFixture f) {
    this.f = f;
  }

  /** The day's checks in the third line's daily loop (10-21 to 12-10). */
  void on(LocalDate day) {
    switch (day.toString()) {
      case "2010-10-29" -> check(OCTOBER, 1, CheckRating.PARTIAL, false);
      case "2010-11-02" -> review(OCTOBER);
      case "2010-11-19" -> f.lianfang.monitoring().stepRectification(partialIn.leader(),
          RectificationStep.submit(partial, "补齐十月办件台账，逐件核对办理时限")).orElseThrow();
      case "2010-11-24" -> {
        f.lianfang.monitoring().stepRectification(f.inspector, RectificationStep.verify(partial, "抽查十一月办件均已登记"))
            .orElseThrow();
        f.lianfang.monitoring().stepRectification(f.inspector, RectificationStep.close(partial)).orElseThrow();
        f.log("十月月查发现的问题整改到位，销号");
      }
      case "2010-11-26" -> check(OCTOBER.plusMonths(1), 2, CheckRating.NONE, true);
      case "2010-11-30" -> review(OCTOBER.plusMonths(1));
      case "2010-12-03" -> {
        MonthlyCheckId late = record(missedIn, missed, owing(missedIn).get(missed), OCTOBER.plusMonths(1), -1, null);
        f.lianfang.checks().stepMonthlyCheck(f.inspector, MonthlyCheckStep.review(late)).orElseThrow();
        f.log(missedIn.name() + "补报十一月月查（逾期），市纪委审核");
      }
      default -> { }
    }
  }

  /**
   * Checks December on 12-24, every post with a measure in force, and reviews on 12-28; prints the roll-up and every
   * unit's journal check.
   */
  void december() {
    f.clock.advanceTo(DECEMBER_CHECKED);
    check(DECEMBER, 4, CheckRating.PARTIAL, false);
    f.clock.advanceTo(DECEMBER_REVIEWED);
    review(DECEMBER);
    printRollup(f.lianfang, f.inspector, f.city, f.out);
    f.out.println();
    PilotWalkthrough.printJournalCheck(f.lianfang, f.city, f.out);
  }

  /**
   * Each pilot unit's posts that owe the month's check submit it: every measure applied in full but one, the first
   * measure of the first post of a unit from {@code shortFrom} on, rated {@code shortOf}; when {@code skip}, the first
   * post of a unit from the fourth on misses the month.
   */
  private void check(YearMonth month, int shortFrom, CheckRating shortOf, boolean skip) {
    int posts = 0;
    int rows = 0;
    boolean shortDone = false;
    boolean skipped = false;
    for (int u = 0; u < f.pilots.size(); u++) {
      PilotFixture.Pilot pilot = f.pilots.get(u);
      for (Map.Entry<PostId, List<ControlMeasure>> e : owing(pilot).entrySet()) {
        if (skip && !skipped && u >= 3) {
          missed = e.getKey();
          missedIn = pilot;
          skipped = true;
          continue;
        }
        boolean falls = !shortDone && u >= shortFrom;
        shortDone |= falls;
        if (falls && shortOf == CheckRating.PARTIAL && partialIn == null) {
          partialIn = pilot;
        }
        toReview.add(record(pilot, e.getKey(), e.getValue(), month, falls ? 0 : -1, shortOf));
        posts++;
        rows += e.getValue().size();
      }
    }
    f.log(month.getMonthValue() + " 月月查：" + posts + " 个岗位报送，检查防控措施 " + rows + " 项（S-10，P-22）");
  }

  private MonthlyCheckId record(PilotFixture.Pilot pilot, PostId post, List<ControlMeasure> measures,
      YearMonth month, int shortAt, CheckRating shortOf) {
    List<RowInput> rows = new ArrayList<>();
    for (int i = 0; i < measures.size(); i++) {
      ControlMeasure m = measures.get(i);
      rows.add(i == shortAt ? RowInput.shortOf(m.id(), shortOf, shortOf == CheckRating.NONE
          ? "本月未通报逾期件，电子监察预警未处理" : "办件台账漏登 3 件", shortOf == CheckRating.NONE
          ? "每月 5 日前通报上月逾期件，预警件当日处理" : "补齐台账，每周核对") : RowInput.full(m.id()));
    }
    MonthlyCheckId id = f.lianfang.checks().recordMonthlyCheck(pilot.leader(), new RecordMonthlyCheck(post, month,
        measures.get(0).plan().owners().sectionHead(), rows)).orElseThrow();
    f.lianfang.checks().stepMonthlyCheck(pilot.leader(), MonthlyCheckStep.submit(id)).orElseThrow();
    return id;
  }

  private void review(YearMonth month) {
    int items = 0;
    for (MonthlyCheckId id : toReview) {
      f.lianfang.checks().stepMonthlyCheck(f.inspector, MonthlyCheckStep.review(id)).orElseThrow();
      MonthlyCheck c = f.lianfang.checks().queries().monthlyCheck(f.inspector, id).orElseThrow();
      for (var row : c.rows()) {
        if (row.item().isPresent()) {
          items++;
          if (row.rating() == CheckRating.PARTIAL && partial == null) {
            partial = row.item().get();
          }
        }
      }
    }
    toReview.clear();
    f.log("市纪委审核 " + month.getMonthValue() + " 月月查，对未完全落实的措施开具整改事项 " + items + " 项（P-21）");
  }

  /** The unit's posts with a measure in force on one of their live points, with those measures, in a stable order. */
  private Map<PostId, List<ControlMeasure>> owing(PilotFixture.Pilot pilot) {
    Map<PostId, List<ControlMeasure>> owed = new LinkedHashMap<>();
    for (ControlMeasure m : f.lianfang.control().queries().measures(f.inspector, pilot.id())) {
      if (!m.inForce()) {
        continue;
      }
      for (var point : m.points()) {
        Optional<PostId> post = f.lianfang.risks().queries().riskPoint(f.inspector, point)
            .flatMap(p -> p.location().post());
        post.ifPresent(p -> {
          List<ControlMeasure> of = owed.computeIfAbsent(p, k -> new ArrayList<>());
          if (!of.contains(m)) {
            of.add(m);
          }
        });
      }
    }
    return owed;
  }

  /**
   * Prints each pilot unit's monthly checks of October to December, rolled up (P-22).
   *
   * @param lianfang the library
   * @param inspector a discipline inspector scoped to the city
   * @param city the pilot's root
   * @param out where it goes
   */
  static void printRollup(Lianfang lianfang, Actor inspector, UnitId city, java.io.PrintStream out) {
    out.println();
    out.println("月查汇总（2010 年 10 月至 12 月，P-22）");
    out.println("单位 | 月份 | 应查岗位 | 已报 | 其中逾期 | 填报中 | 未查 | 完全落实 | 部分落实 | 未落实");
    for (Unit u : lianfang.organization().queries().subtree(inspector, city)) {
      if (u.id().equals(city)) {
        continue;
      }
      for (YearMonth m = OCTOBER; !m.isAfter(DECEMBER); m = m.plusMonths(1)) {
        CheckRollup r = lianfang.checks().queries().rollup(inspector, u.id(), m).orElseThrow();
        out.println(u.name() + " | " + m + " | " + r.owed() + " | " + r.done() + " | " + r.late() + " | " + r.open()
            + " | " + r.none() + " | " + r.ratings().get(CheckRating.FULL) + " | "
            + r.ratings().get(CheckRating.PARTIAL) + " | " + r.ratings().get(CheckRating.NONE));
      }
    }
  }
}

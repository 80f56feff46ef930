package org.lianfang.examples;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.lianfang.application.cycle.CarryOverItem;
import org.lianfang.application.cycle.CloseYear;
import org.lianfang.application.cycle.LeavePhase;
import org.lianfang.application.cycle.OpenYear;
import org.lianfang.application.cycle.PostRevision;
import org.lianfang.application.cycle.RollOut;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CycleFigures;
import org.lianfang.cycle.CyclePhase;
import org.lianfang.cycle.CycleProgress;
import org.lianfang.cycle.FrozenRegister;
import org.lianfang.cycle.PhaseWindow;
import org.lianfang.cycle.RegisterDiff;
import org.lianfang.cycle.RevisionNotice;
import org.lianfang.cycle.RolloutReport;
import org.lianfang.cycle.YearStatistics;
import org.lianfang.grading.GradeLabels;
import org.lianfang.grading.RiskGrade;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationState;

/**
 * The pilot's annual cycle (S-16) under the default cycle policy, the seed's own timetable: on 08-31, the last day of
 * mobilisation (动员部署), the city's discipline body opens 2010 for each pilot unit, whose leader ends mobilisation that
 * day; each unit then leaves a phase when the walk-through has done its work, past the guard the cycle's rules set on
 * what the unit's records hold that day: identification once every point is confirmed, training, the measures once
 * coverage has no gap, self-assessment and revision once its revision has been posted for a week; on 12-31 the items
 * still open are carried over and each unit closes its year, its register frozen; on 2011-01-04 the city opens 2011 for
 * every unit. Each step is printed with the figures it was allowed on.
 */
final class CycleStage {
  static final Year YEAR = Year.of(2010);
  private static final List<RiskGrade> GRADES = List.of(RiskGrade.HIGHER, RiskGrade.GENERAL, RiskGrade.LOWER);
  /** The day an item carried over out of 2010 is due: the first quarter's end [G]. */
  static final LocalDate CARRIED_DUE = LocalDate.of(2011, 3, 31);
  /** How long each unit posts its revision: a week [G], as the points' own notices. */
  private static final int NOTICE_DAYS = 7;
  /** The day the city opens 2011 for every unit: its first working day. */
  static final LocalDate ROLLOUT = LocalDate.of(2011, 1, 4);

  private final PilotFixture f;

  CycleStage(PilotFixture f) {
    this.f = f;
  }

  /** Opens the year for each pilot unit today and ends its mobilisation. */
  void open() {
    for (PilotFixture.Pilot p : f.pilots) {
      AnnualCycleId id = f.lianfang.cycle().open(f.inspector, new OpenYear(p.id(), YEAR)).orElseThrow();
      f.lianfang.cycle().leave(p.leader(), LeavePhase.of(id, CyclePhase.MOBILISATION)).orElseThrow();
    }
    AnnualCycle any = cycle(f.pilots.get(0));
    f.log("市纪委为试点单位开启 " + YEAR + " 年度廉政风险防范管理工作，各单位结束“动员部署”（S-16，循环策略 "
        + any.policies().cycle().name() + "@" + any.policies().cycle().version() + "）");
  }

  /**
   * Each pilot unit's leader leaves the phase today.
   *
   * @param phase the phase the pilot units are in
   */
  void leave(CyclePhase phase) {
    for (PilotFixture.Pilot p : f.pilots) {
      f.lianfang.cycle().leave(p.leader(), LeavePhase.of(cycle(p).id(), phase)).orElseThrow();
    }
    PhaseWindow window = cycle(f.pilots.get(0)).timetable().window(phase);
    int[] sum = new int[3];
    for (PilotFixture.Pilot p : f.pilots) {
      CycleFigures s = cycle(p).steps().get(phase.ordinal());
      sum[0] += s.stalePoints();
      sum[1] += s.unconfirmedPoints();
      sum[2] += s.coverageGaps();
    }
    f.log("各试点单位结束“" + phase.chinese() + "”阶段（" + window.from() + " 至 " + window.to() + "），当日 "
        + f.pilots.size() + " 个单位合计：过时风险点 " + sum[0] + "、未确定 " + sum[1] + "、防控措施缺口 " + sum[2]);
  }

  /**
   * Posts each pilot unit's revision on the first day of self-assessment and revision (修正完善公示, S-12, P-5, P-26),
   * for a week, by its leader: what changed in its register since its last closed year — the pilot's first, so every
   * point is new — into the unit's journal; the candidate changes found so far are counted beside it. Printed per unit.
   */
  void revise() {
    f.clock.advanceTo(SelfAssessmentStage.OPENS);
    f.out.println();
    f.out.println(YEAR + " 年度修正完善公示（" + f.clock.today() + " 起 " + NOTICE_DAYS + " 日，P-5，P-26）");
    f.out.println("单位 | 新增 | 调整 | 删除 | 候选修正");
    for (PilotFixture.Pilot p : f.pilots) {
      f.lianfang.cycle().post(p.leader(), PostRevision.of(cycle(p).id(), "单位门户网站及公示栏",
          f.clock.today().plusDays(NOTICE_DAYS))).orElseThrow();
      RevisionNotice n = cycle(p).revision().orElseThrow();
      f.out.println(p.name() + " | " + n.added() + " | " + n.adjusted() + " | " + n.deleted() + " | "
          + f.lianfang.cycle().queries().candidates(f.inspector, p.id()).size());
    }
    f.log("各试点单位公示本年度风险点的新增、调整和删除及其理由，公示期满方可结束“" + CyclePhase.REVISION.chinese() + "”");
    PilotFixture.Pilot first = f.pilots.get(0);
    f.out.println(first.name() + "公示的修正内容：");
    for (RegisterDiff.Entry e : f.lianfang.cycle().queries().changes(f.inspector, first.id()).orElseThrow().entries()) {
      f.out.println("  " + e.kind().chinese() + " " + e.code() + " — " + e.reason());
    }
  }

  /**
   * Closes the year for each pilot unit today (总结验收, S-16): the city's discipline body first carries over the items
   * still open, each with its reason and a due day in the next year's first quarter (P-21), then each unit's leader
   * closes its year, freezing its register; each unit's register is printed with its counts and digest.
   */
  void close() {
    int carried = 0;
    for (PilotFixture.Pilot p : f.pilots) {
      for (RectificationItem item : f.lianfang.monitoring().queries().rectificationItems(f.inspector, p.id())) {
        if (item.state() != RectificationState.CLOSED) {
          f.lianfang.cycle().carryOver(f.inspector, CarryOverItem.of(item.id(), "年底前未能完成整改，结转 " + YEAR.plusYears(1)
              + " 年度继续督办", CARRIED_DUE)).orElseThrow();
          carried++;
        }
      }
    }
    f.log("市纪委将年底尚未销号的整改事项 " + carried + " 个结转下一年度，限 " + CARRIED_DUE + " 前完成（P-21）");
    for (PilotFixture.Pilot p : f.pilots) {
      f.lianfang.cycle().close(p.leader(), CloseYear.of(cycle(p).id())).orElseThrow();
    }
    f.log("各试点单位结束“" + CyclePhase.ACCEPTANCE.chinese() + "”，关闭 " + YEAR + " 年度，风险点和防控措施冻结为年度台账（S-13）");
    f.out.println();
    f.out.println(YEAR + " 年度台账（冻结于 " + f.clock.today() + "）");
    f.out.println("单位 | 风险点 | 防控措施 | 摘要");
    for (PilotFixture.Pilot p : f.pilots) {
      FrozenRegister r = f.lianfang.cycle().queries().register(f.inspector, p.id(), YEAR).orElseThrow();
      f.out.println(p.name() + " | " + r.points() + " | " + r.measures() + " | " + r.digest().substring(0, 16) + "…");
    }
    printStatistics();
  }

  /** Prints the year's statistics of the city (P-26), from each pilot unit's frozen register. */
  private void printStatistics() {
    f.out.println();
    f.out.println(YEAR + " 年度统计（P-26，取自年度台账）");
    f.out.println("单位 | 权力事项 | 重点权力 | 风险点 | " + String.join(" | ", GRADES.stream()
        .map(GradeLabels.SEED::label).toList()) + " | 未定级 | 防控措施");
    for (YearStatistics r : f.lianfang.cycle().queries().statistics(f.inspector, f.city, YEAR)) {
      f.out.println(r.name() + " | " + r.powers() + " | " + r.keyPowers() + " | " + r.points() + " | "
          + String.join(" | ", GRADES.stream().map(g -> String.valueOf(r.byGrade().get(Optional.of(g)))).toList())
          + " | " + r.byGrade().get(Optional.empty()) + " | " + r.measures());
    }
  }

  /**
   * Opens the next year for the whole city on its first working day (S-1: from 2011 every unit runs the loop), each
   * unit in its own transaction, and prints what the rollout did.
   */
  void rollOut() {
    Year next = YEAR.plusYears(1);
    f.clock.advanceTo(ROLLOUT);
    RolloutReport r = f.lianfang.cycle().rollOut(f.inspector, new RollOut(f.city, next)).orElseThrow();
    f.log("市纪委为全市开启 " + next + " 年度廉政风险防范管理工作（S-1）：开启 " + r.opened().size() + " 个单位，已开启 "
        + r.skipped().size() + " 个，未能开启 " + r.refused().size() + " 个");
    r.refused().forEach((u, why) -> f.out.println("  未能开启：" + u + " — " + why.messageZh()));
  }

  /** @param year a year; prints where each unit of the city stands in it today */
  void printProgress(Year year) {
    f.out.println();
    f.out.println(year + " 年度工作进度（" + f.clock.today() + "，S-16）");
    f.out.println("单位 | 阶段 | 本阶段截止 | 逾期");
    for (CycleProgress row : f.lianfang.cycle().queries().progress(f.inspector, f.city, year)) {
      f.out.println(row.name() + " | " + row.phase().map(CyclePhase::chinese).orElse("未开启") + " | "
          + row.cycle().filter(c -> c.phase() != CyclePhase.CLOSED).map(c -> c.timetable().window(c.phase()).to()
              .toString()).orElse("—") + " | " + (row.overdue() ? "是" : "否"));
    }
  }

  private AnnualCycle cycle(PilotFixture.Pilot p) {
    return f.lianfang.cycle().queries().years(f.inspector, p.id()).stream().filter(c -> c.year().equals(YEAR))
        .findFirst().orElseThrow();
  }
}

package org.lianfang.examples;

import java.time.Year;
import org.lianfang.application.cycle.LeavePhase;
import org.lianfang.application.cycle.OpenYear;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CycleFigures;
import org.lianfang.cycle.CyclePhase;
import org.lianfang.cycle.CycleProgress;
import org.lianfang.cycle.PhaseWindow;

/**
 * The pilot's annual cycle (S-16) under the default cycle policy, the seed's own timetable: on 08-31, the last day of
 * mobilisation (动员部署), the city's discipline body opens 2010 for each pilot unit, whose leader ends mobilisation
 * that day; each unit then leaves a phase when the walk-through has done its work, past the guard the cycle's rules
 * set on what the unit's records hold that day: identification once every point is confirmed, training, the measures
 * once coverage has no gap, self-assessment and revision. Each step is printed with the figures it was allowed on.
 */
final class CycleStage {
  static final Year YEAR = Year.of(2010);

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

  /** Prints where each unit of the city stands in the year today. */
  void printProgress() {
    f.out.println();
    f.out.println(YEAR + " 年度工作进度（" + f.clock.today() + "，S-16）");
    f.out.println("单位 | 阶段 | 本阶段截止 | 逾期");
    for (CycleProgress row : f.lianfang.cycle().queries().progress(f.inspector, f.city, YEAR)) {
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

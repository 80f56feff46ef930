package org.lianfang.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Set;
import org.lianfang.Actor;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.organization.BeginTenure;
import org.lianfang.application.organization.RegisterOfficial;
import org.lianfang.application.risk.AssignOwners;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.IdentifyRiskPoint;
import org.lianfang.application.risk.RetireRiskPoint;
import org.lianfang.cycle.RegisterDiff;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.Unit;
import org.lianfang.risk.DiscoveryChannel;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.OrphanMeasures;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.RiskPointId;

/**
 * The next year's revision begun in one unit (S-16, P-26), after the city opened 2011: on {@link #REVISED} a new
 * officer joins the land bureau's enforcement post, which makes its penalty point stale (P-3, 轮岗), and the leader
 * re-grades it and makes the newcomer its direct owner; retires the site-visit point, the visit now folded into the
 * pre-examination with its measure; and records a new point at the service window that the public's survey raised.
 * The changes since 2010's register are printed, as the report's diff to 2011 shows them. Reads everything it needs
 * from the library by code, so it runs on any store the pilot's year was walked on.
 */
final class NextYearStage {
  /** The day the land bureau begins 2011's revision: the Monday after the rollout. */
  static final LocalDate REVISED = LocalDate.of(2011, 1, 10);

  private NextYearStage() {}

  static void run(Lianfang lianfang, MutableClock clock, UnitId city, PrintStream out) {
    clock.advanceTo(REVISED);
    Actor inspector = PilotWalkthrough.inspectorOf(city);
    Unit land = lianfang.organization().queries().unitByCode(inspector, "KMGT").orElseThrow();
    Actor leader = Actor.of("km/KMGT/leader", "黄正华", Set.of(Role.UNIT_LEADER), Set.of(land.id()));
    PostId enforcement = post(lianfang, leader, land, "GT-03");
    OfficialId newcomer = lianfang.organization().registerOfficial(leader, new RegisterOfficial(land.id(), "GT007",
        "杨帆")).orElseThrow();
    lianfang.organization().beginTenure(leader, new BeginTenure(enforcement, newcomer, REVISED)).orElseThrow();
    RiskPointId penalty = point(lianfang, leader, land, "KMGT-0003");
    lianfang.risks().grade(leader, new GradeRiskPoint(penalty, 4, 4, false, false)).orElseThrow();
    lianfang.risks().assignOwners(leader, new AssignOwners(penalty, new OwnerChain(newcomer,
        official(lianfang, leader, land, "GT006"), official(lianfang, leader, land, "GT001")))).orElseThrow();
    lianfang.risks().retire(leader, new RetireRiskPoint(point(lianfang, leader, land, "KMGT-0002"),
        "现场踏勘改为两人以上并全程录像，并入用地预审环节，不再单列风险点").leaving(OrphanMeasures.RETIRE)).orElseThrow();
    lianfang.risks().identify(leader, IdentifyRiskPoint.onPost(land.id(), post(lianfang, leader, land, "GT-04"))
        .category(RiskCategory.DUTY).described("受理窗口对材料不全的申请不一次性告知补正内容，借机刁难或暗示找中介代办")
        .foundBy(DiscoveryMethod.PUBLIC).through(DiscoveryChannel.SURVEY).build()).orElseThrow();
    out.println(clock.today() + "  " + land.name() + "开始 2011 年度修正：执法岗新进人员，重评该岗风险点等级并调整"
        + "责任人，撤销现场踏勘风险点，根据群众评议新增受理窗口风险点（S-16、P-26）");
    for (RegisterDiff.Entry e : lianfang.cycle().queries().changes(inspector, land.id()).orElseThrow().entries()) {
      out.println("  " + e.kind().chinese() + " " + e.code() + " — " + e.reason());
    }
  }

  private static PostId post(Lianfang lianfang, Actor by, Unit unit, String code) {
    return lianfang.organization().queries().posts(by, unit.id()).stream().filter(p -> p.code().equals(code))
        .findFirst().orElseThrow().id();
  }

  private static OfficialId official(Lianfang lianfang, Actor by, Unit unit, String staffNumber) {
    return lianfang.organization().queries().officials(by, unit.id()).stream()
        .filter(o -> o.staffNumber().equals(staffNumber)).findFirst().orElseThrow().id();
  }

  private static RiskPointId point(Lianfang lianfang, Actor by, Unit unit, String code) {
    return lianfang.risks().queries().riskPoints(by, unit.id()).stream().filter(p -> p.code().equals(code))
        .findFirst().orElseThrow().id();
  }
}

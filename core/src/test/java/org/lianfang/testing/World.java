package org.lianfang.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.lianfang.Actor;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.organization.BeginTenure;
import org.lianfang.application.organization.RegisterOfficial;
import org.lianfang.application.organization.RegisterPost;
import org.lianfang.application.organization.RegisterPowerItem;
import org.lianfang.application.organization.RegisterUnit;
import org.lianfang.application.process.DefineProcess;
import org.lianfang.application.process.FlowInput;
import org.lianfang.application.process.StepInput;
import org.lianfang.application.risk.ConfirmRiskPoint;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.IdentifyRiskPoint;
import org.lianfang.application.risk.PublishRiskPoint;
import org.lianfang.application.risk.ReviewRiskPoint;
import org.lianfang.grading.GradingPolicy;
import org.lianfang.grading.SeedGradingPolicy;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Transparency;
import org.lianfang.organization.UnitKind;
import org.lianfang.process.ProcessId;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.Store;

/**
 * A small city ready for tests: 昆明市 with two bureaus (S-18), posts of every kind S-6 distinguishes, officials,
 * tenures, a power item, a flow chart, and an actor for each role. The clock starts on 2010-08-31, the first day of
 * the seed's identification stage (S-16).
 */
public final class World {
  /** The first day of the pilot's identification stage (S-16). */
  public static final LocalDate START = LocalDate.of(2010, 8, 31);

  public final MutableClock clock;
  public final Store store;
  public final Lianfang lianfang;

  public final UnitId city;
  public final UnitId land;
  public final UnitId planning;

  /** 局长: principal leader, 三重一大, discretionary power over people and money. */
  public final PostId director;
  /** 会计: handles money without discretion. */
  public final PostId accountant;
  /** 审批科员: licensing power, work partly open. */
  public final PostId approver;
  /** 文员: no power, open work. */
  public final PostId clerk;
  /** a post of the other bureau. */
  public final PostId planner;

  public final OfficialId zhang;
  public final OfficialId li;
  public final OfficialId wang;
  public final OfficialId zhao;
  public final OfficialId chen;
  public final OfficialId sun;

  public final PowerItemId landApproval;
  public final ProcessId approvalProcess;

  public final Actor inspector;
  public final Actor landLeader;
  public final Actor planningLeader;
  public final Actor sectionHead;
  public final Actor approverHolder;
  public final Actor auditor;
  public final Actor visitor;

  private World(Store store, GradingPolicy policy, long seed) {
    this.store = store;
    this.clock = MutableClock.at(START);
    this.lianfang = Lianfang.builder(store).clock(clock).gradingPolicy(policy).random(new Random(seed))
        .seals(new Random(~seed)).build();
    Actor root = Actor.of("inspector", "市纪委 王监察", List.of(Role.DISCIPLINE_INSPECTOR), List.of());
    city = lianfang.organization().registerUnit(root, new RegisterUnit("5301", "昆明市", UnitKind.CITY, Optional.empty()))
        .orElseThrow();
    inspector = Actor.of("inspector", "市纪委 王监察", List.of(Role.DISCIPLINE_INSPECTOR), List.of(city));
    land = lianfang.organization().registerUnit(inspector,
        new RegisterUnit("5301-GT", "市国土资源管理局", UnitKind.MUNICIPAL_BUREAU, Optional.of(city))).orElseThrow();
    planning = lianfang.organization().registerUnit(inspector,
        new RegisterUnit("5301-GH", "市规划局", UnitKind.MUNICIPAL_BUREAU, Optional.of(city))).orElseThrow();
    landLeader = Actor.of("land-leader", "国土局 张局长", List.of(Role.UNIT_LEADER), List.of(land));
    planningLeader = Actor.of("planning-leader", "规划局 孙局长", List.of(Role.UNIT_LEADER), List.of(planning));
    auditor = Actor.of("auditor", "市审计局 审计员", List.of(Role.AUDITOR), List.of(city));
    visitor = Actor.publicVisitor(List.of(city));

    director = post(land, "GT-01", "局长", new PostProfile(true, Set.of(Resource.PEOPLE, Resource.MONEY), true, true,
        Set.of(), Transparency.PARTIAL));
    accountant = post(land, "GT-02", "财务科会计", new PostProfile(false, Set.of(Resource.MONEY), false, false,
        Set.of(), Transparency.PARTIAL));
    approver = post(land, "GT-03", "审批科科员", new PostProfile(false, Set.of(), false, false,
        Set.of(AdministrativePower.LICENSING), Transparency.PARTIAL));
    clerk = post(land, "GT-04", "办公室文员", PostProfile.ordinary());
    planner = lianfang.organization().registerPost(planningLeader, new RegisterPost(planning, "GH-01", "规划审批科科员",
        new PostProfile(false, Set.of(), false, false, Set.of(AdministrativePower.LICENSING), Transparency.OPEN)))
        .orElseThrow();

    zhang = official(land, "GT0001", "张国强");
    li = official(land, "GT0002", "李明");
    wang = official(land, "GT0003", "王芳");
    zhao = official(land, "GT0004", "赵磊");
    chen = official(land, "GT0005", "陈静");
    sun = lianfang.organization().registerOfficial(planningLeader, new RegisterOfficial(planning, "GH0001", "孙伟"))
        .orElseThrow();
    tenure(director, zhang);
    tenure(accountant, wang);
    tenure(approver, zhao);
    tenure(clerk, chen);
    lianfang.organization().beginTenure(planningLeader, new BeginTenure(planner, sun, START)).orElseThrow();

    sectionHead = Actor.of("section-head", "审批科 李科长", List.of(Role.SECTION_HEAD), List.of(land))
        .asOfficial(li.toString());
    approverHolder = Actor.of("zhao", "赵磊", List.of(Role.POST_HOLDER), List.of(land)).asOfficial(zhao.toString());

    landApproval = lianfang.organization().registerPowerItem(landLeader, new RegisterPowerItem(land, "许可-001", "建设用地审批",
        AdministrativePower.LICENSING, "《中华人民共和国土地管理法》第四十四条", "限于本市规划区内建设用地",
        "审批科科员初审，局长签批，对审批结果负责", Set.of(approver, director))).orElseThrow();
    approvalProcess = lianfang.processes().define(landLeader, new DefineProcess(land, "LC-01", "建设用地审批流程",
        List.of(new StepInput("受理", "受理申请", approver, Set.of(landApproval)),
            new StepInput("审查", "材料审查", approver, Set.of(landApproval)),
            new StepInput("签批", "局长签批", director, Set.of(landApproval)),
            new StepInput("公开", "结果公开", clerk, Set.of())),
        List.of(new FlowInput("受理", "审查"), new FlowInput("审查", "签批"), new FlowInput("签批", "公开"),
            new FlowInput("签批", "审查")))).orElseThrow();
  }

  /** @param store an empty store @return the world in it, graded by the seed's policy, ids from seed 42 */
  public static World in(Store store) {
    return new World(store, SeedGradingPolicy.standard(), 42);
  }

  /** @param store an empty store @param policy the grading policy @return the world in it */
  public static World in(Store store, GradingPolicy policy) {
    return new World(store, policy, 42);
  }

  private PostId post(UnitId unit, String code, String name, PostProfile profile) {
    return lianfang.organization().registerPost(landLeader, new RegisterPost(unit, code, name, profile)).orElseThrow();
  }

  private OfficialId official(UnitId unit, String number, String name) {
    return lianfang.organization().registerOfficial(landLeader, new RegisterOfficial(unit, number, name)).orElseThrow();
  }

  private void tenure(PostId post, OfficialId official) {
    lianfang.organization().beginTenure(landLeader, new BeginTenure(post, official, START)).orElseThrow();
  }

  /** @return a builder of a point on the approver's post, owned by 赵磊 / 李明 / 张国强 */
  public IdentifyRiskPoint.Builder aPointOnApprover() {
    return RiskPointFixture.aRiskPoint(land).onPost(approver).ownedBy(zhao, li, zhang);
  }

  /** @param command what was found @return the draft's id */
  public RiskPointId draft(IdentifyRiskPoint command) {
    return lianfang.risks().identify(landLeader, command).orElseThrow();
  }

  /** @param command what was found @return the id of the point, reviewed and graded 3 × 3 */
  public RiskPointId reviewedAndGraded(IdentifyRiskPoint command) {
    RiskPointId id = draft(command);
    lianfang.risks().review(landLeader, new ReviewRiskPoint(id, "经审核属实")).orElseThrow();
    lianfang.risks().grade(landLeader, new GradeRiskPoint(id, 3, 3, false, false)).orElseThrow();
    return id;
  }

  /** @param command what was found @return the id of the point, published (公示) to the public from today for a week */
  public RiskPointId published(IdentifyRiskPoint command) {
    return published(command, NoticeAudience.PUBLIC, "局机关公示栏及门户网站");
  }

  /**
   * @param command what was found
   * @param audience to whom the notice is shown
   * @param scope where, in the unit's words
   * @return the id of the point, published (公示) from today for seven days
   */
  public RiskPointId published(IdentifyRiskPoint command, NoticeAudience audience, String scope) {
    RiskPointId id = reviewedAndGraded(command);
    LocalDate today = clock.today();
    lianfang.risks().publish(landLeader, new PublishRiskPoint(id, audience, scope, today, today.plusDays(7)))
        .orElseThrow();
    return id;
  }

  /**
   * Publishes, lets the notice run out and confirms. The clock ends eight days later.
   *
   * @param command what was found
   * @return the id of the confirmed point
   */
  public RiskPointId confirmed(IdentifyRiskPoint command) {
    RiskPointId id = published(command);
    clock.setDay(clock.today().plusDays(8));
    lianfang.risks().confirm(landLeader, new ConfirmRiskPoint(id, "局党组会议", clock.today())).orElseThrow();
    return id;
  }

  /**
   * Hands what the outbox holds now to an in-memory sender through a dispatcher, as the host's scheduler would.
   *
   * @return what was delivered, in the order it was
   */
  public List<org.lianfang.monitoring.Notification> deliver() {
    org.lianfang.memory.InMemoryNotificationSender inbox = new org.lianfang.memory.InMemoryNotificationSender();
    try (org.lianfang.application.monitoring.Dispatcher d = lianfang.dispatcher(inbox)) {
      d.drain(1000);
    }
    return inbox.delivered();
  }
}

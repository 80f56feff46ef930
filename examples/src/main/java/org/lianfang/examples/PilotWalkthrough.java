package org.lianfang.examples;

import static org.lianfang.organization.AdministrativePower.COLLECTION;
import static org.lianfang.organization.AdministrativePower.ENFORCEMENT;
import static org.lianfang.organization.AdministrativePower.LICENSING;
import static org.lianfang.organization.AdministrativePower.OTHER;
import static org.lianfang.organization.AdministrativePower.PENALTY;
import static org.lianfang.organization.Resource.GOODS;
import static org.lianfang.organization.Resource.MONEY;
import static org.lianfang.organization.Resource.PEOPLE;
import static org.lianfang.organization.Transparency.CLOSED;
import static org.lianfang.organization.Transparency.PARTIAL;
import static org.lianfang.risk.DiscoveryChannel.DIRECT;
import static org.lianfang.risk.DiscoveryChannel.ENFORCEMENT_INSPECTION;
import static org.lianfang.risk.DiscoveryChannel.FINANCIAL_AUDIT;
import static org.lianfang.risk.DiscoveryChannel.PUBLIC_REPORT;
import static org.lianfang.risk.DiscoveryChannel.SURVEY;
import static org.lianfang.risk.DiscoveryMethod.COLLEAGUES;
import static org.lianfang.risk.DiscoveryMethod.COLLECTIVE;
import static org.lianfang.risk.DiscoveryMethod.ORGANISATION;
import static org.lianfang.risk.DiscoveryMethod.PUBLIC;
import static org.lianfang.risk.DiscoveryMethod.SELF;
import static org.lianfang.risk.RiskCategory.DUTY;
import static org.lianfang.risk.RiskCategory.EXTERNAL;
import static org.lianfang.risk.RiskCategory.INSTITUTIONAL;
import static org.lianfang.risk.RiskCategory.MORAL;
import static org.lianfang.risk.RiskCategory.PROCESS;
import static org.lianfang.risk.SourceKind.ATTITUDE;
import static org.lianfang.risk.SourceKind.DISCRETION_WITHOUT_OVERSIGHT;
import static org.lianfang.risk.SourceKind.INSTITUTIONAL_GAP;
import static org.lianfang.risk.SourceKind.SOCIAL_CIRCLE;
import static org.lianfang.risk.SourceKind.UNWRITTEN_RULE;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lianfang.Actor;
import org.lianfang.Outcome;
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
import org.lianfang.application.risk.AssignOwners;
import org.lianfang.application.risk.CommentOnNotice;
import org.lianfang.application.risk.ConfirmRiskPoint;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.IdentifyRiskPoint.RiskSourceInput;
import org.lianfang.application.risk.IdentifyRiskPoint;
import org.lianfang.application.risk.PublishRiskPoint;
import org.lianfang.application.risk.ReviewRiskPoint;
import org.lianfang.grading.GradeLabels;
import org.lianfang.grading.RiskGrade;
import org.lianfang.jdbc.JdbcStore;
import org.lianfang.ledger.Verification;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Transparency;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;
import org.lianfang.process.ProcessId;
import org.lianfang.process.StepId;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.SourceKind;
import org.lianfang.risk.StepRef;
import org.lianfang.spi.Store;

/**
 * 昆明市廉政风险防范管理试点: the seed's pilot (S-18) lived through its first task, 排查廉政风险点 (S-16: 2010-08-31 to
 * 2010-09-30), with Lianfang's public API only.
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
 *       land-use approval chart as Mermaid, and every unit's journal chain verified by an auditor.
 * </ol>
 *
 * <p>Every command's {@link Outcome} is checked with {@link Outcome#orElseThrow()}: a refusal stops the run with its
 * reason in Chinese and English. People's names are invented; posts, powers and procedures are illustrative, not the
 * units' real establishment.
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

  private static final LocalDate CHARTS_DRAWN = LocalDate.of(2010, 9, 3);
  private static final LocalDate POINTS_FOUND = LocalDate.of(2010, 9, 8);
  private static final LocalDate REVIEWED = LocalDate.of(2010, 9, 13);
  private static final LocalDate GRADED = LocalDate.of(2010, 9, 15);
  private static final LocalDate NOTICE_STARTS = LocalDate.of(2010, 9, 20);
  /** The first day after the notice: the notice runs {@code [NOTICE_STARTS, NOTICE_ENDS)}. */
  private static final LocalDate NOTICE_ENDS = LocalDate.of(2010, 9, 27);
  private static final List<LocalDate> COMMENT_DAYS = List.of(LocalDate.of(2010, 9, 21), LocalDate.of(2010, 9, 24));
  private static final LocalDate DECIDED = LocalDate.of(2010, 9, 28);
  private static final LocalDate STAGE_CLOSES = LocalDate.of(2010, 9, 30);

  private final Lianfang lianfang;
  private final MutableClock clock;
  private final PrintStream out;

  private final Map<String, PostId> posts = new HashMap<>();
  private final Map<String, OfficialId> staff = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, PowerItemId> powers = new HashMap<>();
  private final List<Pilot> pilots = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();

  private UnitId city;
  private Actor inspector;
  private Actor publicVisitor;
  private ProcessId landUseApproval;
  private ProcessId bidOpening;

  private PilotWalkthrough(Lianfang lianfang, MutableClock clock, PrintStream out) {
    this.lianfang = Objects.requireNonNull(lianfang, "lianfang");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Runs the walk-through in memory and prints it, in UTF-8, to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = Path.of(System.getProperty("lianfang.data", "data"));
    boolean fresh = Arrays.asList(args).contains("--fresh") || Boolean.getBoolean("lianfang.fresh");
    runOn(dir, fresh, out);
    out.flush();
  }

  /**
   * The main job on the embedded default ({@link JdbcStore#embedded}): the first run walks the pilot through its
   * identification stage and keeps everything in an H2 database under {@code dir}; a later run finds that data and
   * prints the ledger from it again; {@code fresh} deletes the data first and walks again.
   *
   * @param dir where the H2 database lives
   * @param fresh whether to start from an empty database
   * @param out where the forms go
   * @return whether this run walked the stage (false: it read the data of an earlier run)
   */
  public static boolean runOn(Path dir, boolean fresh, PrintStream out) {
    if (fresh) {
      deleteDatabase(dir);
    }
    try (JdbcStore store = JdbcStore.embedded(dir)) {
      Optional<Unit> earlier = store.units().byCode(CITY_CODE);
      if (earlier.isPresent()) {
        MutableClock clock = MutableClock.startingOn(STAGE_CLOSES, KUNMING);
        Lianfang lianfang = open(store, clock);
        out.println("找到上次运行的数据（" + dir.toAbsolutePath() + "）：不再重复登记，直接读取台帐。"
            + "重新开始请加 -Dexec.args=--fresh");
        printLedger(lianfang, inspectorOf(earlier.get().id()), earlier.get().id(), clock.today(), out);
        return false;
      }
      MutableClock clock = MutableClock.startingOn(STAGE_OPENS, KUNMING);
      run(open(store, clock), clock, out);
      out.println();
      out.println("数据已保存在 " + dir.toAbsolutePath() + "（H2 嵌入式数据库）；再次运行将读取这些数据。");
      return true;
    }
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

  private static Actor inspectorOf(UnitId city) {
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
    return Lianfang.builder(store).clock(clock).build();
  }

  /**
   * Runs the pilot's identification stage and prints the ledger.
   *
   * @param lianfang a library over an empty store, built with {@code clock}
   * @param clock the library's clock, standing at or before {@link #STAGE_OPENS}
   * @param out where the forms go
   * @return the id of 昆明市, the root of the pilot, for reading on
   * @throws org.lianfang.LianfangException if the library refuses any step
   */
  public static UnitId run(Lianfang lianfang, MutableClock clock, PrintStream out) {
    return new PilotWalkthrough(lianfang, clock, out).walk();
  }

  private UnitId walk() {
    clock.advanceTo(STAGE_OPENS);
    out.println("昆明市推行廉政风险防范管理试点 · 排查廉政风险点（" + STAGE_OPENS + " 至 " + STAGE_CLOSES + "，S-16）");
    out.println("Lianfang 演示：评级策略 " + lianfang.gradingPolicy().version().name() + "@"
        + lianfang.gradingPolicy().version().version() + "（S-6），时区 " + KUNMING);
    out.println();
    organise();
    drawCharts();
    findRisks();
    review();
    grade();
    postAndHear();
    decide();
    report();
    return city;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 2010-08-31 动员部署结束：单位、岗位、人员、权力清单 (S-2, S-18)

  private void organise() {
    // Only a discipline inspector may register a root unit; once the city exists, the inspector acts within it.
    Actor organiser = Actor.of("km-jw-yfs", "市纪委预防腐败室", Set.of(Role.DISCIPLINE_INSPECTOR), Set.of());
    city = lianfang.organization().registerUnit(organiser,
        new RegisterUnit(CITY_CODE, "昆明市", UnitKind.CITY, Optional.empty())).orElseThrow();
    inspector = organiser.withScope(Set.of(city));
    publicVisitor = Actor.publicVisitor(Set.of(city));
    // The city leader who answers for the principal leaders of the two districts (P-1: 责任领导 may sit above).
    register(city, "KM001", "王立平", inspector);

    Pilot guandu = pilot("530111", "官渡区", UnitKind.DISTRICT_COUNTY, "周建国", "区委常委会议",
        "官渡区政务网及各街道公示栏");
    post(guandu, "GD-01", "区委书记", leading());
    post(guandu, "GD-02", "区征地拆迁办公室主任", disposing(Set.of(MONEY, GOODS), true, PARTIAL, COLLECTION));
    post(guandu, "GD-03", "征地拆迁补偿经办岗", disposing(Set.of(MONEY), false, PARTIAL, COLLECTION));
    post(guandu, "GD-04", "区政务服务中心综合窗口岗", PostProfile.ordinary());
    staff(guandu, "GD001", "周建国", "GD-01", LocalDate.of(2008, 3, 1));
    staff(guandu, "GD002", "杨志华", "GD-02", LocalDate.of(2007, 6, 15));
    staff(guandu, "GD003", "孙立新", "GD-03", LocalDate.of(2009, 2, 1));
    staff(guandu, "GD004", "赵丽", "GD-04", LocalDate.of(2009, 9, 1));
    staff(guandu, "GD005", "钱文"); // 区委办公室主任
    staff(guandu, "GD006", "吴海"); // 区委常委、区委秘书长
    power(guandu, "GD-Q01", "集体土地征收补偿安置", COLLECTION,
        "《中华人民共和国土地管理法》第四十七条；《云南省土地管理条例》；昆明市征地统一年产值标准和区片综合地价",
        "按省、市公布的补偿标准确定补偿，不得擅自提高或压低；补偿安置方案须公告、听取被征地农民意见",
        "侵占、挪用征地补偿费用或虚报冒领的，追究经办人、部门负责人和分管领导责任", "GD-02", "GD-03");

    Pilot jinning = pilot("530122", "晋宁县", UnitKind.DISTRICT_COUNTY, "张德明", "县委常委会议",
        "晋宁县政府网站及县政务服务中心公示栏");
    post(jinning, "JN-01", "县长", leading());
    post(jinning, "JN-02", "县社会保险基金待遇审核岗", disposing(Set.of(MONEY), false, PARTIAL, OTHER));
    post(jinning, "JN-03", "县政务服务中心综合窗口岗", PostProfile.ordinary());
    staff(jinning, "JN001", "张德明", "JN-01", LocalDate.of(2008, 1, 20));
    staff(jinning, "JN002", "刘红梅", "JN-02", LocalDate.of(2006, 4, 1));
    staff(jinning, "JN003", "马丽萍", "JN-03", LocalDate.of(2010, 3, 1));
    staff(jinning, "JN004", "段永平"); // 县人力资源和社会保障局局长
    staff(jinning, "JN005", "何俊"); // 县政府办公室主任
    power(jinning, "JN-Q01", "基本养老保险待遇核定", OTHER,
        "《国务院关于建立统一的企业职工基本养老保险制度的决定》（国发〔1997〕26号）；《社会保险费征缴暂行条例》",
        "按缴费年限、缴费基数和计发办法核定待遇，领取资格每年认证，不得擅自变更",
        "违规核定待遇造成基金损失的，责令追回，并追究经办人、审核人和分管领导责任", "JN-02");

    Pilot land = pilot("KMGT", "市国土资源管理局", UnitKind.MUNICIPAL_BUREAU, "黄正华", "局党组会议",
        "市国土资源局门户网站及办事大厅公示栏");
    post(land, "GT-01", "局长", leading());
    post(land, "GT-02", "建设用地审批处审查岗", disposing(Set.of(GOODS), true, PARTIAL, LICENSING));
    post(land, "GT-03", "执法监察支队执法岗", wielding(PARTIAL, PENALTY, ENFORCEMENT));
    post(land, "GT-04", "办事大厅受理窗口岗", PostProfile.ordinary());
    staff(land, "GT001", "黄正华", "GT-01", LocalDate.of(2007, 11, 1));
    staff(land, "GT002", "李伟", "GT-02", LocalDate.of(2008, 7, 1));
    staff(land, "GT003", "郭强", "GT-03", LocalDate.of(2009, 5, 10));
    staff(land, "GT004", "许丹", "GT-04", LocalDate.of(2010, 1, 4));
    staff(land, "GT005", "罗斌"); // 建设用地审批处处长
    staff(land, "GT006", "普志刚"); // 执法监察支队支队长
    power(land, "GT-Q01", "建设用地审查报批", LICENSING,
        "《中华人民共和国土地管理法》第四十四条；《中华人民共和国土地管理法实施条例》；《建设项目用地预审管理办法》",
        "审查是否符合土地利用总体规划、年度计划和供地政策；按法定权限报省、国务院批准，不得拆分报批或越权审批",
        "违法批准占用土地的，依《土地管理法》第七十八条追究直接负责的主管人员和其他直接责任人员的责任", "GT-02", "GT-04",
        "GT-01");
    power(land, "GT-Q02", "土地违法案件行政处罚", PENALTY,
        "《中华人民共和国土地管理法》第七十六条；《土地管理法实施条例》第四十二条；《国土资源行政处罚办法》",
        "按处罚裁量基准在法定幅度内决定罚款；责令退还、限期拆除的须执行到位；重大案件经案件审理委员会集体审理",
        "滥用职权、徇私舞弊、以罚代拆的，依法给予处分；构成犯罪的，依法追究刑事责任", "GT-03");

    Pilot planning = pilot("KMGH", "市规划局", UnitKind.MUNICIPAL_BUREAU, "陈思远", "局党组会议", "市规划局门户网站");
    post(planning, "GH-01", "局长", leading());
    post(planning, "GH-02", "建设工程规划许可岗", wielding(PARTIAL, LICENSING));
    post(planning, "GH-03", "规划档案管理岗", PostProfile.ordinary());
    staff(planning, "GH001", "陈思远", "GH-01", LocalDate.of(2009, 8, 1));
    staff(planning, "GH002", "杜宏", "GH-02", LocalDate.of(2008, 3, 15));
    staff(planning, "GH003", "蒋琳", "GH-03", LocalDate.of(2007, 9, 1));
    staff(planning, "GH004", "沈建平"); // 建筑工程规划管理处处长
    staff(planning, "GH005", "方敏"); // 局办公室主任
    power(planning, "GH-Q01", "建设工程规划许可证核发", LICENSING,
        "《中华人民共和国城乡规划法》第四十条、第四十三条；《云南省城乡规划条例》",
        "依控制性详细规划和规划条件核发；容积率等规划条件确需变更的，须论证、公示并按第四十三条报批",
        "违法核发许可或擅自变更规划条件的，依《城乡规划法》第六十条追究直接负责的主管人员和其他直接责任人员的责任", "GH-02");

    Pilot housing = pilot("KMZJ", "市住房和城乡建设局", UnitKind.MUNICIPAL_BUREAU, "王建华", "局党组会议",
        "市住房和城乡建设局门户网站及办事大厅");
    post(housing, "ZJ-01", "局长", leading());
    post(housing, "ZJ-02", "住房公积金贷款审核岗", disposing(Set.of(MONEY), false, PARTIAL, OTHER));
    post(housing, "ZJ-03", "建筑施工安全监督岗", wielding(PARTIAL, ENFORCEMENT, PENALTY));
    post(housing, "ZJ-04", "财务科出纳岗", disposing(Set.of(MONEY), false, PARTIAL));
    staff(housing, "ZJ001", "王建华", "ZJ-01", LocalDate.of(2008, 5, 1));
    staff(housing, "ZJ002", "柳青", "ZJ-02", LocalDate.of(2009, 3, 1));
    staff(housing, "ZJ003", "胡振东", "ZJ-03", LocalDate.of(2006, 10, 1));
    staff(housing, "ZJ004", "邓小燕", "ZJ-04", LocalDate.of(2008, 12, 1));
    staff(housing, "ZJ005", "曹敏"); // 财务科科长
    staff(housing, "ZJ006", "施永红"); // 住房公积金监管处处长
    staff(housing, "ZJ007", "彭涛"); // 建筑安全监督站站长
    power(housing, "ZJ-Q01", "住房公积金个人住房贷款审核", OTHER,
        "《住房公积金管理条例》（国务院令第350号修订）；昆明市住房公积金个人住房贷款管理办法",
        "按借款人缴存情况、还款能力和所购住房核定额度与期限；受理之日起15日内作出准予或不准贷款的决定",
        "向不符合条件者发放贷款或违规办理提取的，追回资金，并追究经办、审核、审批人员责任", "ZJ-02");
    power(housing, "ZJ-Q02", "建筑施工安全监督检查", ENFORCEMENT,
        "《建设工程安全生产管理条例》；《建筑施工企业安全生产许可证管理规定》",
        "按监督计划和检查标准实施；发现隐患依法责令整改或停工整改，处罚在法定幅度内裁量",
        "玩忽职守、徇私舞弊，对隐患不责令整改致发生事故的，依法给予处分；构成犯罪的，依法追究刑事责任", "ZJ-03");

    Pilot tendering = pilot("KMZTB", "市招投标交易中心", UnitKind.PUBLIC_INSTITUTION, "杨帆", "中心主任办公会议",
        "昆明市公共资源交易网");
    post(tendering, "ZTB-01", "中心主任", leading());
    post(tendering, "ZTB-02", "开标组织岗", wielding(PARTIAL, OTHER));
    post(tendering, "ZTB-03", "评标专家抽取岗", wielding(CLOSED, OTHER));
    post(tendering, "ZTB-04", "投标保证金管理岗", disposing(Set.of(MONEY), false, PARTIAL));
    staff(tendering, "ZTB001", "杨帆", "ZTB-01", LocalDate.of(2009, 1, 5));
    staff(tendering, "ZTB002", "刘洋", "ZTB-02", LocalDate.of(2008, 6, 1));
    staff(tendering, "ZTB003", "朱慧", "ZTB-03", LocalDate.of(2009, 7, 1));
    staff(tendering, "ZTB004", "孔祥云", "ZTB-04", LocalDate.of(2007, 4, 1));
    staff(tendering, "ZTB005", "唐卫"); // 交易服务部部长
    staff(tendering, "ZTB006", "宋佳"); // 财务部部长
    power(tendering, "ZTB-Q01", "开标组织与现场见证", OTHER,
        "《中华人民共和国招标投标法》第三十四条至第三十六条；《工程建设项目施工招标投标办法》",
        "在招标文件确定的时间、地点公开开标；投标文件接收登记双人签字，开标前不得透露投标人名称和数量",
        "泄露应当保密的与招标投标活动有关的情况和资料的，依法依纪追究责任", "ZTB-02");
    power(tendering, "ZTB-Q02", "评标专家随机抽取", OTHER,
        "《中华人民共和国招标投标法》第三十七条；《评标委员会和评标方法暂行规定》",
        "开标前在监督人员在场时从专家库随机抽取，语音通知；名单在中标结果确定前保密",
        "泄露评标委员会成员名单或干预抽取的，依法依纪追究责任", "ZTB-03");
    power(tendering, "ZTB-Q03", "投标保证金收退", OTHER,
        "《工程建设项目施工招标投标办法》；中心投标保证金管理办法",
        "保证金进入专户，中标通知书发出后五日内向未中标人原路退还，不得截留、挪用",
        "超期不退、截留或挪用保证金及利息的，追究经办人和部门负责人责任", "ZTB-04");

    Pilot urbanInvestment = pilot("KMCT", "市城投公司", UnitKind.STATE_OWNED_COMPANY, "赵永刚", "公司党委会议",
        "公司内网及办公区公示栏");
    post(urbanInvestment, "CT-01", "董事长", leading());
    post(urbanInvestment, "CT-02", "工程部项目经理", disposing(Set.of(GOODS, MONEY), true, PARTIAL));
    post(urbanInvestment, "CT-03", "物资采购岗", disposing(Set.of(GOODS), false, PARTIAL));
    staff(urbanInvestment, "CT001", "赵永刚", "CT-01", LocalDate.of(2008, 9, 1));
    staff(urbanInvestment, "CT002", "邹建", "CT-02", LocalDate.of(2009, 4, 1));
    staff(urbanInvestment, "CT003", "龙梅", "CT-03", LocalDate.of(2008, 2, 1));
    staff(urbanInvestment, "CT004", "钟华"); // 工程部经理
    staff(urbanInvestment, "CT005", "纪红"); // 董事会办公室主任
    staff(urbanInvestment, "CT006", "许明"); // 董事会秘书
    power(urbanInvestment, "CT-Q01", "工程设计变更与现场签证审批", OTHER,
        "《中华人民共和国企业国有资产法》；《建设工程价款结算暂行办法》（财建〔2004〕369号）；公司工程变更管理办法",
        "变更须设计、监理、跟踪审计共同签认；单项变更超过公司限额的，报总经理办公会集体审议",
        "虚增工程量、提高结算单价造成国有资产损失的，依《企业国有资产法》追究责任", "CT-02");

    log("登记试点单位 " + pilots.size() + " 个（S-18），岗位 " + posts.size() + " 个，人员 " + staff.size()
        + " 名，权力事项 " + powers.size() + " 项（S-2）");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 2010-09-03 绘制业务流程图 (S-2, P-2)

  private void drawCharts() {
    clock.advanceTo(CHARTS_DRAWN);
    Pilot land = pilot("市国土资源管理局");
    landUseApproval = lianfang.processes().define(land.leader(), new DefineProcess(land.id(), "GT-L01", "建设用地审批",
        List.of(
            step("S1", "受理用地申请", "GT-04", "GT-Q01"),
            step("S2", "用地预审与材料审查", "GT-02", "GT-Q01"),
            step("S3", "现场踏勘", "GT-02", "GT-Q01"),
            step("S4", "局务会议集体审议", "GT-01", "GT-Q01"),
            step("S5", "报批并公开审批结果", "GT-04", "GT-Q01")),
        flows("S1", "S2", "S3", "S4", "S5"))).orElseThrow();

    Pilot tendering = pilot("市招投标交易中心");
    bidOpening = lianfang.processes().define(tendering.leader(), new DefineProcess(tendering.id(), "ZTB-L01", "开标评标",
        List.of(
            step("S1", "接收投标文件", "ZTB-02", "ZTB-Q01"),
            step("S2", "随机抽取评标专家", "ZTB-03", "ZTB-Q02"),
            step("S3", "公开开标", "ZTB-02", "ZTB-Q01"),
            step("S4", "评标现场见证", "ZTB-02", "ZTB-Q01"),
            step("S5", "退还投标保证金", "ZTB-04", "ZTB-Q03")),
        flows("S1", "S2", "S3", "S4", "S5"))).orElseThrow();
    log("绘制业务流程图 2 张：市国土资源管理局“建设用地审批”、市招投标交易中心“开标评标”（S-2）");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 2010-09-08 查找廉政风险点 (S-3, S-4, S-17, P-1, P-2)

  private void findRisks() {
    clock.advanceTo(POINTS_FOUND);
    guanduRisks();
    jinningRisks();
    landRisks();
    planningRisks();
    housingRisks();
    tenderingRisks();
    urbanInvestmentRisks();

    Map<DiscoveryMethod, Integer> byMethod = new EnumMap<>(DiscoveryMethod.class);
    for (Finding f : findings) {
      DiscoveryMethod m = lianfang.risks().queries().riskPoint(inspector, f.id()).orElseThrow().description().method();
      byMethod.merge(m, 1, Integer::sum);
    }
    log("查找廉政风险点 " + findings.size() + " 个：" + byMethod.entrySet().stream()
        .map(e -> e.getKey().chinese() + " " + e.getValue()).collect(Collectors.joining("、")) + "（S-3）");
  }

  private void guanduRisks() {
    Pilot guandu = pilot("官渡区");
    // 群众议: a report from villagers, recorded by the unit; the owners are named once the unit has looked into it.
    RiskPointId compensation = found(guandu.leader(), guandu, new IdentifyRiskPoint(guandu.id(), on("GD-03"),
        Optional.empty(), powerItem("GD-Q01"), PROCESS,
        "征地拆迁中地上附着物、青苗清点和补偿面积认定由少数人现场完成，可能虚增面积、虚列补偿对象套取补偿款",
        "与村组干部或评估机构串通，多登记附着物、虚构被征地户；补偿明细不公开",
        sources(DISCRETION_WITHOUT_OVERSIGHT, "现场清点缺少第三方和村民代表共同签认"),
        PUBLIC, PUBLIC_REPORT, Optional.empty(), Map.of()),
        assessed(4, 5).onMajorMatter(),
        "建议把每户补偿明细张榜公布到村民小组，接受群众监督。", "清点现场应有村民代表在场签字。");
    lianfang.risks().assignOwners(guandu.leader(), new AssignOwners(compensation, chain("GD003", "GD002", "GD001")))
        .orElseThrow();

    // 组织点, unit-wide (部门风险): the discipline body's special inspection of how major matters are decided.
    found(inspector, guandu, new IdentifyRiskPoint(guandu.id(), Optional.empty(), Optional.empty(), Optional.empty(),
        INSTITUTIONAL,
        "“三重一大”事项集体决策制度执行不严，个别重大项目安排和大额资金使用会前酝酿不充分、临时动议",
        "以碰头会代替常委会议，会议记录不完整，个别事项先定后议",
        sources(INSTITUTIONAL_GAP, "议事规则未明确重大事项的金额标准和会前通报程序"),
        ORGANISATION, ENFORCEMENT_INSPECTION, owners("GD005", "GD006", "GD001"), Map.of()),
        assessed(3, 5).onMajorMatter().commonToUnit(),
        "重大事项的决策结果应当向社会公开。");

    // 自己找: the district party secretary on his own post.
    found(holder(guandu, "GD001"), guandu, new IdentifyRiskPoint(guandu.id(), on("GD-01"), Optional.empty(),
        Optional.empty(), MORAL,
        "逢年过节及婚丧嫁娶时，个别企业老板和下属借“人情往来”送礼送金，可能在项目安排、干部使用中为其说话",
        "收受礼金、购物卡，接受可能影响公正执行公务的宴请",
        sources(SOCIAL_CIRCLE, "生活圈、社交圈中有以“人情往来”为名的请托"),
        SELF, DIRECT, owners("GD001", "GD001", "KM001"), Map.of()),
        assessed(2, 4),
        "领导干部收受礼金问题应定期报告并公开。");
  }

  private void jinningRisks() {
    Pilot jinning = pilot("晋宁县");
    // 大家提: the social-security bureau's head, after the audit.
    found(sectionHead(jinning, "JN004"), jinning, new IdentifyRiskPoint(jinning.id(), on("JN-02"), Optional.empty(),
        powerItem("JN-Q01"), PROCESS,
        "养老保险待遇审核只审书面材料、不核实领取资格，可能为不符合条件人员办理待遇或使已故人员继续领取",
        "审计发现个别已故人员养老金未及时停发；为亲友违规补缴、提前办理退休待遇",
        sources(INSTITUTIONAL_GAP, "领取资格年度认证未与公安、民政死亡信息比对"),
        COLLEAGUES, FINANCIAL_AUDIT, owners("JN002", "JN004", "JN001"), Map.of()),
        assessed(3, 4),
        "建议每年与公安、民政部门比对死亡信息，及时停发。");

    // 群众议 through a questionnaire survey of people served at the window.
    found(jinning.leader(), jinning, new IdentifyRiskPoint(jinning.id(), on("JN-03"), Optional.empty(),
        Optional.empty(), DUTY,
        "窗口受理时一次性告知不到位，个别人员借机刁难，暗示办事群众找“熟人”",
        "问卷调查中群众反映“多次跑腿、找熟人才好办”",
        sources(ATTITUDE, "服务意识淡薄，把窗口受理权当作个人资源"),
        PUBLIC, SURVEY, owners("JN003", "JN005", "JN001"), Map.of()),
        assessed(2, 2),
        "希望公开办事指南和承诺办结时限。", "建议设置服务评价器。");

    // 集体定: found in the county leadership's own discussion.
    found(jinning.leader(), jinning, new IdentifyRiskPoint(jinning.id(), on("JN-01"), Optional.empty(),
        Optional.empty(), EXTERNAL,
        "滇池治理和重点工程项目中，承包商通过亲属、老乡、同学等关系打招呼，干预工程发包和资金拨付",
        "领导干部亲属、身边工作人员插手工程项目",
        sources(SOCIAL_CIRCLE, "亲属、老乡、同学等关系网请托", UNWRITTEN_RULE, "工程领域“中标靠关系”的潜规则"),
        COLLECTIVE, DIRECT, owners("JN001", "JN005", "KM001"), Map.of()),
        assessed(3, 5).onMajorMatter(),
        "重点工程应公开招标结果和资金拨付情况。", "建议领导干部亲属经商办企业情况定期报告。");
  }

  private void landRisks() {
    Pilot land = pilot("市国土资源管理局");
    // 大家提 at a step of the land-use approval chart (P-2).
    found(sectionHead(land, "GT005"), land, new IdentifyRiskPoint(land.id(), on("GT-02"),
        at(landUseApproval, "S2"), powerItem("GT-Q01"), PROCESS,
        "用地审查中对不符合土地利用总体规划或供地政策的项目降低标准、变通办理",
        "拆分报批规避审批权限；以“先上车后补票”方式为未批先用项目补办手续",
        sources(DISCRETION_WITHOUT_OVERSIGHT, "审查意见由经办人一人提出，复核流于形式"),
        COLLEAGUES, DIRECT, owners("GT002", "GT005", "GT001"), Map.of()),
        assessed(3, 5),
        "建议公开用地审批进度和结果，方便查询。");

    // 自己找 at the next step.
    found(holder(land, "GT002"), land, new IdentifyRiskPoint(land.id(), on("GT-02"), at(landUseApproval, "S3"),
        powerItem("GT-Q01"), DUTY,
        "现场踏勘时接受用地单位安排的食宿、车辆，踏勘意见可能失真",
        "踏勘记录与现场实际不符，对已开工建设的情况不如实记载",
        sources(UNWRITTEN_RULE, "踏勘由用地单位“接待”被视为惯例"),
        SELF, DIRECT, owners("GT002", "GT005", "GT001"), Map.of()),
        assessed(3, 3),
        "踏勘应两人以上并留存影像资料。");

    // 组织点 from an enforcement inspection of how land violations are punished.
    found(inspector, land, new IdentifyRiskPoint(land.id(), on("GT-03"), Optional.empty(), powerItem("GT-Q02"), DUTY,
        "土地违法案件查处中罚款数额随意裁量，以罚代拆、以罚代管，人情执法",
        "同类违法占地案件处罚幅度差距悬殊，部分案件罚款后未拆除违法建筑",
        sources(DISCRETION_WITHOUT_OVERSIGHT, "处罚裁量基准不细，案件审理委员会审查不严"),
        ORGANISATION, ENFORCEMENT_INSPECTION, owners("GT003", "GT006", "GT001"), Map.of()),
        assessed(3, 4),
        "建议公开土地违法案件的处罚结果。", "违法占地应拆除到位，不能一罚了之。");
  }

  private void planningRisks() {
    Pilot planning = pilot("市规划局");
    found(planning.leader(), planning, new IdentifyRiskPoint(planning.id(), on("GH-02"), Optional.empty(),
        powerItem("GH-Q01"), PROCESS,
        "规划条件变更审查中违规调高容积率、建筑密度，为开发企业谋取不当利益",
        "未经论证和公示即同意调整规划条件；批后管理中对超面积建设不予查处",
        sources(DISCRETION_WITHOUT_OVERSIGHT, "规划条件调整缺少专家论证和公示的刚性程序",
            UNWRITTEN_RULE, "开发企业“跑规划”的潜规则"),
        PUBLIC, PUBLIC_REPORT, owners("GH002", "GH004", "GH001"), Map.of()),
        assessed(3, 5),
        "容积率调整应当向周边居民公示并听证。");

    found(holder(planning, "GH003"), planning, new IdentifyRiskPoint(planning.id(), on("GH-03"), Optional.empty(),
        Optional.empty(), DUTY,
        "规划档案查询中违规向无关人员提供尚未公开的规划信息",
        "未按查询审批程序提供控制性详细规划草案、地块规划条件",
        sources(INSTITUTIONAL_GAP, "档案查询登记和审批制度执行不严"),
        SELF, DIRECT, owners("GH003", "GH005", "GH001"), Map.of()),
        assessed(2, 2),
        "已公开的规划信息应方便群众查询。");
  }

  private void housingRisks() {
    Pilot housing = pilot("市住房和城乡建设局");
    found(inspector, housing, new IdentifyRiskPoint(housing.id(), on("ZJ-02"), Optional.empty(), powerItem("ZJ-Q01"),
        PROCESS,
        "住房公积金贷款和提取审核中对虚假购房合同、收入证明把关不严，违规发放贷款或办理提取",
        "中介机构批量代办提取业务；同一套住房重复办理贷款",
        sources(INSTITUTIONAL_GAP, "与房产交易、婚姻登记信息未联网核验"),
        ORGANISATION, FINANCIAL_AUDIT, owners("ZJ002", "ZJ006", "ZJ001"), Map.of()),
        assessed(3, 4),
        "公积金贷款审批结果应能网上查询。");

    found(sectionHead(housing, "ZJ005"), housing, new IdentifyRiskPoint(housing.id(), on("ZJ-04"),
        Optional.empty(), Optional.empty(), INSTITUTIONAL,
        "财务印鉴、网银密钥保管未严格分离，大额资金支付缺少复核",
        "出纳一人同时保管财务专用章和网银U盾；银行对账由出纳本人完成",
        sources(INSTITUTIONAL_GAP, "不相容岗位分离制度落实不到位"),
        COLLEAGUES, FINANCIAL_AUDIT, owners("ZJ004", "ZJ005", "ZJ001"), Map.of()),
        assessed(2, 4),
        "建议定期轮岗，并由非出纳人员对账。");

    found(holder(housing, "ZJ003"), housing, new IdentifyRiskPoint(housing.id(), on("ZJ-03"), Optional.empty(),
        powerItem("ZJ-Q02"), MORAL,
        "施工安全监督检查中接受施工企业宴请、“红包”，对安全隐患降低整改要求",
        "检查记录“无问题”而现场存在明显隐患；提前透露检查时间",
        sources(UNWRITTEN_RULE, "建筑行业“打点”监管人员的潜规则"),
        SELF, DIRECT, owners("ZJ003", "ZJ007", "ZJ001"), Map.of()),
        assessed(2, 4),
        "检查结果和整改情况应向社会公开。", "欢迎公布举报电话。");
  }

  private void tenderingRisks() {
    Pilot tendering = pilot("市招投标交易中心");
    found(tendering.leader(), tendering, new IdentifyRiskPoint(tendering.id(), on("ZTB-03"), at(bidOpening, "S2"),
        powerItem("ZTB-Q02"), PROCESS,
        "评标专家抽取后提前泄露专家名单，投标人借机“打招呼”，串通评标",
        "群众举报某项目开标前投标人已知评委名单；个别专家被频繁抽中",
        sources(INSTITUTIONAL_GAP, "抽取系统未实现语音自动通知，名单未加密封存"),
        COLLECTIVE, PUBLIC_REPORT, owners("ZTB003", "ZTB005", "ZTB001"), Map.of()),
        assessed(3, 5).onMajorMatter(),
        "专家抽取应全程录像，并由监督部门在场。", "建议公开专家被抽中次数的统计。");

    found(holder(tendering, "ZTB002"), tendering, new IdentifyRiskPoint(tendering.id(), on("ZTB-02"),
        at(bidOpening, "S1"), powerItem("ZTB-Q01"), DUTY,
        "接收投标文件时向他人透露潜在投标人的名称和数量",
        "开标前有投标人打听竞争对手情况；投标登记表未妥善保管",
        sources(SOCIAL_CIRCLE, "投标企业人员多经熟人、朋友介绍认识"),
        SELF, DIRECT, owners("ZTB002", "ZTB005", "ZTB001"), Map.of()),
        assessed(2, 4),
        "投标文件接收登记应双人签字。");

    found(sectionHead(tendering, "ZTB006"), tendering, new IdentifyRiskPoint(tendering.id(), on("ZTB-04"),
        at(bidOpening, "S5"), powerItem("ZTB-Q03"), PROCESS,
        "投标保证金退还不及时或违规退还，截留、挪用保证金及其利息",
        "财务审计发现部分未中标人保证金超期未退",
        sources(INSTITUTIONAL_GAP, "保证金未实行专户管理和到期提醒"),
        COLLEAGUES, FINANCIAL_AUDIT, owners("ZTB004", "ZTB006", "ZTB001"), Map.of()),
        assessed(2, 3),
        "保证金应在规定期限内原路退还。");
  }

  private void urbanInvestmentRisks() {
    Pilot company = pilot("市城投公司");
    found(inspector, company, new IdentifyRiskPoint(company.id(), on("CT-02"), Optional.empty(), powerItem("CT-Q01"),
        PROCESS,
        "重点工程设计变更、现场签证把关不严，虚增工程量或提高结算单价",
        "跟踪审计发现签证工程量与现场不符；变更未按限额报批",
        sources(DISCRETION_WITHOUT_OVERSIGHT, "现场签证由项目经理一人确认"),
        ORGANISATION, FINANCIAL_AUDIT, owners("CT002", "CT004", "CT001"), Map.of()),
        assessed(4, 5).onMajorMatter(),
        "大额变更应报公司集体研究，并向出资人报告。");

    // 群众议 through a survey of the company's staff, unit-wide.
    found(company.leader(), company, new IdentifyRiskPoint(company.id(), Optional.empty(), Optional.empty(),
        Optional.empty(), INSTITUTIONAL,
        "“三重一大”事项决策中董事会、经理层职责边界不清，存在个人说了算",
        "职工问卷调查中多数人认为重大投资和融资决策不够透明",
        sources(INSTITUTIONAL_GAP, "公司“三重一大”决策实施细则未明确各决策主体的权限"),
        PUBLIC, SURVEY, owners("CT005", "CT006", "CT001"), Map.of()),
        assessed(3, 4).onMajorMatter().commonToUnit(),
        "重大投资项目应向职工代表大会通报。");

    found(company.leader(), company, new IdentifyRiskPoint(company.id(), on("CT-03"), Optional.empty(),
        Optional.empty(), EXTERNAL,
        "物资采购中供应商以回扣、“好处费”拉拢采购人员，以次充好",
        "同一供应商长期中选；采购价格高于市场价",
        sources(UNWRITTEN_RULE, "建材采购“返点”的潜规则"),
        COLLECTIVE, DIRECT, owners("CT003", "CT004", "CT001"), Map.of()),
        assessed(3, 3),
        "采购结果应在公司内网公示。");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 审核 → 定级 → 公示 → 集体定 (S-3, S-5, S-6, P-5)

  private void review() {
    clock.advanceTo(REVIEWED);
    for (Finding f : findings) {
      lianfang.risks().review(f.unit().leader(),
          new ReviewRiskPoint(f.id(), f.unit().name() + "廉政风险防范管理工作小组审核：归纳梳理无误")).orElseThrow();
    }
    log("审核风险点 " + findings.size() + " 个（S-5）");
  }

  private void grade() {
    clock.advanceTo(GRADED);
    Map<RiskGrade, Integer> byGrade = new EnumMap<>(RiskGrade.class);
    Arrays.stream(RiskGrade.values()).forEach(g -> byGrade.put(g, 0));
    for (Finding f : findings) {
      Judgement j = f.judgement();
      lianfang.risks().grade(f.unit().leader(),
          new GradeRiskPoint(f.id(), j.probability(), j.harm(), j.majorMatter(), j.commonProblem())).orElseThrow();
      RiskGrade g = lianfang.risks().queries().riskPoint(inspector, f.id()).orElseThrow().grading().orElseThrow()
          .grade().level();
      byGrade.merge(g, 1, Integer::sum);
    }
    log("评定等级：" + List.of(RiskGrade.HIGHER, RiskGrade.GENERAL, RiskGrade.LOWER).stream()
        .map(g -> GradeLabels.SEED.label(g) + " " + byGrade.get(g)).collect(Collectors.joining("、"))
        + "（S-6：发生机率 × 危害程度，人财物、三重一大定底线）");
  }

  private void postAndHear() {
    clock.advanceTo(NOTICE_STARTS);
    for (Finding f : findings) {
      lianfang.risks().publish(f.unit().leader(),
          new PublishRiskPoint(f.id(), f.unit().noticeScope(), NOTICE_STARTS, NOTICE_ENDS)).orElseThrow();
    }
    log("公示风险点及等级 " + findings.size() + " 个，公示期 [" + NOTICE_STARTS + ", " + NOTICE_ENDS + ")（S-5、S-6）");
    int heard = 0;
    for (int i = 0; i < COMMENT_DAYS.size(); i++) {
      clock.advanceTo(COMMENT_DAYS.get(i));
      for (Finding f : findings) {
        if (i < f.comments().size()) {
          lianfang.risks().comment(publicVisitor, new CommentOnNotice(f.id(), f.comments().get(i))).orElseThrow();
          heard++;
        }
      }
    }
    log("公示期内收到群众意见 " + heard + " 条（P-5）");
  }

  private void decide() {
    clock.advanceTo(DECIDED);
    for (Finding f : findings) {
      lianfang.risks().confirm(f.unit().leader(),
          new ConfirmRiskPoint(f.id(), f.unit().decidingBody(), DECIDED)).orElseThrow();
    }
    log("公示期满，集体确定风险点 " + findings.size() + " 个（S-3 集体定）");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 2010-09-30 登记汇总，建立台帐 (S-13)

  private void report() {
    clock.advanceTo(STAGE_CLOSES);
    log("登记汇总，形成廉政风险信息档案（S-13）");
    printLedger(lianfang, inspector, city, clock.today(), out);
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
    out.println("台帐校验：" + intact + "/" + units.size() + " 个单位链完好 — " + String.join("；", results));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Helpers: registration

  private Pilot pilot(String code, String name, UnitKind kind, String leaderName, String decidingBody,
      String noticeScope) {
    UnitId id = lianfang.organization().registerUnit(inspector, new RegisterUnit(code, name, kind, Optional.of(city)))
        .orElseThrow();
    Actor leader = Actor.of("km/" + code + "/leader", leaderName, Set.of(Role.UNIT_LEADER), Set.of(id));
    Pilot p = new Pilot(name, id, leader, decidingBody, noticeScope);
    pilots.add(p);
    return p;
  }

  private Pilot pilot(String name) {
    return pilots.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  private void post(Pilot unit, String code, String name, PostProfile profile) {
    posts.put(code, lianfang.organization().registerPost(unit.leader(),
        new RegisterPost(unit.id(), code, name, profile)).orElseThrow());
  }

  /** An official on the unit's staff who holds a post from a day on. */
  private void staff(Pilot unit, String number, String name, String postCode, LocalDate since) {
    register(unit.id(), number, name, unit.leader());
    lianfang.organization().beginTenure(unit.leader(), new BeginTenure(posts.get(postCode), staff.get(number), since))
        .orElseThrow();
  }

  /** An official on the unit's staff whose post the walk-through does not register (a section head, a deputy). */
  private void staff(Pilot unit, String number, String name) {
    register(unit.id(), number, name, unit.leader());
  }

  private void register(UnitId unit, String number, String name, Actor by) {
    staff.put(number,
        lianfang.organization().registerOfficial(by, new RegisterOfficial(unit, number, name)).orElseThrow());
    names.put(number, name);
  }

  private void power(Pilot unit, String code, String name, AdministrativePower kind, String legalBasis,
      String boundary, String responsibility, String... postCodes) {
    Set<PostId> exercising = Arrays.stream(postCodes).map(posts::get).collect(Collectors.toSet());
    powers.put(code, lianfang.organization().registerPowerItem(unit.leader(), new RegisterPowerItem(unit.id(), code,
        name, kind, legalBasis, boundary, responsibility, exercising)).orElseThrow());
  }

  private StepInput step(String code, String name, String postCode, String powerCode) {
    return new StepInput(code, name, posts.get(postCode), Set.of(powers.get(powerCode)));
  }

  /** Flows through the steps in the order given. */
  private static List<FlowInput> flows(String... stepCodes) {
    List<FlowInput> flows = new ArrayList<>();
    for (int i = 1; i < stepCodes.length; i++) {
      flows.add(new FlowInput(stepCodes[i - 1], stepCodes[i]));
    }
    return flows;
  }

  // S-6's three tiers, in the facts a post profile records.

  /** 党政主要领导: disposes of people, money and goods at discretion and handles 三重一大. */
  private static PostProfile leading() {
    return new PostProfile(true, EnumSet.of(PEOPLE, MONEY, GOODS), true, true, Set.of(), PARTIAL);
  }

  /** A post that disposes of people, money or goods, with or without discretion. */
  private static PostProfile disposing(Set<Resource> what, boolean discretionary, Transparency transparency,
      AdministrativePower... powers) {
    return new PostProfile(false, what, discretionary, false, Set.of(powers), transparency);
  }

  /** A post that holds administrative power but no people, money or goods. */
  private static PostProfile wielding(Transparency transparency, AdministrativePower... powers) {
    return new PostProfile(false, Set.of(), false, false, Set.of(powers), transparency);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Helpers: actors and risk points

  /** 自己找: the official, acting as the holder of their own post. */
  private Actor holder(Pilot unit, String number) {
    return Actor.of("km/" + number, names.get(number), Set.of(Role.POST_HOLDER), Set.of(unit.id()))
        .asOfficial(staff.get(number).toString());
  }

  /** 大家提: a section head raising risks of the posts around them. */
  private Actor sectionHead(Pilot unit, String number) {
    return Actor.of("km/" + number, names.get(number), Set.of(Role.SECTION_HEAD), Set.of(unit.id()))
        .asOfficial(staff.get(number).toString());
  }

  private RiskPointId found(Actor by, Pilot unit, IdentifyRiskPoint command, Judgement judgement,
      String... comments) {
    RiskPointId id = lianfang.risks().identify(by, command).orElseThrow();
    findings.add(new Finding(unit, id, judgement, List.of(comments)));
    return id;
  }

  private Optional<PostId> on(String postCode) {
    return Optional.of(posts.get(postCode));
  }

  private Optional<PowerItemId> powerItem(String code) {
    return Optional.of(powers.get(code));
  }

  private static Optional<StepRef> at(ProcessId process, String stepCode) {
    return Optional.of(new StepRef(process, new StepId(stepCode)));
  }

  /** P-1: 直接责任人 → 部门负责人 → 责任领导, by staff number. */
  private OwnerChain chain(String directOwner, String sectionHead, String responsibleLeader) {
    return new OwnerChain(staff.get(directOwner), staff.get(sectionHead), staff.get(responsibleLeader));
  }

  private Optional<OwnerChain> owners(String directOwner, String sectionHead, String responsibleLeader) {
    return Optional.of(chain(directOwner, sectionHead, responsibleLeader));
  }

  private static List<RiskSourceInput> sources(SourceKind kind, String description) {
    return List.of(new RiskSourceInput(kind, description));
  }

  private static List<RiskSourceInput> sources(SourceKind kind, String description, SourceKind kind2,
      String description2) {
    return List.of(new RiskSourceInput(kind, description), new RiskSourceInput(kind2, description2));
  }

  private static Judgement assessed(int probability, int harm) {
    return new Judgement(probability, harm, false, false);
  }

  private void log(String line) {
    out.println(clock.today() + "  " + line);
  }

  /** One pilot unit as the walk-through set it up. */
  private record Pilot(String name, UnitId id, Actor leader, String decidingBody, String noticeScope) {}

  /** What the unit's assessors will judge about a point when they grade it (S-6). */
  private record Judgement(int probability, int harm, boolean majorMatter, boolean commonProblem) {
    /** @return the same judgement, for a matter of 三重一大 */
    Judgement onMajorMatter() {
      return new Judgement(probability, harm, true, commonProblem);
    }

    /** @return the same judgement, for a problem common to the unit */
    Judgement commonToUnit() {
      return new Judgement(probability, harm, majorMatter, true);
    }
  }

  /** A risk point the walk-through identified, and what will happen to it. */
  private record Finding(Pilot unit, RiskPointId id, Judgement judgement, List<String> comments) {}
}

package org.lianfang.examples;

import static org.lianfang.examples.IdentificationStage.POINTS_FOUND;
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

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lianfang.application.risk.AssignOwners;
import org.lianfang.application.risk.IdentifyRiskPoint;
import org.lianfang.examples.PilotFixture.Finding;
import org.lianfang.examples.PilotFixture.Pilot;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.RiskPointId;

/**
 * 2010-09-08 (S-3, S-4, S-17, P-1, P-2): risk points found by all five methods — 自己找 by the post holder, 大家提 by a
 * section head, 组织点 by the inspector, 群众议 and 集体定 recorded by the unit leader — through public reports,
 * financial audit, enforcement inspection and a survey, in all five categories, from the seed's priority areas: on
 * posts, on flow-chart steps and on a unit as a whole, each with its owner chain 直接责任人 → 部门负责人 → 责任领导.
 */
final class PilotRisks {
  private final PilotFixture f;

  PilotRisks(PilotFixture f) {
    this.f = f;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // 2010-09-08 查找廉政风险点 (S-3, S-4, S-17, P-1, P-2)

  void findRisks() {
    f.clock.advanceTo(POINTS_FOUND);
    guanduRisks();
    jinningRisks();
    landRisks();
    planningRisks();
    housingRisks();
    tenderingRisks();
    urbanInvestmentRisks();

    Map<DiscoveryMethod, Integer> byMethod = new EnumMap<>(DiscoveryMethod.class);
    for (Finding finding : f.findings) {
      DiscoveryMethod m = f.lianfang.risks().queries().riskPoint(f.inspector, finding.id()).orElseThrow()
          .description().method();
      byMethod.merge(m, 1, Integer::sum);
    }
    f.log("查找廉政风险点 " + f.findings.size() + " 个：" + byMethod.entrySet().stream()
        .map(e -> e.getKey().chinese() + " " + e.getValue()).collect(Collectors.joining("、")) + "（S-3）");
  }

  void guanduRisks() {
    Pilot guandu = f.pilot("官渡区");
    // 群众议: a report from villagers, recorded by the unit; the owners are named once the unit has looked into it.
    RiskPointId compensation = f.found(guandu.leader(), guandu, new IdentifyRiskPoint(guandu.id(), f.on("GD-03"),
        Optional.empty(), f.powerItem("GD-Q01"), PROCESS,
        "征地拆迁中地上附着物、青苗清点和补偿面积认定由少数人现场完成，可能虚增面积、虚列补偿对象套取补偿款",
        "与村组干部或评估机构串通，多登记附着物、虚构被征地户；补偿明细不公开",
        f.sources(DISCRETION_WITHOUT_OVERSIGHT, "现场清点缺少第三方和村民代表共同签认"),
        PUBLIC, PUBLIC_REPORT, Optional.empty(), Map.of()),
        f.assessed(4, 5).onMajorMatter(),
        "建议把每户补偿明细张榜公布到村民小组，接受群众监督。", "清点现场应有村民代表在场签字。");
    f.lianfang.risks().assignOwners(guandu.leader(), new AssignOwners(compensation, f.chain("GD003", "GD002", "GD001")))
        .orElseThrow();

    // 组织点, unit-wide (部门风险): the discipline body's special inspection of how major matters are decided.
    f.found(f.inspector, guandu, new IdentifyRiskPoint(guandu.id(), Optional.empty(), Optional.empty(),
        Optional.empty(), INSTITUTIONAL,
        "“三重一大”事项集体决策制度执行不严，个别重大项目安排和大额资金使用会前酝酿不充分、临时动议",
        "以碰头会代替常委会议，会议记录不完整，个别事项先定后议",
        f.sources(INSTITUTIONAL_GAP, "议事规则未明确重大事项的金额标准和会前通报程序"),
        ORGANISATION, ENFORCEMENT_INSPECTION, f.owners("GD005", "GD006", "GD001"), Map.of()),
        f.assessed(3, 5).onMajorMatter().commonToUnit(),
        "重大事项的决策结果应当向社会公开。");

    // 自己找: the district party secretary on his own post.
    f.found(f.holder(guandu, "GD001"), guandu, new IdentifyRiskPoint(guandu.id(), f.on("GD-01"), Optional.empty(),
        Optional.empty(), MORAL,
        "逢年过节及婚丧嫁娶时，个别企业老板和下属借“人情往来”送礼送金，可能在项目安排、干部使用中为其说话",
        "收受礼金、购物卡，接受可能影响公正执行公务的宴请",
        f.sources(SOCIAL_CIRCLE, "生活圈、社交圈中有以“人情往来”为名的请托"),
        SELF, DIRECT, f.owners("GD001", "GD001", "KM001"), Map.of()),
        f.assessed(2, 4),
        "领导干部收受礼金问题应定期报告并公开。");
  }

  void jinningRisks() {
    Pilot jinning = f.pilot("晋宁县");
    // 大家提: the social-security bureau's head, after the audit.
    f.found(f.sectionHead(jinning, "JN004"), jinning, new IdentifyRiskPoint(jinning.id(), f.on("JN-02"),
        Optional.empty(), f.powerItem("JN-Q01"), PROCESS,
        "养老保险待遇审核只审书面材料、不核实领取资格，可能为不符合条件人员办理待遇或使已故人员继续领取",
        "审计发现个别已故人员养老金未及时停发；为亲友违规补缴、提前办理退休待遇",
        f.sources(INSTITUTIONAL_GAP, "领取资格年度认证未与公安、民政死亡信息比对"),
        COLLEAGUES, FINANCIAL_AUDIT, f.owners("JN002", "JN004", "JN001"), Map.of()),
        f.assessed(3, 4),
        "建议每年与公安、民政部门比对死亡信息，及时停发。");

    // 群众议 through a questionnaire survey of people served at the window.
    f.found(jinning.leader(), jinning, new IdentifyRiskPoint(jinning.id(), f.on("JN-03"), Optional.empty(),
        Optional.empty(), DUTY,
        "窗口受理时一次性告知不到位，个别人员借机刁难，暗示办事群众找“熟人”",
        "问卷调查中群众反映“多次跑腿、找熟人才好办”",
        f.sources(ATTITUDE, "服务意识淡薄，把窗口受理权当作个人资源"),
        PUBLIC, SURVEY, f.owners("JN003", "JN005", "JN001"), Map.of()),
        f.assessed(2, 2),
        "希望公开办事指南和承诺办结时限。", "建议设置服务评价器。");

    // 集体定: found in the county leadership's own discussion.
    f.found(jinning.leader(), jinning, new IdentifyRiskPoint(jinning.id(), f.on("JN-01"), Optional.empty(),
        Optional.empty(), EXTERNAL,
        "滇池治理和重点工程项目中，承包商通过亲属、老乡、同学等关系打招呼，干预工程发包和资金拨付",
        "领导干部亲属、身边工作人员插手工程项目",
        f.sources(SOCIAL_CIRCLE, "亲属、老乡、同学等关系网请托", UNWRITTEN_RULE, "工程领域“中标靠关系”的潜规则"),
        COLLECTIVE, DIRECT, f.owners("JN001", "JN005", "KM001"), Map.of()),
        f.assessed(3, 5).onMajorMatter(),
        "重点工程应公开招标结果和资金拨付情况。", "建议领导干部亲属经商办企业情况定期报告。");
  }

  void landRisks() {
    Pilot land = f.pilot("市国土资源管理局");
    // 大家提 at a step of the land-use approval chart (P-2).
    f.found(f.sectionHead(land, "GT005"), land, new IdentifyRiskPoint(land.id(), f.on("GT-02"),
        f.at(f.landUseApproval, "S2"), f.powerItem("GT-Q01"), PROCESS,
        "用地审查中对不符合土地利用总体规划或供地政策的项目降低标准、变通办理",
        "拆分报批规避审批权限；以“先上车后补票”方式为未批先用项目补办手续",
        f.sources(DISCRETION_WITHOUT_OVERSIGHT, "审查意见由经办人一人提出，复核流于形式"),
        COLLEAGUES, DIRECT, f.owners("GT002", "GT005", "GT001"), Map.of()),
        f.assessed(3, 5),
        "建议公开用地审批进度和结果，方便查询。");

    // 自己找 at the next step.
    f.found(f.holder(land, "GT002"), land, new IdentifyRiskPoint(land.id(), f.on("GT-02"),
        f.at(f.landUseApproval, "S3"), f.powerItem("GT-Q01"), DUTY,
        "现场踏勘时接受用地单位安排的食宿、车辆，踏勘意见可能失真",
        "踏勘记录与现场实际不符，对已开工建设的情况不如实记载",
        f.sources(UNWRITTEN_RULE, "踏勘由用地单位“接待”被视为惯例"),
        SELF, DIRECT, f.owners("GT002", "GT005", "GT001"), Map.of()),
        f.assessed(3, 3),
        "踏勘应两人以上并留存影像资料。");

    // 组织点 from an enforcement inspection of how land violations are punished.
    f.found(f.inspector, land, new IdentifyRiskPoint(land.id(), f.on("GT-03"), Optional.empty(), f.powerItem("GT-Q02"),
        DUTY,
        "土地违法案件查处中罚款数额随意裁量，以罚代拆、以罚代管，人情执法",
        "同类违法占地案件处罚幅度差距悬殊，部分案件罚款后未拆除违法建筑",
        f.sources(DISCRETION_WITHOUT_OVERSIGHT, "处罚裁量基准不细，案件审理委员会审查不严"),
        ORGANISATION, ENFORCEMENT_INSPECTION, f.owners("GT003", "GT006", "GT001"), Map.of()),
        f.assessed(3, 4),
        "建议公开土地违法案件的处罚结果。", "违法占地应拆除到位，不能一罚了之。");
  }

  void planningRisks() {
    Pilot planning = f.pilot("市规划局");
    f.found(planning.leader(), planning, new IdentifyRiskPoint(planning.id(), f.on("GH-02"), Optional.empty(),
        f.powerItem("GH-Q01"), PROCESS,
        "规划条件变更审查中违规调高容积率、建筑密度，为开发企业谋取不当利益",
        "未经论证和公示即同意调整规划条件；批后管理中对超面积建设不予查处",
        f.sources(DISCRETION_WITHOUT_OVERSIGHT, "规划条件调整缺少专家论证和公示的刚性程序",
            UNWRITTEN_RULE, "开发企业“跑规划”的潜规则"),
        PUBLIC, PUBLIC_REPORT, f.owners("GH002", "GH004", "GH001"), Map.of()),
        f.assessed(3, 5),
        "容积率调整应当向周边居民公示并听证。");

    f.found(f.holder(planning, "GH003"), planning, new IdentifyRiskPoint(planning.id(), f.on("GH-03"), Optional.empty(),
        Optional.empty(), DUTY,
        "规划档案查询中违规向无关人员提供尚未公开的规划信息",
        "未按查询审批程序提供控制性详细规划草案、地块规划条件",
        f.sources(INSTITUTIONAL_GAP, "档案查询登记和审批制度执行不严"),
        SELF, DIRECT, f.owners("GH003", "GH005", "GH001"), Map.of()),
        f.assessed(2, 2),
        "已公开的规划信息应方便群众查询。");
  }

  void housingRisks() {
    Pilot housing = f.pilot("市住房和城乡建设局");
    f.found(f.inspector, housing, new IdentifyRiskPoint(housing.id(), f.on("ZJ-02"), Optional.empty(),
        f.powerItem("ZJ-Q01"), PROCESS,
        "住房公积金贷款和提取审核中对虚假购房合同、收入证明把关不严，违规发放贷款或办理提取",
        "中介机构批量代办提取业务；同一套住房重复办理贷款",
        f.sources(INSTITUTIONAL_GAP, "与房产交易、婚姻登记信息未联网核验"),
        ORGANISATION, FINANCIAL_AUDIT, f.owners("ZJ002", "ZJ006", "ZJ001"), Map.of()),
        f.assessed(3, 4),
        "公积金贷款审批结果应能网上查询。");

    f.found(f.sectionHead(housing, "ZJ005"), housing, new IdentifyRiskPoint(housing.id(), f.on("ZJ-04"),
        Optional.empty(), Optional.empty(), INSTITUTIONAL,
        "财务印鉴、网银密钥保管未严格分离，大额资金支付缺少复核",
        "出纳一人同时保管财务专用章和网银U盾；银行对账由出纳本人完成",
        f.sources(INSTITUTIONAL_GAP, "不相容岗位分离制度落实不到位"),
        COLLEAGUES, FINANCIAL_AUDIT, f.owners("ZJ004", "ZJ005", "ZJ001"), Map.of()),
        f.assessed(2, 4),
        "建议定期轮岗，并由非出纳人员对账。");

    f.found(f.holder(housing, "ZJ003"), housing, new IdentifyRiskPoint(housing.id(), f.on("ZJ-03"), Optional.empty(),
        f.powerItem("ZJ-Q02"), MORAL,
        "施工安全监督检查中接受施工企业宴请、“红包”，对安全隐患降低整改要求",
        "检查记录“无问题”而现场存在明显隐患；提前透露检查时间",
        f.sources(UNWRITTEN_RULE, "建筑行业“打点”监管人员的潜规则"),
        SELF, DIRECT, f.owners("ZJ003", "ZJ007", "ZJ001"), Map.of()),
        f.assessed(2, 4),
        "检查结果和整改情况应向社会公开。", "欢迎公布举报电话。");
  }

  void tenderingRisks() {
    Pilot tendering = f.pilot("市招投标交易中心");
    f.found(tendering.leader(), tendering, new IdentifyRiskPoint(tendering.id(), f.on("ZTB-03"),
        f.at(f.bidOpening, "S2"), f.powerItem("ZTB-Q02"), PROCESS,
        "评标专家抽取后提前泄露专家名单，投标人借机“打招呼”，串通评标",
        "群众举报某项目开标前投标人已知评委名单；个别专家被频繁抽中",
        f.sources(INSTITUTIONAL_GAP, "抽取系统未实现语音自动通知，名单未加密封存"),
        COLLECTIVE, PUBLIC_REPORT, f.owners("ZTB003", "ZTB005", "ZTB001"), Map.of()),
        f.assessed(3, 5).onMajorMatter(),
        "专家抽取应全程录像，并由监督部门在场。", "建议公开专家被抽中次数的统计。");

    f.found(f.holder(tendering, "ZTB002"), tendering, new IdentifyRiskPoint(tendering.id(), f.on("ZTB-02"),
        f.at(f.bidOpening, "S1"), f.powerItem("ZTB-Q01"), DUTY,
        "接收投标文件时向他人透露潜在投标人的名称和数量",
        "开标前有投标人打听竞争对手情况；投标登记表未妥善保管",
        f.sources(SOCIAL_CIRCLE, "投标企业人员多经熟人、朋友介绍认识"),
        SELF, DIRECT, f.owners("ZTB002", "ZTB005", "ZTB001"), Map.of()),
        f.assessed(2, 4),
        "投标文件接收登记应双人签字。");

    f.found(f.sectionHead(tendering, "ZTB006"), tendering, new IdentifyRiskPoint(tendering.id(), f.on("ZTB-04"),
        f.at(f.bidOpening, "S5"), f.powerItem("ZTB-Q03"), PROCESS,
        "投标保证金退还不及时或违规退还，截留、挪用保证金及其利息",
        "财务审计发现部分未中标人保证金超期未退",
        f.sources(INSTITUTIONAL_GAP, "保证金未实行专户管理和到期提醒"),
        COLLEAGUES, FINANCIAL_AUDIT, f.owners("ZTB004", "ZTB006", "ZTB001"), Map.of()),
        f.assessed(2, 3),
        "保证金应在规定期限内原路退还。");
  }

  void urbanInvestmentRisks() {
    Pilot company = f.pilot("市城投公司");
    f.found(f.inspector, company, new IdentifyRiskPoint(company.id(), f.on("CT-02"), Optional.empty(),
        f.powerItem("CT-Q01"), PROCESS,
        "重点工程设计变更、现场签证把关不严，虚增工程量或提高结算单价",
        "跟踪审计发现签证工程量与现场不符；变更未按限额报批",
        f.sources(DISCRETION_WITHOUT_OVERSIGHT, "现场签证由项目经理一人确认"),
        ORGANISATION, FINANCIAL_AUDIT, f.owners("CT002", "CT004", "CT001"), Map.of()),
        f.assessed(4, 5).onMajorMatter(),
        "大额变更应报公司集体研究，并向出资人报告。");

    // 群众议 through a survey of the company's staff, unit-wide.
    f.found(company.leader(), company, new IdentifyRiskPoint(company.id(), Optional.empty(), Optional.empty(),
        Optional.empty(), INSTITUTIONAL,
        "“三重一大”事项决策中董事会、经理层职责边界不清，存在个人说了算",
        "职工问卷调查中多数人认为重大投资和融资决策不够透明",
        f.sources(INSTITUTIONAL_GAP, "公司“三重一大”决策实施细则未明确各决策主体的权限"),
        PUBLIC, SURVEY, f.owners("CT005", "CT006", "CT001"), Map.of()),
        f.assessed(3, 4).onMajorMatter().commonToUnit(),
        "重大投资项目应向职工代表大会通报。");

    f.found(company.leader(), company, new IdentifyRiskPoint(company.id(), f.on("CT-03"), Optional.empty(),
        Optional.empty(), EXTERNAL,
        "物资采购中供应商以回扣、“好处费”拉拢采购人员，以次充好",
        "同一供应商长期中选；采购价格高于市场价",
        f.sources(UNWRITTEN_RULE, "建材采购“返点”的潜规则"),
        COLLECTIVE, DIRECT, f.owners("CT003", "CT004", "CT001"), Map.of()),
        f.assessed(3, 3),
        "采购结果应在公司内网公示。");
  }
}

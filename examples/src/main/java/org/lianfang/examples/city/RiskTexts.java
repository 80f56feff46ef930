package org.lianfang.examples.city;

import static org.lianfang.examples.city.Texts.JI;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.SourceKind;

/**
 * The risk points' text: templates by area (S-17), for any post (S-4), for leaders (S-6, S-14) and for a unit as a
 * whole, with their sources, and what reviewers, the public and revisions write about them (S-5, S-12).
 */
final class RiskTexts {
  private RiskTexts() {}


  /** A risk template: category, whether it concerns a 三重一大 matter, whether the problem is common, texts, sources. */
  record Risk(RiskCategory category, boolean major, boolean common, String description, String manifestation,
      List<SourceKind> sources) {}

  private static Risk risk(RiskCategory c, boolean major, String d, String m, SourceKind... s) {
    return new Risk(c, major, false, d, m, List.of(s));
  }

  private static Risk common(RiskCategory c, boolean major, String d, String m, SourceKind... s) {
    return new Risk(c, major, true, d, m, List.of(s));
  }

  private static final SourceKind DISCRETION = SourceKind.DISCRETION_WITHOUT_OVERSIGHT;
  private static final SourceKind UNWRITTEN = SourceKind.UNWRITTEN_RULE;
  private static final SourceKind CIRCLE = SourceKind.SOCIAL_CIRCLE;
  private static final SourceKind GAP = SourceKind.INSTITUTIONAL_GAP;
  private static final SourceKind ATTITUDE = SourceKind.ATTITUDE;

  /** The risks of each area's staff posts (S-17). */
  static final Map<Area, List<Risk>> RISKS = new EnumMap<>(Area.class);

  static {
    RISKS.put(Area.LAND, List.of(
        risk(RiskCategory.PROCESS, false,
            "在征地补偿审核中{虚报|多报|重复登记}{青苗补偿|地上附着物|安置补助}数量，套取征地补偿款",
            "与被征地农户或村组干部串通，虚增补偿面积、数量", DISCRETION, GAP),
        risk(RiskCategory.DUTY, true,
            "房屋拆迁评估中{暗箱操作|“人情评估”|选择性评估}，擅自提高或压低补偿标准",
            "收受拆迁户或开发商好处，在评估中“开口子”", UNWRITTEN, DISCRETION),
        risk(RiskCategory.DUTY, false, "安置房分配不公开，优亲厚友",
            "违规为{亲友|特定关系人|" + JI + "姓关系户}调换、增配安置房", CIRCLE),
        risk(RiskCategory.PROCESS, true,
            "国有土地使用权出让中{违规协议出让|降低出让条件|“量身定做”竞买条件}",
            "与开发商串通，出让价格明显偏低，造成国有资产流失", UNWRITTEN, GAP),
        risk(RiskCategory.DUTY, false, "办理{w}时审核把关不严，违规办理登记",
            "对不符合条件的申请\"打招呼\"办理，收受好处费", DISCRETION),
        risk(RiskCategory.DUTY, false, "土地违法案件查处中{有案不查|以罚代管|选择性执法}",
            "接受违法用地单位宴请，降低处罚标准或不予立案", CIRCLE, DISCRETION)));
    RISKS.put(Area.SOCIAL_SECURITY, List.of(
        risk(RiskCategory.PROCESS, false,
            "社会保险待遇审核不严，{冒领|重复领取|虚报}{养老金|失业保险金|医疗保险费用}",
            "对虚假材料审核把关不严，造成社会保险基金流失", GAP),
        risk(RiskCategory.DUTY, true, "违规挪用、借用社会保险基金",
            "未经集体研究擅自调度基金，存入指定银行获取好处", DISCRETION),
        risk(RiskCategory.DUTY, false, "低保资格认定中优亲厚友，办理“人情保”“关系保”",
            "为不符合条件的亲友办理低保，或索取好处", CIRCLE),
        risk(RiskCategory.PROCESS, false, "社会保险费征缴中{少征|缓征|违规减免}",
            "收受用人单位好处，降低缴费基数", UNWRITTEN),
        risk(RiskCategory.PROCESS, false, "医疗保险结算审核中与定点医院、药店串通",
            "对虚开处方、挂床住院等问题{睁一只眼闭一只眼|不予查处}", UNWRITTEN, DISCRETION)));
    RISKS.put(Area.PROVIDENT_FUND, List.of(
        risk(RiskCategory.DUTY, false, "住房公积金贷款审批中{放宽条件|违规发放|发放“人情贷款”}",
            "对不符合贷款条件的申请人违规审批，收受中介好处", DISCRETION, UNWRITTEN),
        risk(RiskCategory.PROCESS, false, "公积金提取审核不严，为虚假购房、装修材料办理提取",
            "与中介机构勾结，帮助套取住房公积金", UNWRITTEN),
        risk(RiskCategory.DUTY, true, "违规调度、挪用住房公积金",
            "将公积金存款作为“拉存款”筹码，收受银行好处", DISCRETION, GAP),
        risk(RiskCategory.PROCESS, false, "归集管理中对单位少缴、欠缴不予追缴",
            "收受缴存单位好处，核减缴存基数", CIRCLE)));
    RISKS.put(Area.MAJOR_PROJECTS, List.of(
        risk(RiskCategory.PROCESS, true, "工程招标中{设置排他性条件|“量身定做”资格条件|泄露标底}",
            "与投标人串通，内定中标人，收受回扣", UNWRITTEN, DISCRETION),
        risk(RiskCategory.DUTY, true, "工程变更、签证审核把关不严，虚增工程量",
            "与施工单位串通，通过变更签证套取工程款", DISCRETION, GAP),
        risk(RiskCategory.PROCESS, false, "工程款拨付{不按进度|提前|超额}支付",
            "收受施工单位好处，违规提前拨付工程款", GAP),
        risk(RiskCategory.DUTY, true, "{w}中{违规审批|拆分项目规避审批|“先上车后补票”}",
            "项目立项不按程序论证，个人说了算", DISCRETION),
        risk(RiskCategory.DUTY, false, "工程质量监督中降低标准验收",
            "接受施工方宴请、礼金，对质量问题放行", CIRCLE, UNWRITTEN),
        risk(RiskCategory.PROCESS, false, "造价审核中{高估冒算|审减不实|与中介串通}",
            "工程结算审核走过场，虚增造价", UNWRITTEN)));
    RISKS.put(Area.LICENSING_PENALTY, List.of(
        risk(RiskCategory.DUTY, false, "办理{w}时{吃拿卡要|故意刁难|\"不给好处不办事\"}",
            "对申请人设置隐性门槛，索取或收受财物", DISCRETION, ATTITUDE),
        risk(RiskCategory.PROCESS, false, "{w}超时限、超范围办理，或对不符合条件的予以许可",
            "违规审批后收受申请人好处", DISCRETION),
        risk(RiskCategory.DUTY, false, "行政处罚中{滥用自由裁量权|以罚代刑|人情执法}",
            "同案不同罚，对关系人从轻或免予处罚", DISCRETION, CIRCLE),
        risk(RiskCategory.PROCESS, false, "执法检查中{选择性执法|通风报信|以检谋私}",
            "向被检查对象泄露检查信息，收受好处", CIRCLE),
        risk(RiskCategory.DUTY, false, "收费征收中{少收|不收|收费不开票}，截留收入",
            "坐收坐支，私设“小金库”", GAP),
        risk(RiskCategory.PROCESS, false, "罚没物品处置不规范，低价变卖或私分",
            "罚没款物未按规定上缴财政", GAP)));
    RISKS.put(Area.RESOURCES, List.of(
        risk(RiskCategory.PROCESS, false, "政府采购中{化整为零规避招标|指定品牌|虚假询价}",
            "与供应商串通抬高采购价格，收受回扣", UNWRITTEN),
        risk(RiskCategory.DUTY, false, "财务报销审核不严，虚列支出、套取资金",
            "以虚假发票报销，私设“小金库”", GAP),
        risk(RiskCategory.DUTY, false, "出纳岗位{挪用公款|公款私存|现金坐支}",
            "利用保管资金的便利挪用公款", GAP, ATTITUDE),
        risk(RiskCategory.DUTY, true, "干部选拔任用、人员招录中{暗箱操作|“带病提拔”|违规进人}",
            "考察失实，为请托人谋取职位", CIRCLE, DISCRETION),
        risk(RiskCategory.PROCESS, false, "国有资产处置{低价转让|未经评估|私自出租}",
            "资产账实不符，造成国有资产流失", GAP),
        risk(RiskCategory.DUTY, false, "公务用车、公务接待管理不规范，公款吃喝",
            "超标准接待，虚开接待费用", ATTITUDE)));
    RISKS.put(Area.GENERAL, List.of(
        risk(RiskCategory.DUTY, false, "泄露{内部工作信息|尚未公开的文件|举报人信息}",
            "将工作秘密透露给利害关系人", ATTITUDE),
        risk(RiskCategory.PROCESS, false, "档案、资料管理不规范，随意{借阅|篡改|销毁}",
            "为他人查阅、复制涉密档案提供方便", GAP),
        risk(RiskCategory.DUTY, false, "工作作风不实，推诿扯皮，{门难进|脸难看|事难办}",
            "对群众诉求敷衍塞责", ATTITUDE),
        risk(RiskCategory.INSTITUTIONAL, false, "信访举报件处理不及时、不规范",
            "压案不查，或向被举报人泄露举报信息", GAP, CIRCLE)));
  }

  /** Moral and external risks any post may have (S-4). */
  static final List<Risk> COMMON = List.of(
      risk(RiskCategory.MORAL, false,
          "理想信念淡化，廉洁自律意识不强，存在{侥幸心理|“不收白不收”思想|攀比心理}",
          "在{p}工作中接受管理服务对象宴请、礼金、购物卡", ATTITUDE),
      risk(RiskCategory.MORAL, false, "利用{p}职务便利为本人或特定关系人谋取利益",
          "以“借款”“投资入股”等名义收受财物", ATTITUDE, CIRCLE),
      risk(RiskCategory.EXTERNAL, false, "受亲友、同学、老乡等社交圈影响，说情打招呼",
          "在{p}履职中受请托干扰，违规办事", CIRCLE),
      risk(RiskCategory.EXTERNAL, false, "受行业“潜规则”影响，{收受回扣|收受“感谢费”|参与利益输送}",
          "{某房地产公司|" + JI + "祥置业公司|某建筑公司|某中介机构}以\"赞助\"\"咨询费\"名义输送利益", UNWRITTEN),
      risk(RiskCategory.MORAL, false, "{违规经商办企业|在企业兼职取酬|参与赌博}",
          "生活圈不健康，与管理服务对象交往过密", ATTITUDE, CIRCLE));

  /** Risks of leaders' posts: 三重一大 matters (S-6, S-14). */
  static final List<Risk> LEADER = List.of(
      risk(RiskCategory.INSTITUTIONAL, true, "“三重一大”事项{不经集体研究|会前定调|个人说了算}",
          "以个人意见代替集体决策，规避领导班子集体讨论", DISCRETION, GAP),
      risk(RiskCategory.DUTY, true, "重要干部任免中{任人唯亲|违规提拔|突击提拔}",
          "为请托人在干部任用上“打招呼”", CIRCLE),
      risk(RiskCategory.DUTY, true, "大额资金使用{未经集体研究|化整为零审批|越权审批}",
          "违规干预下属单位资金使用、工程发包", DISCRETION),
      risk(RiskCategory.DUTY, true, "插手干预{工程招投标|土地出让|政府采购|项目审批}",
          "向下属打招呼，为特定关系人谋利", CIRCLE, UNWRITTEN),
      risk(RiskCategory.MORAL, false, "落实党风廉政建设“一岗双责”不到位",
          "对分管领域廉政风险疏于管理，失察失管", ATTITUDE));

  /** Risks of a unit as a whole (部门风险). */
  static final List<Risk> UNIT_WIDE = List.of(
      common(RiskCategory.INSTITUTIONAL, true, "本单位“三重一大”决策制度执行不到位",
          "重大事项决策程序不规范，会议记录不完整", GAP),
      common(RiskCategory.INSTITUTIONAL, false, "内部监督制约机制不健全，{权力过于集中|一人多岗|审批与执行未分离}",
          "关键岗位长期未轮岗交流", GAP),
      common(RiskCategory.PROCESS, false, "政府采购、工程发包未严格执行招投标程序",
          "规避公开招标，采购程序不透明", UNWRITTEN),
      risk(RiskCategory.INSTITUTIONAL, false, "政务、办事公开不全面、不及时",
          "办事依据、程序、结果未按规定公示", GAP),
      risk(RiskCategory.EXTERNAL, false, "管理服务对象以各种名义向本单位工作人员输送利益",
          "节日期间收送红包礼金、购物卡", UNWRITTEN, CIRCLE),
      common(RiskCategory.INSTITUTIONAL, false, "财务管理制度不健全，存在设立“小金库”风险",
          "收入未全部纳入单位账户核算", GAP));

  static final Map<SourceKind, List<String>> SOURCE_TEXTS = new EnumMap<>(Map.of(
      SourceKind.DISCRETION_WITHOUT_OVERSIGHT, List.of("自由裁量空间大，缺乏有效监督", "审批权相对集中，内部制约不足",
          "办理过程不公开，外部监督难以介入"),
      SourceKind.UNWRITTEN_RULE, List.of("行业内存在“潜规则”", "受“不送不办、送了快办”等潜规则影响",
          "业务往来中\"回扣\"\"感谢费\"习以为常"),
      SourceKind.SOCIAL_CIRCLE, List.of("亲友、同学、老乡等社交圈请托", "生活圈、社交圈的不良影响", "与管理服务对象交往过密"),
      SourceKind.INSTITUTIONAL_GAP, List.of("相关制度不健全、执行不到位", "办事流程不透明，缺乏公开", "岗位职责交叉，监督有空档"),
      SourceKind.ATTITUDE, List.of("廉洁自律意识淡薄", "存在侥幸心理和特权思想", "对廉政规定学习不够"),
      SourceKind.OTHER, List.of("外部利益诱惑较多")));

  /** Clauses a unit may add to a risk point's description. */
  static final List<String> QUALIFIERS = List.of(
      "，且缺乏有效监督", "，群众反映较多", "，近年曾发生类似问题", "，内部制约不足", "，存在\"暗箱操作\"空间",
      "，事后难以发现", "，涉及金额较大", "，节假日期间尤为突出");

  static final List<String> REVIEW_NOTES = List.of(
      "", "审核通过", "经科室讨论，风险描述准确", "建议补充防控措施", "与岗位职责相符，同意", "请结合权力清单细化表现形式");

  static final List<String> COMMENTS = List.of(
      "建议进一步细化{p}的防控措施",
      "该岗位风险等级偏低，建议调整为“较高”",
      "群众反映窗口办事存在\"吃拿卡要\"现象，请核实",
      "希望公开办事流程、时限和收费标准",
      "对{征地补偿|安置|评估}标准有异议，建议公开依据",
      "建议设立举报电话并公示",
      "反映" + JI + "某等人在办事中被索要“好处费”，请予调查");

  static final List<String> STALE_CAUSES = List.of(
      "机构职能调整，岗位职责变化", "业务流程优化调整，需重新审核", "权力清单修订，风险点待复核");

  static final List<String> RETIRE_REASONS = List.of(
      "职能划转，该风险点不再存在", "与其他风险点合并", "相关审批事项已取消");
}

package org.lianfang.examples.city;

import static org.lianfang.examples.city.Texts.expand;
import static org.lianfang.organization.AdministrativePower.COLLECTION;
import static org.lianfang.organization.AdministrativePower.ENFORCEMENT;
import static org.lianfang.organization.AdministrativePower.LICENSING;
import static org.lianfang.organization.AdministrativePower.OTHER;
import static org.lianfang.organization.AdministrativePower.PENALTY;
import static org.lianfang.organization.Resource.GOODS;
import static org.lianfang.organization.Resource.MONEY;
import static org.lianfang.organization.Resource.PEOPLE;
import static org.lianfang.organization.Transparency.CLOSED;
import static org.lianfang.organization.Transparency.OPEN;
import static org.lianfang.organization.Transparency.PARTIAL;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Transparency;

/**
 * The staff posts of each area (S-17), with the facts grading reads (S-6), and the power items a team may exercise,
 * with the law each rests on, its boundary and who answers for it (S-2).
 */
final class PostTexts {
  private PostTexts() {}


  static final Map<Area, List<Area.Role>> ROLES = new EnumMap<>(Area.class);

  static {
    ROLES.put(Area.LAND, List.of(
        role("征地补偿审核岗", set(MONEY), true, false, set(COLLECTION), PARTIAL, 2),
        role("拆迁评估协调岗", set(MONEY, GOODS), true, false, none(), PARTIAL, 2),
        role("安置房分配岗", set(GOODS), true, false, none(), PARTIAL, 2),
        role("土地出让管理岗", set(GOODS), true, true, set(LICENSING), PARTIAL, 2),
        role("地籍登记岗", set(), false, false, set(OTHER), PARTIAL, 1),
        role("用地审批岗", set(), false, false, set(LICENSING), PARTIAL, 1),
        role("土地执法监察岗", set(), false, false, set(ENFORCEMENT, PENALTY), PARTIAL, 1),
        role("土地信息统计岗", set(), false, false, none(), OPEN, 0),
        role("征地政策咨询岗", set(), false, false, none(), OPEN, 0)));
    ROLES.put(Area.SOCIAL_SECURITY, List.of(
        role("社保基金征缴岗", set(MONEY), false, false, set(COLLECTION), PARTIAL, 1),
        role("待遇审核岗", set(MONEY), false, false, set(OTHER), PARTIAL, 1),
        role("基金支付岗", set(MONEY), false, false, none(), PARTIAL, 1),
        role("医保结算审核岗", set(MONEY), true, false, none(), PARTIAL, 2),
        role("低保审批岗", set(MONEY), true, false, set(OTHER), PARTIAL, 2),
        role("参保登记岗", set(), false, false, none(), OPEN, 0),
        role("社保政策咨询岗", set(), false, false, none(), OPEN, 0)));
    ROLES.put(Area.PROVIDENT_FUND, List.of(
        role("公积金归集岗", set(MONEY), false, false, set(COLLECTION), PARTIAL, 1),
        role("公积金贷款审批岗", set(MONEY), true, false, set(OTHER), PARTIAL, 2),
        role("公积金提取审核岗", set(MONEY), false, false, set(OTHER), PARTIAL, 1),
        role("资金调度岗", set(MONEY), true, true, none(), CLOSED, 2),
        role("稽核岗", set(), false, false, none(), PARTIAL, 0),
        role("公积金咨询服务岗", set(), false, false, none(), OPEN, 0)));
    ROLES.put(Area.MAJOR_PROJECTS, List.of(
        role("项目审批岗", set(), false, false, set(LICENSING), PARTIAL, 1),
        role("工程招标管理岗", set(MONEY, GOODS), true, true, none(), PARTIAL, 2),
        role("工程造价审核岗", set(MONEY), true, false, none(), PARTIAL, 2),
        role("项目资金拨付岗", set(MONEY), false, false, none(), PARTIAL, 1),
        role("工程质量监督岗", set(), false, false, set(ENFORCEMENT), PARTIAL, 1),
        role("合同管理岗", set(MONEY), false, false, none(), PARTIAL, 1),
        role("变更签证审核岗", set(MONEY), true, false, none(), CLOSED, 2),
        role("工程资料管理岗", set(), false, false, none(), OPEN, 0)));
    ROLES.put(Area.LICENSING_PENALTY, List.of(
        role("窗口受理岗", set(), false, false, set(LICENSING), OPEN, 0),
        role("许可审批岗", set(), false, false, set(LICENSING), PARTIAL, 1),
        role("行政处罚岗", set(), false, false, set(PENALTY), PARTIAL, 1),
        role("执法检查岗", set(), false, false, set(ENFORCEMENT), PARTIAL, 1),
        role("收费征收岗", set(MONEY), false, false, set(COLLECTION), PARTIAL, 1),
        role("案件审理岗", set(), false, false, set(PENALTY), CLOSED, 1),
        role("政策宣传岗", set(), false, false, none(), OPEN, 0),
        role("投诉咨询岗", set(), false, false, none(), OPEN, 0)));
    ROLES.put(Area.RESOURCES, List.of(
        role("人事管理岗", set(PEOPLE), true, false, none(), PARTIAL, 2),
        role("财务会计岗", set(MONEY), false, false, none(), PARTIAL, 1),
        role("出纳岗", set(MONEY), false, false, none(), PARTIAL, 1),
        role("政府采购岗", set(GOODS, MONEY), true, false, none(), PARTIAL, 2),
        role("资产管理岗", set(GOODS), false, false, none(), PARTIAL, 1),
        role("后勤保障岗", set(GOODS), false, false, none(), OPEN, 0),
        role("会计档案岗", set(), false, false, none(), OPEN, 0)));
    ROLES.put(Area.GENERAL, List.of(
        role("综合文秘岗", set(), false, false, none(), OPEN, 0),
        role("档案管理岗", set(), false, false, none(), OPEN, 0),
        role("信息技术岗", set(), false, false, none(), OPEN, 0),
        role("统计分析岗", set(), false, false, none(), OPEN, 0),
        role("政策法规岗", set(), false, false, none(), OPEN, 0),
        role("信访接待岗", set(), false, false, none(), OPEN, 0)));
  }

  private static Area.Role role(String name, EnumSet<Resource> disposes, boolean discretionary, boolean major,
      EnumSet<AdministrativePower> powers, Transparency t, int riskiness) {
    return new Area.Role(name, disposes, discretionary, major, powers, t, riskiness);
  }

  private static EnumSet<Resource> set(Resource... r) {
    EnumSet<Resource> s = EnumSet.noneOf(Resource.class);
    s.addAll(List.of(r));
    return s;
  }

  private static EnumSet<AdministrativePower> set(AdministrativePower first, AdministrativePower... more) {
    return EnumSet.of(first, more);
  }

  private static EnumSet<AdministrativePower> none() {
    return EnumSet.noneOf(AdministrativePower.class);
  }

  /** A power item a team may exercise: kind, name, the law it rests on. */
  record Power(AdministrativePower kind, String name, String law) {}

  static final Map<Area, List<Power>> POWERS = new EnumMap<>(Map.of(
      Area.LAND, List.of(
          new Power(COLLECTION, "集体土地征收补偿安置审核", "《中华人民共和国土地管理法》"),
          new Power(COLLECTION, "城市房屋拆迁补偿安置裁决", "《城市房屋拆迁管理条例》"),
          new Power(LICENSING, "建设项目用地预审", "《中华人民共和国土地管理法》"),
          new Power(LICENSING, "国有建设用地使用权出让审批", "《招标拍卖挂牌出让国有建设用地使用权规定》"),
          new Power(OTHER, "土地登记", "《土地登记办法》"),
          new Power(PENALTY, "土地违法案件查处", "《中华人民共和国土地管理法实施条例》")),
      Area.SOCIAL_SECURITY, List.of(
          new Power(OTHER, "基本养老保险待遇核定", "《中华人民共和国社会保险法》"),
          new Power(OTHER, "医疗保险费用结算审核", "《中华人民共和国社会保险法》"),
          new Power(OTHER, "城乡居民最低生活保障资格认定", "《城市居民最低生活保障条例》"),
          new Power(COLLECTION, "社会保险费征缴", "《社会保险费征缴暂行条例》"),
          new Power(PENALTY, "社会保险违法行为行政处罚", "《社会保险费征缴暂行条例》")),
      Area.PROVIDENT_FUND, List.of(
          new Power(COLLECTION, "住房公积金归集", "《住房公积金管理条例》"),
          new Power(OTHER, "住房公积金个人贷款审批", "《住房公积金管理条例》"),
          new Power(OTHER, "住房公积金提取审核", "《住房公积金管理条例》"),
          new Power(PENALTY, "单位不办理住房公积金缴存登记行政处罚", "《住房公积金管理条例》")),
      Area.MAJOR_PROJECTS, List.of(
          new Power(LICENSING, "政府投资项目审批", "《国务院关于投资体制改革的决定》"),
          new Power(LICENSING, "建筑工程施工许可", "《中华人民共和国建筑法》"),
          new Power(LICENSING, "建设工程规划许可证核发", "《中华人民共和国城乡规划法》"),
          new Power(OTHER, "工程招标投标备案", "《中华人民共和国招标投标法》"),
          new Power(OTHER, "工程款拨付审核", "《基本建设财务管理规定》"),
          new Power(ENFORCEMENT, "建设工程质量安全监督检查", "《建设工程质量管理条例》")),
      Area.LICENSING_PENALTY, List.of(
          new Power(LICENSING, "食品流通许可", "《中华人民共和国食品安全法》"),
          new Power(LICENSING, "排污许可证核发", "《中华人民共和国水污染防治法》"),
          new Power(LICENSING, "企业登记注册", "《中华人民共和国公司登记管理条例》"),
          new Power(LICENSING, "户外广告设置许可", "《中华人民共和国广告法》"),
          new Power(PENALTY, "违反市容环境卫生管理行为行政处罚", "《城市市容和环境卫生管理条例》"),
          new Power(PENALTY, "无照经营行为行政处罚", "《无照经营查处取缔办法》"),
          new Power(ENFORCEMENT, "查封、扣押涉案物品", "《中华人民共和国行政处罚法》"),
          new Power(COLLECTION, "城市道路占用费征收", "《城市道路管理条例》")),
      Area.RESOURCES, List.of(
          new Power(OTHER, "政府采购项目审核", "《中华人民共和国政府采购法》"),
          new Power(OTHER, "财政专项资金分配", "《中华人民共和国预算法》"),
          new Power(OTHER, "国有资产处置审批", "《行政事业单位国有资产管理办法》"),
          new Power(OTHER, "干部选拔任用推荐考察", "《党政领导干部选拔任用工作条例》")),
      Area.GENERAL, List.of(
          new Power(OTHER, "政府信息公开申请办理", "《中华人民共和国政府信息公开条例》"),
          new Power(OTHER, "信访事项办理", "《信访条例》"),
          new Power(OTHER, "行政复议案件审理", "《中华人民共和国行政复议法》"))));

  static String boundary(SplittableRandom r, String unitName) {
    return expand(r, "限于" + unitName + "职责范围内，{按照法定条件、标准和时限办理|依照法定权限和程序行使}，"
        + "{不得超越权限或擅自增设条件|自由裁量须按本单位裁量基准执行|办理结果须按规定公开}", "", "");
  }

  static String responsibility(SplittableRandom r) {
    return expand(r, "承办人对{材料审核|现场核查|初审意见}负直接责任，科（处）室负责人负审核责任，分管领导负领导责任；"
        + "{违法违规行使的，依照《行政机关公务员处分条例》追究责任|未按规定公开或超时限办理的，依照行政过错责任追究办法处理}",
        "", "");
  }
}

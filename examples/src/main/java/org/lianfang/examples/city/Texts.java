package org.lianfang.examples.city;

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
import org.lianfang.organization.UnitKind;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.SourceKind;

/**
 * The Chinese text the generated city is written in: Kunming's districts and the pilot units of S-18 first, then
 * municipal bodies, sections, posts, names, power items and risk points drawn from the S-17 priority areas.
 * Templates may hold choices {@code {a|b|c}} and the fields {@code {p}} (the post's name) and {@code {w}} (the power
 * item's name). Some text carries characters outside the Basic Multilingual Plane (𠮷) and ASCII quotes on purpose,
 * so that adapters meet them.
 */
final class Texts {
  private Texts() {}

  /** 𠮷 (U+20BB7) and other CJK Extension B characters people really have in their names. */
  static final List<String> RARE = List.of(
      new String(Character.toChars(0x20BB7)), new String(Character.toChars(0x2123C)),
      new String(Character.toChars(0x28695)), new String(Character.toChars(0x2A6A5)),
      new String(Character.toChars(0x201D4)));

  static final String JI = RARE.get(0);

  // ---------------------------------------------------------------- units

  /** Kunming's 14 county-level divisions in 2010, with their division codes; the two pilots (S-18) first. */
  static final List<String[]> DISTRICTS = List.of(
      new String[] {"官渡区", "530111"}, new String[] {"晋宁县", "530122"}, new String[] {"五华区", "530102"},
      new String[] {"盘龙区", "530103"}, new String[] {"西山区", "530112"}, new String[] {"东川区", "530113"},
      new String[] {"呈贡县", "530121"}, new String[] {"富民县", "530124"}, new String[] {"宜良县", "530125"},
      new String[] {"石林彝族自治县", "530126"}, new String[] {"嵩明县", "530127"},
      new String[] {"禄劝彝族苗族自治县", "530128"}, new String[] {"寻甸回族彝族自治县", "530129"},
      new String[] {"安宁市", "530181"});

  /** A municipal body: its name, kind and main area. */
  record Body(String name, UnitKind kind, Area area) {}

  /** Municipal bureaus, companies and institutions; the five municipal pilots (S-18) first. */
  static final List<Body> MUNICIPAL = List.of(
      b("市国土资源管理局", UnitKind.MUNICIPAL_BUREAU, Area.LAND),
      b("市规划局", UnitKind.MUNICIPAL_BUREAU, Area.LICENSING_PENALTY),
      b("市住房和城乡建设局", UnitKind.MUNICIPAL_BUREAU, Area.MAJOR_PROJECTS),
      b("市招投标交易中心", UnitKind.PUBLIC_INSTITUTION, Area.MAJOR_PROJECTS),
      b("市城投公司", UnitKind.STATE_OWNED_COMPANY, Area.MAJOR_PROJECTS),
      b("市发展和改革委员会", UnitKind.MUNICIPAL_BUREAU, Area.MAJOR_PROJECTS),
      b("市财政局", UnitKind.MUNICIPAL_BUREAU, Area.RESOURCES),
      b("市人力资源和社会保障局", UnitKind.MUNICIPAL_BUREAU, Area.SOCIAL_SECURITY),
      b("市住房公积金管理中心", UnitKind.PUBLIC_INSTITUTION, Area.PROVIDENT_FUND),
      b("市社会保险局", UnitKind.PUBLIC_INSTITUTION, Area.SOCIAL_SECURITY),
      b("市土地矿产储备中心", UnitKind.PUBLIC_INSTITUTION, Area.LAND),
      b("市征地拆迁管理办公室", UnitKind.MUNICIPAL_BUREAU, Area.LAND),
      b("市民政局", UnitKind.MUNICIPAL_BUREAU, Area.SOCIAL_SECURITY),
      b("市教育局", UnitKind.MUNICIPAL_BUREAU, Area.RESOURCES),
      b("市卫生局", UnitKind.MUNICIPAL_BUREAU, Area.LICENSING_PENALTY),
      b("市公安局", UnitKind.MUNICIPAL_BUREAU, Area.LICENSING_PENALTY),
      b("市交通运输局", UnitKind.MUNICIPAL_BUREAU, Area.MAJOR_PROJECTS),
      b("市水务局", UnitKind.MUNICIPAL_BUREAU, Area.MAJOR_PROJECTS),
      b("市环境保护局", UnitKind.MUNICIPAL_BUREAU, Area.LICENSING_PENALTY),
      b("市工商行政管理局", UnitKind.MUNICIPAL_BUREAU, Area.LICENSING_PENALTY),
      b("市质量技术监督局", UnitKind.MUNICIPAL_BUREAU, Area.LICENSING_PENALTY),
      b("市食品药品监督管理局", UnitKind.MUNICIPAL_BUREAU, Area.LICENSING_PENALTY),
      b("市安全生产监督管理局", UnitKind.MUNICIPAL_BUREAU, Area.LICENSING_PENALTY),
      b("市商务局", UnitKind.MUNICIPAL_BUREAU, Area.LICENSING_PENALTY),
      b("市农业局", UnitKind.MUNICIPAL_BUREAU, Area.RESOURCES),
      b("市林业局", UnitKind.MUNICIPAL_BUREAU, Area.LICENSING_PENALTY),
      b("市文化广电新闻出版局", UnitKind.MUNICIPAL_BUREAU, Area.LICENSING_PENALTY),
      b("市审计局", UnitKind.MUNICIPAL_BUREAU, Area.GENERAL),
      b("市统计局", UnitKind.MUNICIPAL_BUREAU, Area.GENERAL),
      b("市城市管理综合行政执法局", UnitKind.MUNICIPAL_BUREAU, Area.LICENSING_PENALTY),
      b("市园林绿化局", UnitKind.MUNICIPAL_BUREAU, Area.MAJOR_PROJECTS),
      b("市旅游局", UnitKind.MUNICIPAL_BUREAU, Area.LICENSING_PENALTY),
      b("市国有资产监督管理委员会", UnitKind.MUNICIPAL_BUREAU, Area.RESOURCES),
      b("市地方税务局", UnitKind.MUNICIPAL_BUREAU, Area.LICENSING_PENALTY),
      b("市司法局", UnitKind.MUNICIPAL_BUREAU, Area.GENERAL),
      b("市科学技术局", UnitKind.MUNICIPAL_BUREAU, Area.RESOURCES),
      b("市工业和信息化委员会", UnitKind.MUNICIPAL_BUREAU, Area.MAJOR_PROJECTS),
      b("市体育局", UnitKind.MUNICIPAL_BUREAU, Area.GENERAL),
      b("市人口和计划生育委员会", UnitKind.MUNICIPAL_BUREAU, Area.LICENSING_PENALTY),
      b("市民族宗教事务委员会", UnitKind.MUNICIPAL_BUREAU, Area.GENERAL),
      b("市粮食局", UnitKind.MUNICIPAL_BUREAU, Area.RESOURCES),
      b("市档案局", UnitKind.MUNICIPAL_BUREAU, Area.GENERAL),
      b("市物价局", UnitKind.MUNICIPAL_BUREAU, Area.LICENSING_PENALTY),
      b("市人民防空办公室", UnitKind.MUNICIPAL_BUREAU, Area.MAJOR_PROJECTS),
      b("市滇池管理局", UnitKind.MUNICIPAL_BUREAU, Area.MAJOR_PROJECTS),
      b("市住房保障局", UnitKind.MUNICIPAL_BUREAU, Area.LAND),
      b("市政务服务中心", UnitKind.PUBLIC_INSTITUTION, Area.LICENSING_PENALTY),
      b("市第一人民医院", UnitKind.PUBLIC_INSTITUTION, Area.RESOURCES),
      b("昆明市第一中学", UnitKind.PUBLIC_INSTITUTION, Area.RESOURCES),
      b("市疾病预防控制中心", UnitKind.PUBLIC_INSTITUTION, Area.RESOURCES),
      b("市城乡规划设计研究院", UnitKind.PUBLIC_INSTITUTION, Area.MAJOR_PROJECTS),
      b("市公路管理处", UnitKind.PUBLIC_INSTITUTION, Area.MAJOR_PROJECTS),
      b("昆明公交集团有限责任公司", UnitKind.STATE_OWNED_COMPANY, Area.RESOURCES),
      b("昆明自来水集团有限公司", UnitKind.STATE_OWNED_COMPANY, Area.MAJOR_PROJECTS),
      b("市交通投资有限责任公司", UnitKind.STATE_OWNED_COMPANY, Area.MAJOR_PROJECTS),
      b("市产业开发投资有限责任公司", UnitKind.STATE_OWNED_COMPANY, Area.MAJOR_PROJECTS),
      b("昆明滇池投资有限责任公司", UnitKind.STATE_OWNED_COMPANY, Area.MAJOR_PROJECTS),
      b("市土地开发投资经营有限责任公司", UnitKind.STATE_OWNED_COMPANY, Area.LAND),
      b("昆明轨道交通有限公司", UnitKind.STATE_OWNED_COMPANY, Area.MAJOR_PROJECTS),
      b("市旅游文化投资有限公司", UnitKind.STATE_OWNED_COMPANY, Area.RESOURCES),
      b("市保障性住房建设投资有限公司", UnitKind.STATE_OWNED_COMPANY, Area.LAND));

  private static Body b(String name, UnitKind kind, Area area) {
    return new Body(name, kind, area);
  }

  private static Body s(String name, Area area) {
    return new Body(name, UnitKind.INTERNAL_SECTION, area);
  }

  /** A county's own departments, under its district (the prefix is the district's name). */
  static final List<Body> COUNTY_DEPARTMENTS = List.of(
      s("财政局", Area.RESOURCES), s("发展和改革局", Area.MAJOR_PROJECTS), s("国土资源分局", Area.LAND),
      s("规划分局", Area.LICENSING_PENALTY), s("住房和城乡建设局", Area.MAJOR_PROJECTS), s("教育局", Area.RESOURCES),
      s("卫生局", Area.LICENSING_PENALTY), s("民政局", Area.SOCIAL_SECURITY),
      s("人力资源和社会保障局", Area.SOCIAL_SECURITY), s("农业局", Area.RESOURCES), s("林业局", Area.LICENSING_PENALTY),
      s("水务局", Area.MAJOR_PROJECTS), s("环境保护局", Area.LICENSING_PENALTY), s("交通运输局", Area.MAJOR_PROJECTS),
      s("城市管理综合行政执法局", Area.LICENSING_PENALTY), s("工商分局", Area.LICENSING_PENALTY),
      s("质量技术监督局", Area.LICENSING_PENALTY), s("食品药品监督管理局", Area.LICENSING_PENALTY),
      s("安全生产监督管理局", Area.LICENSING_PENALTY), s("审计局", Area.GENERAL), s("统计局", Area.GENERAL),
      s("商务局", Area.LICENSING_PENALTY), s("文化体育局", Area.GENERAL), s("司法局", Area.GENERAL),
      s("公安分局", Area.LICENSING_PENALTY), s("征地拆迁管理办公室", Area.LAND), s("住房保障办公室", Area.LAND),
      s("政务服务中心", Area.LICENSING_PENALTY), s("社会保险管理局", Area.SOCIAL_SECURITY),
      s("土地储备中心", Area.LAND), s("城市建设投资有限公司", Area.MAJOR_PROJECTS),
      s("国有资产管理办公室", Area.RESOURCES), s("地方税务局", Area.LICENSING_PENALTY),
      s("住房公积金管理部", Area.PROVIDENT_FUND));

  /** Street and township names for a county's 街道办事处 once its departments are used up. */
  static final List<String> STREETS = List.of(
      "关上", "太和", "吴井", "金马", "小板桥", "官渡", "矣六", "六甲", "大板桥", "阿拉", "昆阳", "晋城", "二街", "上蒜",
      "六街", "双河", "龙泉", "茨坝", "碧鸡", "马街", "前卫", "金碧", "华山", "护国", "大观", "龙翔", "莲华", "红云");

  /** Sections (处室) of a municipal bureau, besides those of its area. */
  static final List<String> BUREAU_SECTIONS = List.of(
      "办公室", "政策法规处", "人事教育处", "计划财务处", "行政审批处", "监督检查处", "项目管理处", "招标采购处", "资产管理处",
      "信访处", "机关党委", "纪检监察室", "审计处", "科技信息处", "安全监管处", "法制处", "综合规划处", "离退休干部处",
      "宣传教育处", "统计处", "应急管理办公室", "行政服务窗口", "稽查队", "督查室", "研究室");

  /** Departments (部) of a state-owned company. */
  static final List<String> COMPANY_SECTIONS = List.of(
      "综合办公室", "财务部", "工程管理部", "招标采购部", "投资发展部", "人力资源部", "审计部", "资产经营部", "融资部",
      "安全质量部", "法务部", "合同预算部", "党群工作部", "纪检监察室", "工程技术部", "物资采购部", "运营管理部", "市场开发部",
      "信息中心", "档案室", "项目一部", "项目二部", "项目三部", "前期工作部", "征地拆迁部", "土地整理部");

  /** Sections (科) of a public institution. */
  static final List<String> INSTITUTION_SECTIONS = List.of(
      "办公室", "财务科", "业务一科", "业务二科", "审核科", "信息科", "人事科", "后勤保障科", "质量管理科", "服务窗口科",
      "档案室", "监察室", "党委办公室", "业务三科", "业务四科", "综合科", "计划财务科", "技术科", "稽查科", "服务窗口二科");

  /** Sections of a bureau that belong to its area. */
  static final Map<Area, List<String>> AREA_SECTIONS = new EnumMap<>(Map.of(
      Area.LAND, List.of("征地拆迁管理处", "耕地保护处", "地籍管理处", "土地利用处", "执法监察支队"),
      Area.SOCIAL_SECURITY, List.of("社会保险基金监督处", "养老保险处", "医疗保险处", "就业促进处", "社会救助处"),
      Area.PROVIDENT_FUND, List.of("归集管理处", "贷款管理处", "稽核处", "资金管理处"),
      Area.MAJOR_PROJECTS, List.of("投资处", "重点项目处", "工程建设管理处", "造价管理处", "建筑市场监管处"),
      Area.LICENSING_PENALTY, List.of("许可审批处", "执法支队", "案件审理处", "市场监管处"),
      Area.RESOURCES, List.of("财务管理处", "国有资产处", "采购管理处"),
      Area.GENERAL, List.of("综合处", "研究室", "督查室")));

  /** Sub-sections, by what the parent's name ends with. */
  static List<String> subSections(String parent) {
    if (parent.endsWith("处") || parent.endsWith("支队")) {
      return List.of("综合科", "一科", "二科", "三科", "审核科", "监督科", "执法大队");
    }
    if (parent.endsWith("部")) {
      return List.of("综合室", "一室", "二室", "三室", "审核室");
    }
    if (parent.endsWith("科") || parent.endsWith("室") || parent.endsWith("委")) {
      return List.of("综合组", "一组", "二组", "三组", "审核组");
    }
    return List.of("办公室", "财务股", "审批股", "执法大队", "征收股", "项目股", "监督股", "综合股", "法规股", "业务股",
        "第一中队", "第二中队", "服务所");
  }

  /** The principal leader's title, the deputy's and the discipline post's, by what a unit's name ends with. */
  static String[] titles(String name, UnitKind kind) {
    if (kind == UnitKind.CITY) {
      return new String[] {"市长", "副市长", "市纪委书记"};
    }
    if (kind == UnitKind.DISTRICT_COUNTY) {
      String t = name.substring(name.length() - 1);
      return new String[] {t + "长", "副" + t + "长", t + "纪委书记"};
    }
    String[][] bySuffix = {
        {"分局", "局长", "副局长"}, {"局", "局长", "副局长"}, {"委员会", "主任", "副主任"}, {"中心", "主任", "副主任"},
        {"公司", "总经理", "副总经理"}, {"办公室", "主任", "副主任"}, {"医院", "院长", "副院长"}, {"中学", "校长", "副校长"},
        {"研究院", "院长", "副院长"}, {"支队", "支队长", "副支队长"}, {"大队", "大队长", "副大队长"},
        {"中队", "中队长", "副中队长"}, {"处", "处长", "副处长"}, {"科", "科长", "副科长"}, {"股", "股长", "副股长"},
        {"室", "主任", "副主任"}, {"部", "部长", "副部长"}, {"组", "组长", "副组长"}, {"所", "所长", "副所长"},
        {"机关党委", "专职副书记", "副书记"}, {"管理部", "部长", "副部长"}};
    String discipline = kind == UnitKind.STATE_OWNED_COMPANY ? "纪委书记" : "纪检组长";
    for (String[] s : bySuffix) {
      if (name.endsWith(s[0])) {
        return new String[] {s[1], s[2], discipline};
      }
    }
    return new String[] {"负责人", "副职", discipline};
  }

  /** Where a unit of this kind posts its risk points (S-5). */
  static String scope(UnitKind kind) {
    return switch (kind) {
      case CITY -> "市政府门户网站及政务公开栏";
      case DISTRICT_COUNTY -> "县（市）区政府门户网站及政务公开栏";
      case MUNICIPAL_BUREAU -> "局机关内网及公示栏";
      case STATE_OWNED_COMPANY -> "公司内网及公告栏";
      case PUBLIC_INSTITUTION -> "单位门户网站及公示栏";
      case INTERNAL_SECTION, OTHER -> "本单位内网及公示栏";
    };
  }

  /** The body whose collective decision confirms a unit's risk points (集体定, S-3). */
  static String decidingBody(String name, UnitKind kind) {
    return switch (kind) {
      case CITY -> "市政府常务会议";
      case DISTRICT_COUNTY -> name.substring(name.length() - 1) + "委常委会议";
      case MUNICIPAL_BUREAU -> name.endsWith("委员会") ? "委党组会议" : "局党组会议";
      case STATE_OWNED_COMPANY -> "公司党委会议";
      case PUBLIC_INSTITUTION -> "单位领导班子会议";
      case INTERNAL_SECTION, OTHER -> "领导班子集体研究会议";
    };
  }

  // ---------------------------------------------------------------- people

  static final List<String> SURNAMES = List.of(
      "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
      "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕",
      "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "余", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜", "范",
      "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔", "白", "崔", "康", "毛", "邱", "秦", "江", "史", "顾",
      "侯", "邵", "孟", "龙", "段", "雷", "钱", "汤", "尹", "黎", "普", "者", "和", "刀", "岩", "字", "欧阳", "司马", "上官",
      "诸葛");

  static final List<String> GIVEN = List.of(
      "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰",
      "霞", "平", "刚", "桂英", "建华", "建国", "志强", "海燕", "红梅", "文斌", "晓东", "云", "春", "华", "玲", "燕", "丹",
      "斌", "波", "宁", "琳", "鹏", "辉", "浩", "宇", "欣", "婷", "雪", "梅", "峰", "亮", "林", "洁", "健", "彬", "俊", "凯",
      "帆", "晨", "思", "怡", "嘉", "璐", "萍", "琴", "颖", "瑞", "然", "昆", "滇", "玉", "兰", "祥", "福", "荣", "卫东",
      "红", "新", "志", "国", "永", "德", "光", "发", "学");

  /** Names written with a middle dot, as some minority names are. */
  static final List<String> DOTTED = List.of("买买提·艾力", "阿依古丽·吐尔逊", "扎西·顿珠", "努尔·阿不都");

  /**
   * @param rare whether the name must carry a character outside the BMP
   * @return a person's name
   */
  static String personName(SplittableRandom r, boolean rare) {
    if (!rare && r.nextInt(400) == 0) {
      return pick(r, DOTTED);
    }
    String surname = pick(r, SURNAMES);
    String given = pick(r, GIVEN);
    if (given.length() == 1 && r.nextInt(3) == 0) {
      given = given + pick(r, GIVEN).substring(0, 1);
    }
    if (rare) {
      given = r.nextBoolean() ? pick(r, RARE) : given.substring(0, 1) + pick(r, RARE);
    }
    return surname + given;
  }

  // ---------------------------------------------------------------- posts and powers

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

  private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  /** @param n 1…99 @return the number in Chinese numerals, as articles of a law are numbered */
  static String chineseNumber(int n) {
    if (n < 10) {
      return DIGITS[n];
    }
    return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
  }

  static String boundary(SplittableRandom r, String unitName) {
    return expand(r, "限于" + unitName + "职责范围内，{按照法定条件、标准和时限办理|依照法定权限和程序行使}，"
        + "{不得超越权限或擅自增设条件|自由裁量须按本单位裁量基准执行|办理结果须按规定公开}", "", "");
  }

  static String responsibility(SplittableRandom r) {
    return expand(r, "承办人对{材料审核|现场核查|初审意见}负直接责任，科（处）室负责人负审核责任，分管领导负领导责任；"
        + "{违法违规行使的，依照《行政机关公务员处分条例》追究责任|未按规定公开或超时限办理的，依照行政过错责任追究办法处理}",
        "", "");
  }

  // ---------------------------------------------------------------- risk points

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

  // ---------------------------------------------------------------- helpers

  static <T> T pick(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  /** Expands {@code {a|b}} choices and the {@code {p}} and {@code {w}} fields. */
  static String expand(SplittableRandom r, String template, String post, String power) {
    StringBuilder out = new StringBuilder(template.length() + 16);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int end = template.indexOf('}', i);
      String body = template.substring(i + 1, end);
      if (body.equals("p")) {
        out.append(post);
      } else if (body.equals("w")) {
        out.append(power);
      } else {
        String[] choices = body.split("\\|", -1);
        out.append(choices[r.nextInt(choices.length)]);
      }
      i = end + 1;
    }
    return out.toString();
  }
}

package org.lianfang.examples.city;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lianfang.organization.UnitKind;

/**
 * The names of the generated city's units: Kunming's districts and the pilot units of S-18 first, then municipal
 * bodies, county departments, streets and sections; the titles of a unit's leaders, where it publishes its risk points
 * and which body confirms them.
 */
final class UnitNames {
  private UnitNames() {}


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
}

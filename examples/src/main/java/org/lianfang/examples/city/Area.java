package org.lianfang.examples.city;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Transparency;

/**
 * A field of work, for the S-17 priority areas (land acquisition and demolition, social-security funds, housing
 * provident fund, major investment and key projects, licensing and penalties, people-money-goods) plus ordinary office
 * work. A unit's main area decides which teams, posts, powers and risks it gets.
 */
enum Area {
  LAND(List.of("征地拆迁", "土地利用", "地籍管理", "执法监察"), true, false, EnumSet.of(Resource.MONEY, Resource.GOODS)),
  SOCIAL_SECURITY(List.of("社会保险", "基金管理", "待遇审核", "社会救助"), false, false, EnumSet.of(Resource.MONEY)),
  PROVIDENT_FUND(List.of("归集管理", "贷款管理", "提取审核", "资金管理"), false, false, EnumSet.of(Resource.MONEY)),
  MAJOR_PROJECTS(List.of("项目管理", "工程建设", "招标采购", "造价审核"), true, true,
      EnumSet.of(Resource.MONEY, Resource.GOODS)),
  LICENSING_PENALTY(List.of("行政审批", "行政执法", "案件审理", "市场监管"), false, false, EnumSet.noneOf(Resource.class)),
  RESOURCES(List.of("计划财务", "人事教育", "资产管理", "后勤保障"), false, false,
      EnumSet.of(Resource.PEOPLE, Resource.MONEY, Resource.GOODS)),
  GENERAL(List.of("综合", "政策法规", "信息", "档案"), false, false, EnumSet.noneOf(Resource.class));

  /** Names of the teams (科, 组) working in this area. */
  final List<String> teams;
  /** Whether a team head in this area disposes at their discretion. */
  final boolean headDiscretionary;
  /** Whether a team head in this area handles 三重一大 matters. */
  final boolean headMajorMatters;
  /** What a team head in this area disposes of. */
  final Set<Resource> headDisposes;

  Area(List<String> teams, boolean headDiscretionary, boolean headMajorMatters, Set<Resource> headDisposes) {
    this.teams = teams;
    this.headDiscretionary = headDiscretionary;
    this.headMajorMatters = headMajorMatters;
    this.headDisposes = headDisposes;
  }

  /** A post held by staff: its name, facts (S-6) and how risky it is (0 low … 2 high). */
  record Role(String name, Set<Resource> disposes, boolean discretionary, boolean majorMatters,
      Set<AdministrativePower> powers, Transparency transparency, int riskiness) {}

  /** @return the staff posts of this area */
  List<Role> roles() {
    return PostTexts.ROLES.get(this);
  }
}

package org.lianfang.examples.bench;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lianfang.Actor;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.organization.RegisterOfficial;
import org.lianfang.application.organization.RegisterPost;
import org.lianfang.application.organization.RegisterPowerItem;
import org.lianfang.application.organization.RegisterUnit;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.IdentifyRiskPoint;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.Transparency;
import org.lianfang.organization.UnitKind;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.SourceKind;

/**
 * The one unit the command benchmark works on, registered through Lianfang's facade before anything is timed: 昆明市
 * with its land bureau, the bureau's licensing post (审批科科员, which exercises one power item of the unit's power
 * list), and the three officials of the owner chain. Both variants then issue the same commands, built here: the
 * i-th identification and the i-th grade are the same for Lianfang and for the hand-written JDBC.
 *
 * @param unit the bureau the points are identified in
 * @param post the post every point is on
 * @param owners the owner chain every point names
 * @param leader the bureau's leader, who identifies and grades
 * @param inspector the city's discipline inspector, who reads and verifies afterwards
 */
record BenchUnit(UnitId unit, PostId post, OwnerChain owners, Actor leader, Actor inspector) {

  /**
   * Registers the unit, its post, officials and power item.
   *
   * @param lianfang the facade over an empty store
   * @return the unit and the actors
   */
  static BenchUnit register(Lianfang lianfang) {
    Actor root = Actor.of("inspector", "市纪委 王监察", List.of(Role.DISCIPLINE_INSPECTOR), List.of());
    UnitId city = lianfang.organization().registerUnit(root,
        new RegisterUnit("5301", "昆明市", UnitKind.CITY, Optional.empty())).orElseThrow();
    Actor inspector = Actor.of("inspector", "市纪委 王监察", List.of(Role.DISCIPLINE_INSPECTOR), List.of(city));
    return under(lianfang, inspector, city, "5301-GT", "市国土资源管理局", "land-leader", "国土局 张局长");
  }

  /**
   * Registers a bureau below a city registered before, with its post, officials and power item.
   *
   * @param lianfang the facade
   * @param inspector the city's discipline inspector
   * @param city the city
   * @param code the bureau's code, unique
   * @param name its name
   * @param leaderId its leader's actor id
   * @param leaderName its leader's name
   * @return the unit and the actors
   */
  static BenchUnit under(Lianfang lianfang, Actor inspector, UnitId city, String code, String name, String leaderId,
      String leaderName) {
    UnitId land = lianfang.organization().registerUnit(inspector,
        new RegisterUnit(code, name, UnitKind.MUNICIPAL_BUREAU, Optional.of(city))).orElseThrow();
    Actor leader = Actor.of(leaderId, leaderName, List.of(Role.UNIT_LEADER), List.of(land));
    PostId approver = lianfang.organization().registerPost(leader, new RegisterPost(land, "GT-03", "审批科科员",
        new PostProfile(false, Set.of(), false, false, Set.of(AdministrativePower.LICENSING), Transparency.PARTIAL)))
        .orElseThrow();
    OfficialId zhao = official(lianfang, leader, land, "GT0004", "赵磊");
    OfficialId li = official(lianfang, leader, land, "GT0002", "李明");
    OfficialId zhang = official(lianfang, leader, land, "GT0001", "张国强");
    lianfang.organization().registerPowerItem(leader, new RegisterPowerItem(land, "许可-001", "建设用地审批",
        AdministrativePower.LICENSING, "《中华人民共和国土地管理法》第四十四条", "限于本市规划区内建设用地",
        "审批科科员初审，局长签批，对审批结果负责", Set.of(approver))).orElseThrow();
    return new BenchUnit(land, approver, new OwnerChain(zhao, li, zhang), leader, inspector);
  }

  private static OfficialId official(Lianfang lianfang, Actor leader, UnitId unit, String number, String name) {
    return lianfang.organization().registerOfficial(leader, new RegisterOfficial(unit, number, name)).orElseThrow();
  }

  /**
   * @param i the command's number, from 0
   * @return the i-th identification: a duty risk on the post, found by its holder, two sources, the owner chain
   */
  IdentifyRiskPoint identification(int i) {
    return IdentifyRiskPoint.onPost(unit, post).category(RiskCategory.DUTY)
        .described("审批中利用职权收受申请人财物（第 " + i + " 件）").showingAs("对申请人吃拿卡要，拖延办理")
        .source(SourceKind.DISCRETION_WITHOUT_OVERSIGHT, "审批裁量缺乏监督")
        .source(SourceKind.INSTITUTIONAL_GAP, "初审与签批之间无复核")
        .foundBy(DiscoveryMethod.SELF).ownedBy(owners).build();
  }

  /**
   * @param i the command's number, from 0
   * @param point the point identified by the i-th identification
   * @return the i-th grade: probability and harm run through the 5 × 5 matrix, some points touch 三重一大 or are common
   */
  static GradeRiskPoint grade(int i, RiskPointId point) {
    return new GradeRiskPoint(point, 1 + i % 5, 1 + (i / 5) % 5, i % 11 == 0, i % 13 == 0);
  }
}

package org.lianfang.application.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.TenureId;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;
import org.lianfang.testing.NoTrace;
import org.lianfang.testing.World;

/** Registering the organisation: units, posts, officials, tenures and power lists (S-2, S-18). */
class OrganizationTest {
  private InMemoryStore store;
  private World w;
  private Lianfang lf;

  @BeforeEach
  void world() {
    store = InMemoryStore.create();
    w = World.in(store);
    lf = w.lianfang;
  }

  private void assertRefusedWithoutTrace(Refusal.Code expected, java.util.function.Supplier<Outcome<?>> command) {
    NoTrace.assertRefused(store, expected, command);
  }

  @Test
  void s18_unitsFormATreeOfAnyDepth() {
    UnitId section = lf.organization().registerUnit(w.landLeader, new RegisterUnit("5301-GT-01", "耕地保护科",
        UnitKind.INTERNAL_SECTION, Optional.of(w.land))).orElseThrow();
    UnitId team = lf.organization().registerUnit(w.landLeader, new RegisterUnit("5301-GT-01-1", "巡查组", UnitKind.OTHER,
        Optional.of(section))).orElseThrow();
    assertEquals(List.of("昆明市", "市国土资源管理局", "耕地保护科", "巡查组", "市规划局"),
        lf.organization().queries().subtree(w.inspector, w.city).stream().map(Unit::name).toList());
    assertEquals(Optional.of(section), lf.organization().queries().unit(w.landLeader, team).flatMap(Unit::parent));
  }

  @Test
  void unitsAreFoundByCodeAndRootsListedWithinScope() {
    assertEquals(Optional.of(w.land), lf.organization().queries().unitByCode(w.inspector, "5301-GT").map(Unit::id));
    assertTrue(lf.organization().queries().unitByCode(w.planningLeader, "5301-GT").isEmpty());
    assertEquals(List.of(w.city), lf.organization().queries().roots(w.inspector).stream().map(Unit::id).toList());
    assertTrue(lf.organization().queries().roots(w.landLeader).isEmpty());
  }

  @Test
  void aRootsRegistrarActsInItAfterwardsWithTheNewScope() {
    Actor registrar = Actor.of("qj", "曲靖市纪委", List.of(Role.DISCIPLINE_INSPECTOR), List.of());
    UnitId qujing = lf.organization().registerUnit(registrar,
        new RegisterUnit("5303", "曲靖市", UnitKind.CITY, Optional.empty())).orElseThrow();
    assertFalse(lf.organization().registerUnit(registrar, new RegisterUnit("5303-01", "麒麟区", UnitKind.DISTRICT_COUNTY,
        Optional.of(qujing))).isAccepted());
    assertTrue(lf.organization().registerUnit(registrar.withScope(List.of(qujing)), new RegisterUnit("5303-01", "麒麟区",
        UnitKind.DISTRICT_COUNTY, Optional.of(qujing))).isAccepted());
  }

  @Test
  void decision1_whoMayRegisterARootFindsTheRootsAfterARestartButNothingBelowThem() {
    Lianfang restarted = Lianfang.builder(store).clock(w.clock).build();
    Actor office = Actor.of("jw-01", "市纪委", List.of(Role.DISCIPLINE_INSPECTOR), List.of());
    OrganizationQueries q = restarted.organization().queries();
    assertEquals(List.of(w.city), q.roots(office).stream().map(Unit::id).toList());
    assertEquals(Optional.of(w.city), q.unitByCode(office, "5301").map(Unit::id));
    assertEquals(Optional.of("昆明市"), q.unit(office, w.city).map(Unit::name));
    assertEquals(List.of(w.city), q.subtree(office, w.city).stream().map(Unit::id).toList(), "the root, no more");

    assertTrue(q.unitByCode(office, "5301-GT").isEmpty(), "a unit below a root stays out of sight");
    assertTrue(q.unit(office, w.land).isEmpty());
    assertTrue(q.posts(office, w.city).isEmpty(), "nor the root's own records");
    assertTrue(q.officials(office, w.city).isEmpty());
    assertTrue(q.powerList(office, w.land).isEmpty());
    assertTrue(restarted.risks().queries().riskPoints(office, w.land).isEmpty());
    assertFalse(restarted.risks().queries().form2(office, w.city).isAccepted());
    assertTrue(restarted.risks().queries().totals(office, w.city).rows().isEmpty());
    assertFalse(restarted.ledger().queries().verifyJournal(office, w.city).isAccepted());

    UnitId found = q.unitByCode(office, "5301").orElseThrow().id();
    Actor inspector = office.withScope(List.of(found));
    assertEquals(List.of("昆明市", "市国土资源管理局", "市规划局"),
        q.subtree(inspector, found).stream().map(Unit::name).toList(), "taken into scope, the tree is there");
  }

  @Test
  void decision1_whoMayNotRegisterARootFindsNoRootOutsideScope() {
    Lianfang restarted = Lianfang.builder(store).clock(w.clock).build();
    for (Role role : Role.values()) {
      if (role == Role.DISCIPLINE_INSPECTOR) {
        continue;
      }
      Actor unscoped = Actor.of("x", "某人", List.of(role), List.of());
      assertTrue(restarted.organization().queries().roots(unscoped).isEmpty(), role.toString());
      assertTrue(restarted.organization().queries().unitByCode(unscoped, "5301").isEmpty(), role.toString());
      assertTrue(restarted.organization().queries().unit(unscoped, w.city).isEmpty(), role.toString());
    }
    assertTrue(restarted.organization().queries().roots(w.landLeader).isEmpty(), "a leader below sees no root");
  }

  @Test
  void onlyTheDisciplineBodyRegistersARootUnit() {
    Actor leaderWithoutScope = Actor.of("x", "某领导", List.of(Role.UNIT_LEADER), List.of());
    assertRefusedWithoutTrace(Refusal.Code.ACCESS_DENIED, () -> lf.organization().registerUnit(leaderWithoutScope,
        new RegisterUnit("5302", "曲靖市", UnitKind.CITY, Optional.empty())));
    assertTrue(lf.organization().registerUnit(w.inspector,
        new RegisterUnit("5302", "曲靖市", UnitKind.CITY, Optional.empty())).isAccepted());
  }

  @Test
  void codesAreUnique() {
    assertRefusedWithoutTrace(Refusal.Code.RULE_VIOLATED, () -> lf.organization().registerUnit(w.inspector,
        new RegisterUnit("5301-GT", "重复编码", UnitKind.OTHER, Optional.of(w.city))));
    assertRefusedWithoutTrace(Refusal.Code.RULE_VIOLATED, () -> lf.organization().registerPost(w.landLeader,
        new RegisterPost(w.land, "GT-01", "重复岗位", PostProfile.ordinary())));
    assertTrue(lf.organization().registerPost(w.planningLeader, new RegisterPost(w.planning, "GT-01", "编码可在别的单位重复",
        PostProfile.ordinary())).isAccepted());
    assertRefusedWithoutTrace(Refusal.Code.RULE_VIOLATED, () -> lf.organization().registerOfficial(w.landLeader,
        new RegisterOfficial(w.land, "GT0001", "同工号")));
  }

  @Test
  void tenuresAreHalfOpenAndDoNotOverlapForTheSameOfficial() {
    assertRefusedWithoutTrace(Refusal.Code.RULE_VIOLATED, () -> lf.organization().beginTenure(w.landLeader,
        new BeginTenure(w.approver, w.zhao, World.START.plusDays(10))));
    TenureId t = lf.organization().queries().tenures(w.auditor, w.land).stream()
        .filter(x -> x.officialId().equals(w.zhao)).map(Tenure::id).findFirst().orElseThrow();
    assertRefusedWithoutTrace(Refusal.Code.RULE_VIOLATED,
        () -> lf.organization().endTenure(w.landLeader, new EndTenure(t, World.START)));
    lf.organization().endTenure(w.landLeader, new EndTenure(t, LocalDate.of(2011, 3, 1))).orElseThrow();
    assertRefusedWithoutTrace(Refusal.Code.RULE_VIOLATED,
        () -> lf.organization().endTenure(w.landLeader, new EndTenure(t, LocalDate.of(2011, 4, 1))));
    assertTrue(lf.organization().beginTenure(w.landLeader,
        new BeginTenure(w.approver, w.zhao, LocalDate.of(2011, 3, 1))).isAccepted(),
        "the same official may hold the post again from the day the old tenure ended");
  }

  @Test
  void anOfficialFromAnotherBranchMayNotHoldThePost() {
    assertRefusedWithoutTrace(Refusal.Code.UNKNOWN_REFERENCE,
        () -> lf.organization().beginTenure(w.landLeader, new BeginTenure(w.approver, w.sun, World.START)));
  }

  @Test
  void s2_thePowerListNamesOnlyTheUnitsPosts() {
    assertRefusedWithoutTrace(Refusal.Code.UNKNOWN_REFERENCE, () -> lf.organization().registerPowerItem(w.landLeader,
        new RegisterPowerItem(w.land, "处罚-001", "违法用地处罚", AdministrativePower.PENALTY, "《土地管理法》第七十七条",
            "本市行政区域内", "执法科负责", Set.of(w.planner))));
    assertEquals(List.of("建设用地审批"),
        lf.organization().queries().powerList(w.auditor, w.land).stream().map(p -> p.name()).toList());
  }
}

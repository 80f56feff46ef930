package org.lianfang.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.Refusal;
import org.lianfang.UnitId;

/** A power item on its own: an entry of the unit's power list (权力清单, S-2), revised only when something changes. */
class PowerItemTest {
  private final PowerItemId id = new PowerItemId(UUID.randomUUID());
  private final UnitId unit = new UnitId(UUID.randomUUID());
  private final PostId approver = new PostId(UUID.randomUUID());
  private final PostId director = new PostId(UUID.randomUUID());

  private Change<PowerItem> landApproval() {
    return PowerItem.register(id, unit, "许可-001", "建设用地审批", AdministrativePower.LICENSING,
        "《土地管理法》第四十四条", "本市规划区内", "审批科初审，局长签批", Set.of(approver, director));
  }

  @Test
  void registerGivesTheItemAndItsEvent() {
    Change<PowerItem> c = landApproval();
    PowerItem p = c.after();
    assertEquals(List.of(id, unit, "许可-001", "建设用地审批", AdministrativePower.LICENSING, "《土地管理法》第四十四条",
        "本市规划区内", "审批科初审，局长签批", Set.of(approver, director), 0L), List.of(p.id(), p.unitId(), p.code(),
        p.name(), p.kind(), p.legalBasis(), p.boundary(), p.responsibility(), p.posts(), p.version()));
    assertEquals(List.of(new OrganizationEvent.PowerItemRegistered(unit, id, "许可-001", "建设用地审批",
        AdministrativePower.LICENSING, "《土地管理法》第四十四条", "本市规划区内", "审批科初审，局长签批",
        Set.of(approver, director))), c.events());
  }

  @Test
  void theItemKeepsItsOwnCopyOfThePosts() {
    Set<PostId> posts = new HashSet<>(Set.of(approver));
    PowerItem p = PowerItem.register(id, unit, "许可-002", "临时用地审批", AdministrativePower.LICENSING, "依据",
        "界限", "责任", posts).after();
    posts.add(director);
    assertEquals(Set.of(approver), p.posts());
    assertThrows(UnsupportedOperationException.class, () -> p.posts().add(director));
  }

  @Test
  void reviseKeepsIdCodeAndVersionAndRecordsTheNewItem() {
    PowerItem stored = landApproval().after().withVersion(2);
    Change<PowerItem> c = stored.revise("建设用地审批（修订）", AdministrativePower.LICENSING,
        "《土地管理法》（2019年修正）第四十四条", "限于本市规划区内", "审批科初审，局长签批", Set.of(approver)).orElseThrow();
    assertEquals(PowerItem.restore(id, unit, "许可-001", "建设用地审批（修订）", AdministrativePower.LICENSING,
        "《土地管理法》（2019年修正）第四十四条", "限于本市规划区内", "审批科初审，局长签批", Set.of(approver), Optional.empty(), 2), c.after());
    assertEquals(List.of(new OrganizationEvent.PowerItemRevised(unit, id, "建设用地审批（修订）",
        AdministrativePower.LICENSING, "《土地管理法》（2019年修正）第四十四条", "限于本市规划区内", "审批科初审，局长签批",
        Set.of(approver))), c.events());
  }

  @Test
  void aRevisionThatChangesNothingIsRefused() {
    PowerItem p = landApproval().after();
    Refusal r = p.revise(p.name(), p.kind(), p.legalBasis(), p.boundary(), p.responsibility(),
        Set.of(director, approver)).whyRefused().orElseThrow();
    assertEquals(Refusal.Code.RULE_VIOLATED, r.code());
    assertEquals("职权没有变化", r.messageZh());
    assertEquals("the power item is unchanged", r.messageEn());
  }
}

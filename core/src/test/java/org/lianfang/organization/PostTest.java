package org.lianfang.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.Refusal;
import org.lianfang.UnitId;

/** A post on its own: registered with its profile, which changes only when it really changes (S-2, P-3). */
class PostTest {
  private final PostId id = new PostId(UUID.randomUUID());
  private final UnitId unit = new UnitId(UUID.randomUUID());
  private final PostProfile approver = new PostProfile(false, Set.of(Resource.MONEY), true, false,
      Set.of(AdministrativePower.LICENSING), Transparency.PARTIAL);

  @Test
  void registerGivesThePostAndItsEvent() {
    Change<Post> c = Post.register(id, unit, "GT-02", "审批科科员", approver);
    Post p = c.after();
    assertEquals(id, p.id());
    assertEquals(unit, p.unitId());
    assertEquals("GT-02", p.code());
    assertEquals("审批科科员", p.name());
    assertEquals(approver, p.profile());
    assertEquals(0, p.version());
    assertEquals(List.of(new OrganizationEvent.PostRegistered(unit, id, "GT-02", "审批科科员", approver)), c.events());
  }

  @Test
  void changeProfileChangesOnlyTheProfile() {
    Post stored = Post.restore(id, unit, "GT-02", "审批科科员", PostProfile.ordinary(), 4);
    Change<Post> c = stored.changeProfile(approver).orElseThrow();
    assertEquals(Post.restore(id, unit, "GT-02", "审批科科员", approver, 4), c.after(),
        "same id, unit, code, name and version; the store raises the version when it writes");
    assertEquals(List.of(new OrganizationEvent.PostProfileChanged(unit, id, approver)), c.events());
  }

  @Test
  void anUnchangedProfileIsRefused() {
    Post p = Post.register(id, unit, "GT-02", "审批科科员", approver).after();
    Refusal r = p.changeProfile(new PostProfile(false, Set.of(Resource.MONEY), true, false,
        Set.of(AdministrativePower.LICENSING), Transparency.PARTIAL)).whyRefused().orElseThrow();
    assertEquals(Refusal.Code.RULE_VIOLATED, r.code());
    assertEquals("岗位职权没有变化", r.messageZh());
    assertTrue(r.messageEn().contains("profile is unchanged"), r.messageEn());
  }
}

package org.lianfang.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianfang.Grant;
import org.lianfang.Refusal;
import org.lianfang.Role;
import org.lianfang.application.organization.RegisterPost;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostProfile;
import org.lianfang.testing.SectionGrants;
import org.lianfang.testing.World;

/**
 * Issue 10, finding 13, on the in-memory store ({@link SectionGrants} runs the same on each database): roles are
 * granted per unit, and a section head (部门负责人, P-1) acts on the posts of their section (科室) only.
 */
class SectionGrantsTest {
  @Test
  void p1_finding13ASectionHeadActsOnTheirSectionsPostsOnly() {
    SectionGrants.sectionHeadActsOnTheirSectionOnly(World.in(InMemoryStore.create()));
  }

  @Test
  void finding13LeadingOneBureauAndAuditingTheCityLeadsOnlyThatBureau() {
    SectionGrants.aGrantActsInItsOwnUnitOnly(World.in(InMemoryStore.create()));
  }

  /** A section is a name: one with nothing visible, or a control character, is refused naming the field; nothing changes. */
  @Test
  void finding13ASectionIsANameRefusedNamingTheFieldAndTheRule() {
    World w = World.in(InMemoryStore.create());
    List<Post> posts = w.store.posts().inUnit(w.land);
    List<JournalEntry> journal = w.store.journal().read(w.land, 1, 10_000);
    for (String[] bad : new String[][] {{"\u200B\u3000", "VisibleName"}, {"审批\u0000科", "ControlCharacter"},
        {"", "Size"}, {"科".repeat(201), "Size"}}) {
      Refusal r = w.lianfang.organization().registerPost(w.landLeader, new RegisterPost(w.land, "GT-09", "复核员",
          PostProfile.ordinary(), Optional.of(bad[0]))).whyRefused().orElseThrow();
      assertEquals(Refusal.Code.INVALID_INPUT, r.code());
      assertEquals(1, r.violations().size(), r.violations().toString());
      assertEquals("section", r.violations().get(0).path());
      assertEquals(bad[1], r.violations().get(0).rule());
      assertTrue(r.violations().get(0).messageZh().contains("所属科室"), r.violations().get(0).messageZh());
    }
    assertEquals(posts, w.store.posts().inUnit(w.land), "no post registered");
    assertEquals(journal, w.store.journal().read(w.land, 1, 10_000), "nothing journalled");
    assertThrows(IllegalArgumentException.class, () -> Grant.inSection(Role.SECTION_HEAD, w.land, "\u200B"));
  }
}

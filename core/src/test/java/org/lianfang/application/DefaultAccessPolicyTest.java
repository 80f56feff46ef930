package org.lianfang.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Actor;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.access.AccessDecision;
import org.lianfang.access.AccessTarget;
import org.lianfang.access.Operation;

/** The default role table (ARCHITECTURE.md decision 1), written out here independently of the code. */
class DefaultAccessPolicyTest {
  private final DefaultAccessPolicy policy = new DefaultAccessPolicy();
  private final UnitId city = new UnitId(UUID.randomUUID());
  private final UnitId bureau = new UnitId(UUID.randomUUID());
  private final AccessTarget inBureau = new AccessTarget(List.of(city, bureau), false);

  private boolean may(Role role, UnitId scope, Operation op, AccessTarget target) {
    return policy.decide(Actor.of("a", "a", List.of(role), List.of(scope)), op, target).allowed();
  }

  @Test
  void scopeCoversTheWholeSubtree() {
    assertTrue(may(Role.UNIT_LEADER, city, Operation.REVIEW_RISK, inBureau));
    assertTrue(may(Role.UNIT_LEADER, bureau, Operation.REVIEW_RISK, inBureau));
    assertFalse(may(Role.UNIT_LEADER, bureau, Operation.REVIEW_RISK, new AccessTarget(List.of(city), false)),
        "a bureau's leader does not act on the city above it");
  }

  @Test
  void s3_onlyTheUnitsOwnLeaderRecordsItsCollectiveDecision() {
    assertTrue(may(Role.UNIT_LEADER, bureau, Operation.CONFIRM_RISK, inBureau));
    assertFalse(may(Role.UNIT_LEADER, city, Operation.CONFIRM_RISK, inBureau), "the city does not decide for it");
  }

  @Test
  void p11_onlyTheDisciplineBodyReadsSealedIdentities() {
    assertTrue(may(Role.DISCIPLINE_INSPECTOR, city, Operation.READ_SEALED, inBureau));
    for (Role r : List.of(Role.UNIT_LEADER, Role.SECTION_HEAD, Role.POST_HOLDER, Role.AUDITOR, Role.PUBLIC)) {
      assertFalse(may(r, city, Operation.READ_SEALED, new AccessTarget(List.of(city, bureau), true)), r.name());
    }
  }

  /**
   * Issue 10, finding 1: an import writes records and entries no command of the unit made, so only the discipline
   * body brings archives in, within its scope and, for a unit that comes in as a root, as it registers roots.
   */
  @Test
  void finding1_onlyTheDisciplineBodyImportsArchives() {
    assertTrue(may(Role.DISCIPLINE_INSPECTOR, city, Operation.IMPORT_LEDGER, inBureau));
    assertTrue(may(Role.DISCIPLINE_INSPECTOR, bureau, Operation.IMPORT_LEDGER, AccessTarget.newRoot()));
    assertFalse(may(Role.DISCIPLINE_INSPECTOR, bureau, Operation.IMPORT_LEDGER, new AccessTarget(List.of(city), false)),
        "not outside its scope");
    for (Role r : List.of(Role.UNIT_LEADER, Role.SECTION_HEAD, Role.POST_HOLDER, Role.AUDITOR, Role.PUBLIC)) {
      assertFalse(may(r, city, Operation.IMPORT_LEDGER, inBureau), r.name());
      assertFalse(may(r, city, Operation.IMPORT_LEDGER, AccessTarget.newRoot()), r.name());
    }
  }

  /** Issue 10, finding 11: what a unit publishes inside itself is read by every role but the public. */
  @Test
  void finding11_everyRoleButThePublicReadsInternalNotices() {
    for (Role r : Role.values()) {
      assertEquals(r != Role.PUBLIC, may(r, bureau, Operation.READ_INTERNAL, inBureau), r.name());
    }
  }

  @Test
  void s3_theCollectiveDecisionBelongsToTheUnit() {
    assertFalse(may(Role.DISCIPLINE_INSPECTOR, city, Operation.CONFIRM_RISK, inBureau));
    assertTrue(may(Role.DISCIPLINE_INSPECTOR, city, Operation.IDENTIFY_RISK, inBureau), "组织点");
  }

  @Test
  void eachRoleGetsWhatTheTableSays() {
    assertEquals(List.of(Operation.READ_ORGANIZATION, Operation.READ_RISKS, Operation.READ_PUBLISHED,
        Operation.READ_INTERNAL, Operation.READ_JOURNAL), List.copyOf(DefaultAccessPolicy.grantsOf(Role.AUDITOR)));
    assertEquals(List.of(Operation.READ_PUBLISHED, Operation.COMMENT), List.copyOf(DefaultAccessPolicy.grantsOf(Role.PUBLIC)));
    for (Operation op : Operation.values()) {
      boolean write = op != Operation.READ_ORGANIZATION && op != Operation.READ_RISKS && op != Operation.READ_PUBLISHED
          && op != Operation.READ_INTERNAL && op != Operation.READ_JOURNAL;
      if (write) {
        assertFalse(may(Role.AUDITOR, city, op, inBureau), "an auditor changes nothing: " + op);
      }
    }
    assertTrue(may(Role.SECTION_HEAD, bureau, Operation.GRADE_RISK, inBureau));
    assertFalse(may(Role.SECTION_HEAD, bureau, Operation.REVIEW_RISK, inBureau));
  }

  @Test
  void s3_aPostHolderFindsTheRisksOfTheirOwnPost() {
    assertFalse(may(Role.POST_HOLDER, bureau, Operation.IDENTIFY_RISK, inBureau));
    assertTrue(may(Role.POST_HOLDER, bureau, Operation.IDENTIFY_RISK, new AccessTarget(List.of(city, bureau), true)));
    assertFalse(may(Role.POST_HOLDER, bureau, Operation.REVIEW_RISK, new AccessTarget(List.of(city, bureau), true)));
  }

  @Test
  void refusalsSayWhyInBothLanguages() {
    AccessDecision d = policy.decide(Actor.of("p", "p", List.of(Role.PUBLIC), List.of(city)), Operation.PUBLISH_RISK,
        inBureau);
    assertFalse(d.allowed());
    assertTrue(d.reasonZh().contains("无权"));
    assertTrue(d.reasonEn().contains("PUBLISH_RISK"));
  }
}

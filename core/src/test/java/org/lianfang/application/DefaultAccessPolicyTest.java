package org.lianfang.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import java.util.Optional;
import org.lianfang.Actor;
import org.lianfang.Grant;
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

  /**
   * Issue 10, finding 13: roles are granted per unit, not crossed with every unit of the scope. Leading one bureau and
   * auditing the city leads that bureau alone: in the other bureau the actor only reads.
   */
  @Test
  void finding13_eachGrantActsInItsOwnUnitsSubtree() {
    UnitId other = new UnitId(UUID.randomUUID());
    AccessTarget inOther = new AccessTarget(List.of(city, other), false);
    Actor both = Actor.granted("a", "a", List.of(Grant.of(Role.UNIT_LEADER, bureau), Grant.of(Role.AUDITOR, city)));
    assertTrue(policy.decide(both, Operation.PUBLISH_RISK, inBureau).allowed());
    assertTrue(policy.decide(both, Operation.CONFIRM_RISK, inBureau).allowed());
    assertTrue(policy.decide(both, Operation.READ_RISKS, inOther).allowed());
    for (Operation op : List.of(Operation.PUBLISH_RISK, Operation.REVIEW_RISK, Operation.CONFIRM_RISK,
        Operation.MANAGE_ORGANIZATION)) {
      assertFalse(policy.decide(both, op, inOther).allowed(), op.name());
    }
    Actor crossed = Actor.of("a", "a", List.of(Role.UNIT_LEADER, Role.AUDITOR), List.of(bureau, city));
    assertTrue(policy.decide(crossed, Operation.PUBLISH_RISK, inOther).allowed(),
        "Actor.of is the whole cross product, as documented: the grants say what it cannot");
  }

  /**
   * Issue 10, finding 13: a section head (部门负责人, P-1) granted a section (科室) acts on the posts of that section of
   * its unit; elsewhere in the unit it only reads and comments as the unit's staff, and below the unit not at all.
   */
  @Test
  void p1_finding13_aSectionHeadActsOnTheirSectionsPosts() {
    Actor head = Actor.granted("h", "h", List.of(Grant.inSection(Role.SECTION_HEAD, bureau, "审批科")));
    AccessTarget ours = new AccessTarget(List.of(city, bureau), false, Optional.of("审批科"));
    AccessTarget theirs = new AccessTarget(List.of(city, bureau), false, Optional.of("财务科"));
    AccessTarget below = new AccessTarget(List.of(city, bureau, new UnitId(UUID.randomUUID())), false,
        Optional.of("审批科"));
    for (Operation op : DefaultAccessPolicy.grantsOf(Role.SECTION_HEAD)) {
      assertTrue(policy.decide(head, op, ours).allowed(), op.name());
      assertFalse(policy.decide(head, op, below).allowed(), op.name() + " below the unit");
    }
    for (Operation op : List.of(Operation.READ_RISKS, Operation.IDENTIFY_RISK, Operation.GRADE_RISK,
        Operation.ASSIGN_OWNERS)) {
      assertFalse(policy.decide(head, op, theirs).allowed(), op.name() + " on another section's post");
      assertFalse(policy.decide(head, op, inBureau).allowed(), op.name() + " on the unit as a whole");
    }
    for (Operation op : List.of(Operation.READ_ORGANIZATION, Operation.READ_PUBLISHED, Operation.READ_INTERNAL,
        Operation.COMMENT)) {
      assertTrue(policy.decide(head, op, inBureau).allowed(), op.name() + " as the unit's staff");
    }
    assertFalse(policy.decide(head, Operation.REVIEW_RISK, ours).allowed(), "a section head does not review");
    for (Role r : List.of(Role.UNIT_LEADER, Role.DISCIPLINE_INSPECTOR, Role.AUDITOR, Role.PUBLIC)) {
      org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> Grant.inSection(r, bureau, "审批科"), r + " acts for the whole unit, never for a section");
    }
    Actor widened = head.withScope(List.of(city));
    assertFalse(policy.decide(widened, Operation.GRADE_RISK, theirs).allowed(),
        "a role held only in a section is not widened to whole units");
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
        Operation.READ_INTERNAL, Operation.READ_JOURNAL, Operation.READ_MONITORING, Operation.READ_CHECKS),
        List.copyOf(DefaultAccessPolicy.grantsOf(Role.AUDITOR)));
    assertEquals(List.of(Operation.READ_PUBLISHED, Operation.COMMENT),
        List.copyOf(DefaultAccessPolicy.grantsOf(Role.PUBLIC)));
    for (Operation op : Operation.values()) {
      boolean write = op != Operation.READ_ORGANIZATION && op != Operation.READ_RISKS && op != Operation.READ_PUBLISHED
          && op != Operation.READ_INTERNAL && op != Operation.READ_JOURNAL && op != Operation.READ_MONITORING
          && op != Operation.READ_CHECKS;
      if (write) {
        assertFalse(may(Role.AUDITOR, city, op, inBureau), "an auditor changes nothing: " + op);
      }
    }
    assertTrue(may(Role.SECTION_HEAD, bureau, Operation.GRADE_RISK, inBureau));
    assertFalse(may(Role.SECTION_HEAD, bureau, Operation.REVIEW_RISK, inBureau));
  }

  /**
   * P-8, P-18, P-21: the discipline body decides on warnings and rectification items; the unit's leader answers the
   * warnings and works on the items, and decides nothing.
   */
  @Test
  void p8_p18_p21_onlyTheDisciplineBodyDecidesOnWarningsAndItemsAndTheLeaderAnswersThem() {
    for (Role r : Role.values()) {
      assertEquals(r == Role.DISCIPLINE_INSPECTOR, may(r, city, Operation.MANAGE_WARNINGS, inBureau), r.name());
      boolean answers = r == Role.DISCIPLINE_INSPECTOR || r == Role.UNIT_LEADER;
      assertEquals(answers, may(r, city, Operation.ANSWER_WARNINGS, inBureau), r.name());
      assertEquals(answers || r == Role.AUDITOR, may(r, city, Operation.READ_MONITORING, inBureau), r.name());
      assertEquals(r == Role.DISCIPLINE_INSPECTOR, may(r, city, Operation.MANAGE_RECTIFICATION, inBureau), r.name());
      assertEquals(answers, may(r, city, Operation.WORK_RECTIFICATION, inBureau), r.name());
    }
  }

  /**
   * S-10, P-22: a post's monthly check is recorded by its holder (自查), a section head or the unit's leader, and
   * returned or reviewed only by the unit's leader or the discipline body; an auditor reads it.
   */
  @Test
  void s10_p22_thePostRecordsItsCheckAndOnlyTheLeaderOrTheDisciplineBodyReviewsIt() {
    AccessTarget ownPost = new AccessTarget(List.of(city, bureau), true);
    for (Role r : Role.values()) {
      boolean reviews = r == Role.DISCIPLINE_INSPECTOR || r == Role.UNIT_LEADER;
      assertEquals(reviews, may(r, bureau, Operation.REVIEW_CHECKS, ownPost), r.name());
      assertEquals(reviews || r == Role.SECTION_HEAD, may(r, bureau, Operation.RECORD_CHECKS, inBureau), r.name());
      assertEquals(reviews || r == Role.SECTION_HEAD || r == Role.POST_HOLDER,
          may(r, bureau, Operation.RECORD_CHECKS, ownPost), r.name());
      assertEquals(reviews || r == Role.SECTION_HEAD || r == Role.AUDITOR, may(r, bureau, Operation.READ_CHECKS,
          inBureau), r.name());
      assertEquals(r == Role.DISCIPLINE_INSPECTOR, may(r, city, Operation.INSPECT, inBureau),
          r.name() + ": only the discipline body inspects (S-10)");
    }
  }

  /**
   * S-11, P-24: a unit's leader assesses its own year, from a grant on the unit itself and never from above; only the
   * discipline body above a unit evaluates it, never the unit's own.
   */
  @Test
  void s11_aUnitAssessesItsOwnYearAndOnlyTheBodyAboveEvaluatesIt() {
    for (Role r : Role.values()) {
      assertEquals(r == Role.UNIT_LEADER, may(r, bureau, Operation.SELF_ASSESS, inBureau), r.name());
      assertFalse(may(r, city, Operation.SELF_ASSESS, inBureau), r.name() + ": never from above");
      assertEquals(r == Role.DISCIPLINE_INSPECTOR, may(r, city, Operation.EVALUATE, inBureau), r.name());
      assertFalse(may(r, bureau, Operation.EVALUATE, inBureau), r.name() + ": never the unit's own");
    }
  }

  @Test
  void s16_aUnitsYearIsRunByItsLeaderOrTheDisciplineBodyAboveIt() {
    for (Role r : Role.values()) {
      boolean runs = r == Role.UNIT_LEADER || r == Role.DISCIPLINE_INSPECTOR;
      assertEquals(runs, may(r, bureau, Operation.RUN_CYCLE, inBureau), r.name());
      assertEquals(runs, may(r, city, Operation.RUN_CYCLE, inBureau), r.name() + ": from above too (S-1)");
    }
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

package org.lianfang.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Refusal;
import org.lianfang.application.organization.BeginTenure;
import org.lianfang.application.risk.CommentOnNotice;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.ReviewRiskPoint;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.NoTrace;
import org.lianfang.testing.World;

/**
 * Issue 10, finding 12: existence oracles. A caller without the right learns from a refusal neither whether an official
 * exists nor a draft's code: the refusal is the one a missing record gets, and nothing changes.
 */
class AccessFirstTest {
  private final World w = World.in(InMemoryStore.create());
  private final InMemoryStore store = (InMemoryStore) w.store;

  /**
   * BeginTenure checks access before it looks the official up: an auditor, who may read the land bureau's
   * organization but not manage it, is denied alike whether the official exists or not; another bureau's leader, who
   * may not even read it, is told the post is unknown, as a post that does not exist is.
   */
  @Test
  void finding12BeginTenureChecksAccessBeforeLookingTheOfficialUp() {
    LocalDate start = w.clock.today();
    OfficialId nobody = new OfficialId(UUID.randomUUID());
    Refusal known = NoTrace.assertRefused(store, Refusal.Code.ACCESS_DENIED,
        () -> w.lianfang.organization().beginTenure(w.auditor, new BeginTenure(w.approver, w.zhao, start)));
    Refusal unknown = NoTrace.assertRefused(store, Refusal.Code.ACCESS_DENIED,
        () -> w.lianfang.organization().beginTenure(w.auditor, new BeginTenure(w.approver, nobody, start)));
    assertEquals(known, unknown, "the same answer whether the official exists or not");

    Refusal unseen = NoTrace.assertRefused(store, Refusal.Code.UNKNOWN_REFERENCE, () -> w.lianfang.organization()
        .beginTenure(w.planningLeader, new BeginTenure(w.approver, w.zhao, start)));
    org.lianfang.organization.PostId noPost = new org.lianfang.organization.PostId(UUID.randomUUID());
    Refusal missing = NoTrace.assertRefused(store, Refusal.Code.UNKNOWN_REFERENCE, () -> w.lianfang.organization()
        .beginTenure(w.planningLeader, new BeginTenure(noPost, w.zhao, start)));
    assertEquals(missing.messageEn().replace(noPost.toString(), w.approver.toString()), unseen.messageEn(),
        "another subtree's post is answered as a post that does not exist");
  }

  /**
   * Issue 10, finding 12, for the organisation's records: changing a post, registering into a unit or revising a power
   * item of a unit the actor may not read is answered as the record's absence, in both languages.
   */
  @Test
  void finding12OrganisationCommandsOnAnotherSubtreeGetTheAnswerOfAMissingRecord() {
    org.lianfang.organization.PostId noPost = new org.lianfang.organization.PostId(UUID.randomUUID());
    Refusal unseen = NoTrace.assertRefused(store, Refusal.Code.UNKNOWN_REFERENCE, () -> w.lianfang.organization()
        .changePostProfile(w.planningLeader, new org.lianfang.application.organization.ChangePostProfile(w.approver,
            org.lianfang.organization.PostProfile.ordinary())));
    Refusal missing = NoTrace.assertRefused(store, Refusal.Code.UNKNOWN_REFERENCE, () -> w.lianfang.organization()
        .changePostProfile(w.planningLeader, new org.lianfang.application.organization.ChangePostProfile(noPost,
            org.lianfang.organization.PostProfile.ordinary())));
    assertEquals(missing.messageZh().replace(noPost.toString(), w.approver.toString()), unseen.messageZh());
    assertEquals(Refusal.Code.UNKNOWN_REFERENCE, NoTrace.assertRefused(store, Refusal.Code.UNKNOWN_REFERENCE,
        () -> w.lianfang.organization().registerOfficial(w.planningLeader,
            new org.lianfang.application.organization.RegisterOfficial(w.land, "GT0100", "外单位的人"))).code());
  }

  /**
   * Issue 10, finding 12, the other way round: a unit the actor can see is not answered as unknown. An inspector
   * without scope finds the root units (to take one into scope, decisions.md "Access"), so registering into the city
   * is refused as not allowed, as it was before the sweep, and changes nothing.
   */
  @Test
  void finding12AUnitTheActorCanFindIsRefusedAsNotAllowedNotAsUnknown() {
    org.lianfang.Actor unscoped = org.lianfang.Actor.of("inspector-2", "省纪委 李监察",
        java.util.List.of(org.lianfang.Role.DISCIPLINE_INSPECTOR), java.util.List.of());
    NoTrace.assertRefused(store, Refusal.Code.ACCESS_DENIED, () -> w.lianfang.organization().registerPost(unscoped,
        new org.lianfang.application.organization.RegisterPost(w.city, "GW-9", "岗位",
            org.lianfang.organization.PostProfile.ordinary())));
    NoTrace.assertRefused(store, Refusal.Code.ACCESS_DENIED, () -> w.lianfang.organization().registerUnit(unscoped,
        new org.lianfang.application.organization.RegisterUnit("5301-XX", "新单位",
            org.lianfang.organization.UnitKind.MUNICIPAL_BUREAU, java.util.Optional.of(w.city))));
    // a unit below a root stays unseen
    NoTrace.assertRefused(store, Refusal.Code.UNKNOWN_REFERENCE, () -> w.lianfang.organization().registerPost(unscoped,
        new org.lianfang.application.organization.RegisterPost(w.land, "GW-9", "岗位",
            org.lianfang.organization.PostProfile.ordinary())));
  }

  /**
   * Issue 10, finding 12, for identification: a unit the actor cannot see is answered as a unit that does not exist,
   * and an actor who sees the unit but may not identify in it is refused as not allowed whatever post it names, so
   * neither learns which posts are the unit's; nothing changes.
   */
  @Test
  void finding12IdentificationChecksAccessBeforeThePost() {
    org.lianfang.UnitId noUnit = new org.lianfang.UnitId(UUID.randomUUID());
    Refusal unseen = NoTrace.assertRefused(store, Refusal.Code.UNKNOWN_REFERENCE, () -> w.lianfang.risks()
        .identify(w.planningLeader, w.aPointOnApprover().build()));
    Refusal missing = NoTrace.assertRefused(store, Refusal.Code.UNKNOWN_REFERENCE, () -> w.lianfang.risks()
        .identify(w.landLeader, org.lianfang.testing.RiskPointFixture.aRiskPoint(noUnit).onPost(w.approver)
            .ownedBy(w.zhao, w.li, w.zhang).build()));
    assertEquals(missing.messageEn().replace(noUnit.toString(), w.land.toString()), unseen.messageEn(),
        "another subtree's unit is answered as a unit that does not exist");
    org.lianfang.organization.PostId noPost = new org.lianfang.organization.PostId(UUID.randomUUID());
    Refusal ownPost = NoTrace.assertRefused(store, Refusal.Code.ACCESS_DENIED, () -> w.lianfang.risks()
        .identify(w.auditor, w.aPointOnApprover().build()));
    Refusal strangePost = NoTrace.assertRefused(store, Refusal.Code.ACCESS_DENIED, () -> w.lianfang.risks()
        .identify(w.auditor, w.aPointOnApprover().onPost(noPost).build()));
    assertEquals(ownPost, strangePost, "the same answer whether the post is the unit's or not");
  }

  @Test
  void finding12APublicCommentOnADraftLearnsNothingOfIt() {
    RiskPointId draft = w.draft(w.aPointOnApprover().build());
    String code = w.lianfang.risks().queries().riskPoint(w.auditor, draft).orElseThrow().code();
    Refusal onDraft = NoTrace.assertRefused(store, Refusal.Code.UNKNOWN_REFERENCE,
        () -> w.lianfang.risks().comment(w.visitor, new CommentOnNotice(draft, "这是什么")));
    assertFalse(onDraft.messageZh().contains(code) || onDraft.messageEn().contains(code), onDraft.message());
    RiskPointId none = new RiskPointId(UUID.randomUUID());
    Refusal onNothing = NoTrace.assertRefused(store, Refusal.Code.UNKNOWN_REFERENCE,
        () -> w.lianfang.risks().comment(w.visitor, new CommentOnNotice(none, "这是什么")));
    assertEquals(onNothing.messageEn().replace(none.toString(), draft.toString()), onDraft.messageEn(),
        "the answer a point that does not exist gets");
  }

  /**
   * A command on a risk point by someone who may not see it — another bureau's leader — is answered as a point that
   * does not exist is, in both languages, whatever the command; someone who may see the point but not do this to it
   * (its post holder, grading it) is denied, which tells them nothing new.
   */
  @Test
  void finding12ACommandOnAPointTheActorMayNotSeeGetsTheAnswerOfAMissingPoint() {
    RiskPointId point = w.draft(w.aPointOnApprover().build());
    RiskPointId none = new RiskPointId(UUID.randomUUID());
    Refusal onPoint = NoTrace.assertRefused(store, Refusal.Code.UNKNOWN_REFERENCE, () -> w.lianfang.risks()
        .review(w.planningLeader, new ReviewRiskPoint(point, "看看")));
    Refusal onNothing = NoTrace.assertRefused(store, Refusal.Code.UNKNOWN_REFERENCE, () -> w.lianfang.risks()
        .review(w.planningLeader, new ReviewRiskPoint(none, "看看")));
    assertEquals(onNothing.messageEn().replace(none.toString(), point.toString()), onPoint.messageEn());
    assertEquals(onNothing.messageZh().replace(none.toString(), point.toString()), onPoint.messageZh());
    Refusal grading = NoTrace.assertRefused(store, Refusal.Code.UNKNOWN_REFERENCE, () -> w.lianfang.risks()
        .grade(w.planningLeader, new GradeRiskPoint(point, 2, 2, false, false)));
    assertEquals(onPoint, grading, "whatever the command");
    NoTrace.assertRefused(store, Refusal.Code.ACCESS_DENIED, () -> w.lianfang.risks()
        .grade(w.approverHolder, new GradeRiskPoint(point, 2, 2, false, false)));
  }
}

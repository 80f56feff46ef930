package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.lianfang.Actor;
import org.lianfang.DomainEvent;
import org.lianfang.Role;
import org.lianfang.application.organization.ChangePostProfile;
import org.lianfang.application.risk.CommentOnNotice;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.PublishRiskPoint;
import org.lianfang.application.risk.ReviewRiskPoint;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.ledger.Verification;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Transparency;
import org.lianfang.risk.DiscoveryChannel;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.NoticeComment;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/**
 * Sealed identities (P-11) through a {@link World} on any store, for the in-memory tests and each database's: issue
 * 10's findings 5 (a point going stale keeps its comments) and 10 (who raised a point of colleagues or the public is
 * sealed like a commenter). Each method runs its scenario and asserts what every store must show.
 */
public final class SealedIdentities {
  /** The approver's post after a change of its duties (P-3): what makes the points on it stale. */
  static final PostProfile CHANGED = new PostProfile(false, Set.of(Resource.GOODS), true, false,
      Set.of(AdministrativePower.LICENSING), Transparency.PARTIAL);

  private SealedIdentities() {}

  /**
   * Finding 5: two visitors comment on a notice; the post's powers change, so the point goes stale and loses its
   * notice (P-3); the comments stay, as earlier comments, their authors sealed for readers without clearance; the
   * point is published again and takes a comment of its own, counted apart from the earlier ones.
   *
   * @param w a fresh world
   * @return the point, stale, published again and commented on, with two earlier comments and one on its notice
   */
  public static RiskPointId staleKeepsItsComments(World w) {
    RiskPointId id = w.published(w.aPointOnApprover().build());
    w.lianfang.risks().comment(visitor(w, "citizen-甲"), new CommentOnNotice(id, "审批窗口有人暗示“加急费”")).orElseThrow();
    w.lianfang.risks().comment(visitor(w, "citizen-乙"), new CommentOnNotice(id, "材料补正通知不说明理由")).orElseThrow();
    w.lianfang.organization().changePostProfile(w.landLeader,
        new ChangePostProfile(w.approver, CHANGED)).orElseThrow();

    RiskPoint stale = w.lianfang.risks().queries().riskPoint(w.inspector, id).orElseThrow();
    assertEquals(ReviewState.STALE, stale.state());
    assertTrue(stale.notice().isEmpty(), "the notice no longer holds (P-3)");
    assertEquals(List.of("citizen-甲", "citizen-乙"),
        stale.earlierComments().stream().map(NoticeComment::authorId).toList(),
        "the comments stay on record, their authors for those cleared to read them");
    RiskPoint audited = w.lianfang.risks().queries().riskPoint(w.auditor, id).orElseThrow();
    assertEquals(List.of(NoticeComment.SEALED, NoticeComment.SEALED),
        audited.earlierComments().stream().map(NoticeComment::authorId).toList());
    assertTrue(audited.earlierComments().stream().allMatch(c -> c.seal().isEmpty()));
    assertEquals(List.of("审批窗口有人暗示“加急费”", "材料补正通知不说明理由"),
        audited.earlierComments().stream().map(NoticeComment::text).toList(), "what was said is not sealed");

    w.lianfang.risks().review(w.landLeader, new ReviewRiskPoint(id, "岗位职权调整后复核")).orElseThrow();
    w.lianfang.risks().grade(w.landLeader, new GradeRiskPoint(id, 3, 3, false, false)).orElseThrow();
    LocalDate today = w.clock.today();
    w.lianfang.risks().publish(w.landLeader, new PublishRiskPoint(id, NoticeAudience.PUBLIC, "局机关公示栏", today,
        today.plusDays(5))).orElseThrow();
    w.lianfang.risks().comment(visitor(w, "citizen-甲"), new CommentOnNotice(id, "复核后仍有人索要好处")).orElseThrow();
    RiskPoint again = w.lianfang.risks().queries().riskPoint(w.inspector, id).orElseThrow();
    assertEquals(List.of("复核后仍有人索要好处"),
        again.notice().orElseThrow().comments().stream().map(NoticeComment::text).toList());
    assertEquals(2, again.earlierComments().size());
    assertIntact(w);
    return id;
  }

  /**
   * Finding 10: a section head points out a risk of the approver's post (大家提) and a clerk enters a public report
   * (群众举报). The holder of the post, the unit's leader and the auditor read the points without their raisers; the
   * inspector, cleared for sealed identities, reads both with their seals; the journal names no one for either. A
   * point the holder finds themselves names its holder to all of them.
   *
   * @param w a fresh world
   * @return the point the section head raised
   */
  public static RiskPointId raisersAreSealed(World w) {
    RiskPointId byColleague = w.lianfang.risks().identify(w.sectionHead, w.aPointOnApprover()
        .foundBy(DiscoveryMethod.COLLEAGUES).build()).orElseThrow();
    RiskPointId reported = w.lianfang.risks().identify(w.landLeader, w.aPointOnApprover()
        .foundBy(DiscoveryMethod.ORGANISATION).through(DiscoveryChannel.PUBLIC_REPORT).build()).orElseThrow();
    RiskPointId ownFinding = w.lianfang.risks().identify(w.approverHolder, w.aPointOnApprover()
        .foundBy(DiscoveryMethod.SELF).build()).orElseThrow();

    for (Actor reader : List.of(w.approverHolder, w.landLeader, w.auditor)) {
      for (RiskPointId id : List.of(byColleague, reported)) {
        RiskPoint seen = w.lianfang.risks().queries().riskPoint(reader, id).orElseThrow();
        assertEquals(NoticeComment.SEALED, seen.identifiedBy(), reader.id() + " must not learn who raised it");
        assertEquals("", seen.raiserSeal());
        assertFalse(seen.toString().contains(w.sectionHead.id()), seen.toString());
      }
      assertEquals(w.approverHolder.id(),
          w.lianfang.risks().queries().riskPoint(reader, ownFinding).orElseThrow().identifiedBy());
    }
    RiskPoint cleared = w.lianfang.risks().queries().riskPoint(w.inspector, byColleague).orElseThrow();
    assertEquals(w.sectionHead.id(), cleared.identifiedBy(), "the inspector is cleared to read who raised it");
    assertTrue(cleared.raiserSeal().matches("[0-9a-f]{32}"), cleared.raiserSeal());
    assertEquals(w.landLeader.id(),
        w.lianfang.risks().queries().riskPoint(w.inspector, reported).orElseThrow().identifiedBy());

    List<JournalEntry> journal = w.lianfang.ledger().queries().journal(w.auditor, w.land, 1, 10_000).orElseThrow();
    for (RiskPointId id : List.of(byColleague, reported)) {
      JournalEntry identified = journal.stream().filter(e -> e.recordId().equals(id.value())).findFirst()
          .orElseThrow();
      assertEquals(DomainEvent.SEALED_ACTOR, identified.actorId());
    }
    assertEquals(w.approverHolder.id(), journal.stream().filter(e -> e.recordId().equals(ownFinding.value()))
        .findFirst().orElseThrow().actorId());
    assertIntact(w);
    return byColleague;
  }

  private static void assertIntact(World w) {
    assertTrue(w.lianfang.ledger().queries().verifyRecords(w.inspector, w.land).orElseThrow().intact(),
        "the records' digests cover the kept comments and the raisers' seals");
    assertTrue(w.lianfang.ledger().queries().verifyJournal(w.inspector, w.land).orElseThrow()
        instanceof Verification.Intact);
  }

  private static Actor visitor(World w, String id) {
    return Actor.of(id, "群众", List.of(Role.PUBLIC), List.of(w.city));
  }
}

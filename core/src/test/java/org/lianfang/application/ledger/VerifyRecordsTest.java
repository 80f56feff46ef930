package org.lianfang.application.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.application.risk.CommentOnNotice;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.ledger.RecordVerification.Problem;
import org.lianfang.ledger.RecordVerification;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.NoticeComment;
import org.lianfang.risk.PublicNotice;
import org.lianfang.risk.RiskDescription;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.World;

/**
 * Issue 10, finding 2, on the in-memory store: each journal entry carries the digest of its record's state after the
 * change, and {@code verifyRecords} compares the records as stored with the latest of them. The stores' own
 * repositories stand in for whoever writes beside Lianfang (the JDBC tests do it with SQL).
 */
class VerifyRecordsTest {
  private World w;
  private LedgerQueries ledger;
  private RiskPointId commented;

  @BeforeEach
  void world() {
    w = World.in(InMemoryStore.create());
    ledger = w.lianfang.ledger().queries();
    commented = w.published(w.aPointOnApprover().described("审批时收受好处").build());
    w.lianfang.risks().comment(w.visitor, new CommentOnNotice(commented, "举报人：某科员曾索要好处费"))
        .orElseThrow();
  }

  @Test
  void finding2TheRecordsCommandsWroteAgreeWithTheirJournal() {
    RecordVerification v = ledger.verifyRecords(w.auditor, w.land).orElseThrow();
    assertEquals(List.of(), v.findings());
    assertEquals(17, v.records(), "the land bureau, its 4 posts, 5 officials, 4 tenures, power item, process, point");
  }

  @Test
  void finding2EachEntryCarriesTheDigestOfItsRecordAfterTheChange() {
    List<JournalEntry> chain = ledger.journal(w.auditor, w.land, 1, 1000).orElseThrow();
    RiskPoint now = w.store.riskPoints().find(commented).orElseThrow();
    JournalEntry last = chain.get(chain.size() - 1);
    assertEquals("risk.commented", last.eventType());
    assertEquals(commented.value(), last.recordId());
    assertEquals(JournalChain.recordDigest(ChainDigest.SHA_256, AggregateKinds.state(now)), last.recordDigest());
    JournalEntry first = chain.get(0);
    assertEquals(w.land.value(), first.recordId(), "a unit's registration names the unit");
    assertEquals(JournalChain.recordDigest(ChainDigest.SHA_256,
        AggregateKinds.state(w.store.units().find(w.land).orElseThrow())),
        first.recordDigest());
    assertEquals(chain.stream().filter(e -> e.recordId().equals(commented.value())).count(),
        chain.stream().filter(e -> e.eventType().startsWith("risk.")).count(), "every risk event names the point");
  }

  @Test
  void finding2ARecordEditedBesideTheJournalIsFoundAndNamed() {
    RiskPoint p = w.store.riskPoints().find(commented).orElseThrow();
    RiskDescription d = p.description();
    RiskPoint edited = RiskPoint.restore(p.id(), p.code(), p.location(),
        new RiskDescription(d.category(), "审批时严格把关", d.manifestation(), d.sources(), d.method(), d.channel()),
        p.owners(), p.custom(), p.state(), p.grading(), p.notice(), p.confirmation(), p.history(), p.identifiedBy(),
        p.identifiedAt(), p.version());
    w.store.transactions().inTransaction(() -> {
      w.store.riskPoints().update(edited);
      return null;
    });
    assertTrue(ledger.verifyJournal(w.auditor, w.land).orElseThrow().intact(), "the chain alone does not see it");
    List<RecordVerification.Finding> found = ledger.verifyRecords(w.auditor, w.land).orElseThrow().findings();
    assertEquals(1, found.size(), found.toString());
    assertEquals(Problem.EDITED, found.get(0).problem());
    assertEquals(commented.value(), found.get(0).recordId());
    assertTrue(found.get(0).reasonZh().contains(p.code()), found.get(0).reasonZh());
  }

  @Test
  void finding2ARecordInsertedBesideTheJournalHasNoEntry() {
    Post forged = Post.register(new PostId(UUID.fromString("01234567-89ab-7def-8123-456789abcdef")), w.land,
        "GT-99", "冒名岗位", PostProfile.ordinary()).after();
    w.store.transactions().inTransaction(() -> {
      w.store.posts().insert(forged);
      return null;
    });
    List<RecordVerification.Finding> found = ledger.verifyRecords(w.auditor, w.land).orElseThrow().findings();
    assertEquals(List.of(Problem.NO_ENTRY), found.stream().map(RecordVerification.Finding::problem).toList());
    assertEquals("posts", found.get(0).kind());
    assertTrue(found.get(0).reasonEn().contains("GT-99"), found.get(0).reasonEn());
  }

  @Test
  void recordsAreVerifiedOnlyByThoseWhoMayReadTheJournal() {
    Outcome<RecordVerification> denied = ledger.verifyRecords(w.approverHolder, w.land);
    assertEquals(Refusal.Code.ACCESS_DENIED, ((Outcome.Refused<?>) denied).refusal().code());
  }

  /**
   * P-11 with finding 2: the digest covers the commenter, but with a random seal that readers without clearance never
   * see, so an auditor who reads the sealed point and its digest cannot find who commented by trying every official.
   */
  @Test
  void p11_finding2TheDigestDoesNotLetAReaderWithoutClearanceGuessTheCommenter() {
    RiskPoint clear = w.store.riskPoints().find(commented).orElseThrow();
    NoticeComment c = clear.notice().orElseThrow().comments().get(0);
    assertTrue(c.seal().matches("[0-9a-f]{32}"), c.seal());
    String digest = JournalChain.recordDigest(ChainDigest.SHA_256, AggregateKinds.state(clear));

    RiskPoint seen = ledger.records(w.auditor, w.land, AggregateKinds.RISK_POINTS).orElseThrow().get(0);
    NoticeComment sealed = seen.notice().orElseThrow().comments().get(0);
    assertEquals(new NoticeComment(NoticeComment.SEALED, c.text(), c.receivedAt(), ""), sealed);
    for (String guess : Stream.of(w.visitor.id(), "public", w.zhang.toString(), w.auditor.id()).toList()) {
      assertNotEquals(digest, JournalChain.recordDigest(ChainDigest.SHA_256, AggregateKinds.state(withComment(seen,
          new NoticeComment(guess, c.text(), c.receivedAt(), "")))), guess);
    }
    assertEquals(digest, JournalChain.recordDigest(ChainDigest.SHA_256, AggregateKinds.state(withComment(seen, c))),
        "with the seal and the author, which clearance reads, the digest is the one in the journal");

    w.lianfang.risks().comment(w.visitor, new CommentOnNotice(commented, "第二条意见")).orElseThrow();
    List<NoticeComment> both = w.store.riskPoints().find(commented).orElseThrow().notice().orElseThrow().comments();
    assertFalse(both.get(0).seal().equals(both.get(1).seal()), "each comment draws its own seal");
  }

  private static RiskPoint withComment(RiskPoint p, NoticeComment only) {
    PublicNotice n = p.notice().orElseThrow();
    return RiskPoint.restore(p.id(), p.code(), p.location(), p.description(), p.owners(), p.custom(), p.state(),
        p.grading(), Optional.of(new PublicNotice(n.audience(), n.scope(), n.start(), n.end(), List.of(only))),
            p.confirmation(),
        p.history(), p.identifiedBy(), p.identifiedAt(), p.version());
  }
}

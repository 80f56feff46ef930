package org.lianfang.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.DomainEvent;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.testing.Generators;
import org.lianfang.testing.RiskGenerators;
import org.quicktheories.core.Gen;

/**
 * Any sequence of commands on one risk point, run straight on the aggregate against a model of the rules written here
 * from {@code docs/domain.md} (S-3, S-5, S-6, P-1, P-3, P-5) and the transition table of {@code docs/decisions.md}:
 * each command is accepted exactly when the model says so, with exactly one event of its kind and the point's id,
 * unit and version untouched; a refused command gives a reason in Chinese and English and the point stays as it was.
 * After every step the review's invariants hold: a published or confirmed point has its notice, a current grade and
 * its owners; a confirmation comes on or after the end of its notice; a stale point has neither notice nor
 * confirmation; and the history is an unbroken walk through the table from DRAFT to the current state.
 */
class RiskPointPropertyTest {
  /** A comment's seal (P-11): the random bits kept with a sealed author. */
  private static final String SEAL = "5ea1".repeat(8);

  private static final OwnerChain OTHER_OWNERS = new OwnerChain(RiskPointTest.OWNERS.sectionHead(),
      RiskPointTest.OWNERS.directOwner(), RiskPointTest.OWNERS.responsibleLeader());
  private static final Set<ReviewState> REVISABLE =
      EnumSet.of(ReviewState.DRAFT, ReviewState.REVIEWED, ReviewState.STALE);

  /** One command: its kind, how many days pass before it, and two numbers it draws its dates or choices from. */
  record Step(Kind kind, int daysLater, int offset, int length) {}

  enum Kind { REVIEW, PUBLISH, COMMENT, CONFIRM, RETIRE, MARK_STALE, GRADE, ASSIGN_OWNERS }

  /** Kinds weighted so that sequences often get far along the workflow before a retirement ends them. */
  private static final Kind[] WEIGHTED = {Kind.REVIEW, Kind.REVIEW, Kind.REVIEW, Kind.PUBLISH, Kind.PUBLISH,
      Kind.PUBLISH, Kind.COMMENT, Kind.COMMENT, Kind.CONFIRM, Kind.CONFIRM, Kind.CONFIRM, Kind.RETIRE,
      Kind.MARK_STALE, Kind.MARK_STALE, Kind.GRADE, Kind.GRADE, Kind.ASSIGN_OWNERS};

  static Gen<List<Step>> sequences() {
    Gen<Step> step = integers().between(0, WEIGHTED.length - 1).zip(integers().between(0, 6),
        integers().between(-3, 4), integers().between(1, 12), (k, d, o, l) -> new Step(WEIGHTED[k], d, o, l));
    return lists().of(step).ofSizeBetween(1, 40);
  }

  /** What the rules say the point is, kept apart from the code. */
  static final class Model {
    ReviewState state = ReviewState.DRAFT;
    boolean graded;
    boolean gradeStale;
    Optional<OwnerChain> owners = Optional.empty();
    LocalDate noticeStart;
    LocalDate noticeEnd;
    int comments;
    /** Comments of notices the point went stale from: kept (issue 10, finding 5). */
    int earlierComments;
    boolean confirmed;
    int historySize;

    boolean noticeRuns(LocalDate day) {
      return noticeStart != null && !day.isBefore(noticeStart) && day.isBefore(noticeEnd);
    }
  }

  @Test
  void everyCommandIsAcceptedExactlyWhenTheRulesAllowItWithOneEventAndTheInvariantsHold() {
    qt().withExamples(300).forAll(sequences()).checkAssert(steps -> {
      Model m = new Model();
      RiskPoint p = RiskPointTest.draft(Optional.empty());
      LocalDate today = RiskPointTest.DAY;
      for (Step s : steps) {
        today = today.plusDays(s.daysLater());
        RiskPoint before = p;
        p = apply(s, p, m, today);
        assertEquals(before.id(), p.id());
        assertEquals(before.unitId(), p.unitId());
        assertEquals(before.code(), p.code());
        assertEquals(before.version(), p.version(), "only a store moves the version");
        assertMatches(m, p);
        assertInvariants(p);
      }
    });
  }

  /** Runs one step on the point and the model, checks the outcome, and gives the point after it. */
  private static RiskPoint apply(Step s, RiskPoint p, Model m, LocalDate today) {
    ReviewState from = m.state;
    java.time.Instant at = RiskPointTest.at(today);
    switch (s.kind()) {
      case REVIEW -> {
        boolean ok = from == ReviewState.DRAFT || from == ReviewState.STALE;
        Outcome<Change<RiskPoint>> o = p.review("reviewer", at, "审核");
        if (ok) {
          m.state = ReviewState.REVIEWED;
          m.historySize++;
        }
        return check(o, ok, Refusal.Code.ILLEGAL_TRANSITION, RiskEvent.RiskPointReviewed.class, p);
      }
      case PUBLISH -> {
        LocalDate start = today.plusDays(s.offset());
        LocalDate end = start.plusDays(s.length());
        Outcome<Change<RiskPoint>> o = p.publish("clerk", at, today, NoticeAudience.PUBLIC, "公示栏", start, end);
        boolean ok = from == ReviewState.REVIEWED && !start.isBefore(today) && m.graded && !m.gradeStale
            && m.owners.isPresent();
        if (ok) {
          m.state = ReviewState.PUBLISHED;
          m.noticeStart = start;
          m.noticeEnd = end;
          m.comments = 0;
          m.historySize++;
        }
        Refusal.Code why = from == ReviewState.REVIEWED ? Refusal.Code.RULE_VIOLATED : Refusal.Code.ILLEGAL_TRANSITION;
        return check(o, ok, why, RiskEvent.RiskPointPublished.class, p);
      }
      case COMMENT -> {
        boolean ok = from == ReviewState.PUBLISHED && m.noticeRuns(today);
        Outcome<Change<RiskPoint>> o = p.comment("public", at, today, "意见" + s.length(), SEAL);
        if (ok) {
          m.comments++;
        }
        return check(o, ok, Refusal.Code.RULE_VIOLATED, RiskEvent.NoticeCommentReceived.class, p);
      }
      case CONFIRM -> {
        LocalDate decidedOn = s.offset() == 4 ? today.plusDays(1) : today.minusDays(s.length() % 5);
        Outcome<Change<RiskPoint>> o = p.confirm("leader", at, today, "局党组会议", decidedOn);
        boolean ok = from == ReviewState.PUBLISHED && !today.isBefore(m.noticeEnd)
            && !decidedOn.isBefore(m.noticeEnd) && !decidedOn.isAfter(today);
        if (ok) {
          m.state = ReviewState.CONFIRMED;
          m.confirmed = true;
          m.historySize++;
        }
        Refusal.Code why = from == ReviewState.PUBLISHED ? Refusal.Code.RULE_VIOLATED
            : Refusal.Code.ILLEGAL_TRANSITION;
        return check(o, ok, why, RiskEvent.RiskPointConfirmed.class, p);
      }
      case RETIRE -> {
        boolean ok = from != ReviewState.RETIRED;
        Outcome<Change<RiskPoint>> o = p.retire("leader", at, "撤销");
        if (ok) {
          m.state = ReviewState.RETIRED;
          m.historySize++;
        }
        return check(o, ok, Refusal.Code.ILLEGAL_TRANSITION, RiskEvent.RiskPointRetired.class, p);
      }
      case MARK_STALE -> {
        Optional<Change<RiskPoint>> c = p.markStale("hr", at, "岗位调整");
        boolean stateMoves = from == ReviewState.REVIEWED || from == ReviewState.PUBLISHED
            || from == ReviewState.CONFIRMED;
        boolean gradeMoves = from != ReviewState.RETIRED && m.graded && !m.gradeStale;
        assertEquals(stateMoves || gradeMoves, c.isPresent(), "P-3: a change marks stale only what it affects");
        if (stateMoves) {
          m.state = ReviewState.STALE;
          m.noticeStart = null;
          m.noticeEnd = null;
          m.earlierComments += m.comments;
          m.comments = 0;
          m.confirmed = false;
          m.historySize++;
        }
        if (gradeMoves) {
          m.gradeStale = true;
        }
        if (c.isEmpty()) {
          return p;
        }
        assertOneEvent(c.get(), RiskEvent.RiskPointMarkedStale.class);
        return c.get().after();
      }
      case GRADE -> {
        boolean ok = REVISABLE.contains(from);
        Outcome<Change<RiskPoint>> o = p.grade("grader", at, RiskPointTest.ASSESSMENT, RiskPointTest.GRADE);
        if (ok) {
          m.graded = true;
          m.gradeStale = false;
        }
        return check(o, ok, Refusal.Code.ILLEGAL_TRANSITION, RiskEvent.RiskPointGraded.class, p);
      }
      case ASSIGN_OWNERS -> {
        OwnerChain chain = s.length() % 2 == 0 ? RiskPointTest.OWNERS : OTHER_OWNERS;
        Outcome<Change<RiskPoint>> o = p.assignOwners("leader", chain);
        boolean ok = REVISABLE.contains(from) && !m.owners.equals(Optional.of(chain));
        if (ok) {
          m.owners = Optional.of(chain);
        }
        Refusal.Code why = REVISABLE.contains(from) ? Refusal.Code.RULE_VIOLATED : Refusal.Code.ILLEGAL_TRANSITION;
        return check(o, ok, why, RiskEvent.OwnersAssigned.class, p);
      }
      default -> throw new AssertionError(s.kind());
    }
  }

  private static RiskPoint check(
      Outcome<Change<RiskPoint>> o, boolean ok, Refusal.Code why, Class<? extends RiskEvent> event, RiskPoint p) {
    if (!ok) {
      Refusal r = o.whyRefused().orElseThrow(() -> new AssertionError("accepted against the rules"));
      assertEquals(why, r.code(), r.message());
      assertFalse(r.messageZh().isBlank());
      assertFalse(r.messageEn().isBlank());
      return p;
    }
    assertTrue(o.isAccepted(), () -> "refused against the rules: " + o.whyRefused().get().message());
    Change<RiskPoint> c = o.orElseThrow();
    assertOneEvent(c, event);
    return c.after();
  }

  private static void assertOneEvent(Change<RiskPoint> c, Class<? extends RiskEvent> event) {
    assertEquals(1, c.events().size(), "exactly one event per change");
    DomainEvent e = c.events().get(0);
    RiskEvent r = assertInstanceOf(event, e);
    assertEquals(c.after().id(), r.riskPointId());
  }

  private static void assertMatches(Model m, RiskPoint p) {
    assertEquals(m.state, p.state());
    assertEquals(m.historySize, p.history().size());
    assertEquals(m.graded, p.grading().isPresent());
    assertEquals(m.gradeStale, p.grading().map(GradingRecord::stale).orElse(false));
    assertEquals(m.owners, p.owners());
    assertEquals(m.confirmed, p.confirmation().isPresent());
    assertEquals(m.noticeStart != null, p.notice().isPresent());
    p.notice().ifPresent(n -> {
      assertEquals(m.noticeStart, n.start());
      assertEquals(m.noticeEnd, n.end());
      assertEquals(m.comments, n.comments().size());
    });
    assertEquals(m.earlierComments, p.earlierComments().size(), "finding 5: a stale point keeps its comments");
    assertEquals(p.riskReview(), RiskReview.restore(p.state(), p.notice(), p.confirmation(), p.history(),
        p.earlierComments()));
  }

  private static void assertInvariants(RiskPoint p) {
    ReviewState s = p.state();
    if (s == ReviewState.PUBLISHED || s == ReviewState.CONFIRMED) {
      assertTrue(p.notice().isPresent(), "S-5: a published point has its notice");
      assertTrue(p.grading().isPresent() && !p.grading().get().stale(), "S-6: published with a current grade");
      assertTrue(p.owners().isPresent(), "P-1: published with its owners");
    }
    if (s == ReviewState.CONFIRMED) {
      Confirmation c = p.confirmation().orElseThrow(() -> new AssertionError("S-3: confirmed without a decision"));
      assertFalse(c.decidedOn().isBefore(p.notice().get().end()), "P-5: decided before the notice ended");
    }
    if (s == ReviewState.STALE) {
      assertEquals(Optional.empty(), p.notice(), "P-3: a stale point's notice no longer holds");
      assertEquals(Optional.empty(), p.confirmation(), "P-3: a stale point's confirmation no longer holds");
    }
    ReviewState at = ReviewState.DRAFT;
    for (ReviewRecord r : p.history()) {
      assertEquals(at, r.from(), "the history is unbroken");
      assertEquals(Optional.of(r.to()), ReviewTransitions.target(r.from(), r.action()), "every step is in the table");
      at = r.to();
    }
    assertEquals(s, at, "the history ends in the current state");
  }

  @Test
  void aStoredPointComesBackEqualThroughItsRestoreFactory() {
    UnitId unit = RiskPointTest.UNIT;
    qt().withExamples(100).forAll(RiskGenerators.riskPoints(unit)).checkAssert(p -> {
      RiskPoint back = RiskPoint.restore(p.id(), p.code(), p.location(), p.description(), p.owners(), p.custom(),
          p.state(), p.grading(), p.notice(), p.confirmation(), p.history(), p.earlierComments(), p.identifiedBy(),
          p.raiserSeal(), p.identifiedAt(), p.version());
      assertEquals(p, back);
      assertEquals(p.hashCode(), back.hashCode());
      assertEquals(RiskReview.restore(p.state(), p.notice(), p.confirmation(), p.history(), p.earlierComments()),
          back.riskReview());
    });
  }
}

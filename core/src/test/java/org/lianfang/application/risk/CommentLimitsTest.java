package org.lianfang.application.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianfang.Actor;
import org.lianfang.Refusal;
import org.lianfang.Role;
import org.lianfang.application.Lianfang;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.risk.CommentLimits;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.NoTrace;
import org.lianfang.testing.World;

/**
 * Issue 10, finding 5 (its bound): a notice takes at most so many comments, and one actor at most so many a day, as
 * the host's {@link CommentLimits} say (P-5); a comment past a bound is refused naming the bound, in both languages,
 * and leaves no trace.
 */
class CommentLimitsTest {
  private InMemoryStore store;
  private World w;
  private Lianfang bounded;
  private RiskPointId point;

  @BeforeEach
  void world() {
    store = InMemoryStore.create();
    w = World.in(store);
    bounded = Lianfang.builder(store).clock(w.clock).commentLimits(new CommentLimits(4, 2)).build();
    point = w.published(w.aPointOnApprover().build());
  }

  private Actor visitor(String id) {
    return Actor.of(id, "群众", java.util.List.of(Role.PUBLIC), java.util.List.of(w.city));
  }

  private boolean comment(Actor actor, String text) {
    return bounded.risks().comment(actor, new CommentOnNotice(point, text)).isAccepted();
  }

  @Test
  void p5_finding5OneActorLeavesAtMostItsDailyBoundAndMoreTheNextDay() {
    Actor a = visitor("visitor-a");
    assertTrue(comment(a, "第一条"));
    assertTrue(comment(a, "第二条"));
    Refusal r = NoTrace.assertRefused(store, Refusal.Code.RULE_VIOLATED,
        () -> bounded.risks().comment(a, new CommentOnNotice(point, "第三条")));
    assertTrue(r.messageZh().contains("24 小时内") && r.messageEn().contains("within 24 hours"), r.toString());
    assertTrue(comment(visitor("visitor-b"), "别人的意见"), "another actor has a bound of their own");
    w.clock.advance(Duration.ofHours(24).plusMinutes(1));
    assertTrue(comment(a, "次日的意见"), "a day later the actor may comment again");
  }

  @Test
  void p5_finding5ANoticeTakesAtMostItsBoundFromEveryone() {
    for (int i = 0; i < 4; i++) {
      assertTrue(comment(visitor("visitor-" + i), "意见" + i));
    }
    Refusal r = NoTrace.assertRefused(store, Refusal.Code.RULE_VIOLATED,
        () -> bounded.risks().comment(visitor("visitor-9"), new CommentOnNotice(point, "第五条")));
    assertTrue(r.messageZh().contains("上限 4 条") && r.messageEn().contains("limit of 4"), r.toString());
    assertEquals(4, store.riskPoints().find(point).orElseThrow().riskReview().notice().orElseThrow()
        .comments().size());
  }

  @Test
  void theStandardBoundsAreGenerousAndABoundBelowOneIsNotABound() {
    assertEquals(new CommentLimits(500, 20), CommentLimits.standard());
    assertThrows(IllegalArgumentException.class, () -> new CommentLimits(0, 1));
    assertThrows(IllegalArgumentException.class, () -> new CommentLimits(1, 0));
  }
}

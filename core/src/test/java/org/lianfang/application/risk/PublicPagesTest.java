package org.lianfang.application.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianfang.Actor;
import org.lianfang.Grant;
import org.lianfang.Refusal;
import org.lianfang.Role;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.risk.PublishedPage;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.PublishedRisk;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.RiskPointFixture;
import org.lianfang.testing.PublicReads;
import org.lianfang.testing.World;

/**
 * Issue 10, bounded public reads (S-5, P-11): the public view is read a page at a time, a page is capped whatever the
 * limit asked, and a limit or a page position the query did not give is refused naming the field.
 */
class PublicPagesTest {
  private final World w = World.in(InMemoryStore.create());

  @Test
  void s5_pagesReadOneAfterAnotherHoldEveryPublishedPointOnceAndAPageIsCapped() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < RiskQueries.MAX_PUBLIC_PAGE + 5; i++) {
      codes.add(w.lianfang.risks().queries().riskPoint(w.inspector, w.published(w.aPointOnApprover().build()))
          .orElseThrow().code());
    }
    PublishedPage first = w.lianfang.risks().queries().publishedRisks(w.visitor, w.city, Optional.empty(), 10_000)
        .orElseThrow();
    assertEquals(RiskQueries.MAX_PUBLIC_PAGE, first.risks().size(), "capped");
    PublishedPage second = w.lianfang.risks().queries().publishedRisks(w.visitor, w.city, first.next(), 10_000)
        .orElseThrow();
    assertEquals(5, second.risks().size());
    assertTrue(second.next().isEmpty(), "the last page");
    List<String> paged = PublicReads.all(w.lianfang.risks().queries(), w.visitor, w.city, null, 3).stream()
        .map(PublishedRisk::code).sorted().toList();
    assertEquals(codes.stream().sorted().toList(), paged);
  }

  @Test
  void aLimitBelowOneOrAPagePositionTheQueryDidNotGiveIsRefusedNamingTheField() {
    w.published(w.aPointOnApprover().build());
    RiskQueries q = w.lianfang.risks().queries();
    for (int limit : new int[] {0, -1, Integer.MIN_VALUE}) {
      Refusal r = q.publishedRisks(w.visitor, w.city, Optional.empty(), limit).whyRefused().orElseThrow();
      assertEquals(Refusal.Code.INVALID_INPUT, r.code());
      assertEquals("limit", r.violations().get(0).path());
    }
    for (String after : List.of("", "x", "12345678-1234-1234-1234-123456789abc",
        "12345678-1234-1234-1234-123456789ABC~12345678-1234-1234-1234-123456789abc", "~", "1-1-1-1-1~1-1-1-1-1",
        "12345678-1234-1234-1234-123456789abc~12345678-1234-1234-1234-123456789abc~")) {
      Refusal r = q.publishedRisks(w.visitor, w.city, Optional.of(after), 10).whyRefused().orElseThrow();
      assertEquals(Refusal.Code.INVALID_INPUT, r.code(), after);
      assertEquals("after", r.violations().get(0).path(), after);
    }
  }

  /**
   * An actor who sees different audiences in different units (an auditor of the land bureau, the public elsewhere)
   * reads, page after page, every notice of the land bureau and only the public ones of the planning bureau: the
   * units' groups are merged into one order, each point once.
   */
  @Test
  void finding11_pagesMergeUnitsWhoseAudiencesDiffer() {
    java.util.Set<String> expected = new java.util.HashSet<>();
    for (NoticeAudience a : List.of(NoticeAudience.UNIT, NoticeAudience.PUBLIC, NoticeAudience.UNIT)) {
      expected.add(code(w.published(w.aPointOnApprover().build(), a, "局机关公示栏")));
      RiskPointId planned = plannedAndPublished(a);
      if (a == NoticeAudience.PUBLIC) {
        expected.add(code(planned));
      }
    }
    Actor reader = Actor.granted("reader", "国土局审计员（兼社会公众）", List.of(Grant.of(Role.AUDITOR, w.land),
        Grant.of(Role.PUBLIC, w.city)));
    List<String> read = PublicReads.all(w.lianfang.risks().queries(), reader, w.city, null, 2).stream()
        .map(PublishedRisk::code).toList();
    assertEquals(expected.size(), read.size(), read.toString());
    assertEquals(expected, java.util.Set.copyOf(read));
  }

  private RiskPointId plannedAndPublished(NoticeAudience audience) {
    RiskPointId id = w.lianfang.risks().identify(w.planningLeader, RiskPointFixture.aRiskPoint(w.planning)
        .onPost(w.planner).ownedBy(w.sun, w.sun, w.sun).build()).orElseThrow();
    w.lianfang.risks().review(w.planningLeader, new ReviewRiskPoint(id, "经审核属实")).orElseThrow();
    w.lianfang.risks().grade(w.planningLeader, new GradeRiskPoint(id, 3, 3, false, false)).orElseThrow();
    java.time.LocalDate today = w.clock.today();
    w.lianfang.risks().publish(w.planningLeader, new PublishRiskPoint(id, audience, "规划局公示栏", today,
        today.plusDays(7))).orElseThrow();
    return id;
  }

  private String code(RiskPointId id) {
    return w.lianfang.risks().queries().riskPoint(w.inspector, id).orElseThrow().code();
  }
}

package org.lianfang.application.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianfang.Refusal;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.risk.PublishedPage;
import org.lianfang.risk.PublishedRisk;
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
}

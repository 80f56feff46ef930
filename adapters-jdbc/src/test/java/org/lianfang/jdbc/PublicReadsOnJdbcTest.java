package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.StatementCounter;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.risk.PublishedPage;
import org.lianfang.risk.PublishedRisk;
import org.lianfang.testing.PublicReads;
import org.lianfang.testing.World;

/**
 * Issue 10, bounded public reads, on every database: what an anonymous visitor's call costs the store does not grow
 * with the number of published points — the same statements for a page whether the city has 8 points on notice or
 * 40 — and the pages, read one after another, hold every published point once.
 */
class PublicReadsOnJdbcTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aPublicPageCostsTheSameStatementsWhateverTheNumberOfPoints(TestDatabases.Kind kind) throws Exception {
    StatementCounter counter = Stores.counted(kind);
    World w = World.in(JdbcStore.of(counter.dataSource()));
    publish(w, 8);
    List<String> few = pageStatements(counter, w);
    publish(w, 32);
    List<String> many = pageStatements(counter, w);
    assertEquals(few.size(), many.size(), kind + ": " + many);
    assertTrue(few.size() <= 8, kind + ": a handful of statements, not one per unit or point: " + few);

    List<PublishedRisk> all = PublicReads.all(w.lianfang.risks().queries(), w.visitor, w.city, null, 7);
    Set<String> codes = new HashSet<>();
    all.forEach(r -> assertTrue(codes.add(r.code()), "once: " + r.code()));
    assertEquals(40, codes.size(), kind.toString());
  }

  private static void publish(World w, int n) {
    for (int i = 0; i < n; i++) {
      w.published(w.aPointOnApprover().build());
    }
  }

  private static List<String> pageStatements(StatementCounter counter, World w) {
    int mark = counter.statements().size();
    PublishedPage page = w.lianfang.risks().queries().publishedRisks(w.visitor, w.city, Optional.empty(), 5)
        .orElseThrow();
    assertEquals(5, page.risks().size());
    assertTrue(page.next().isPresent());
    return List.copyOf(counter.statements().subList(mark, counter.statements().size()));
  }
}

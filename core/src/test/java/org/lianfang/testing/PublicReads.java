package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lianfang.Actor;
import org.lianfang.UnitId;
import org.lianfang.application.risk.RiskQueries;
import org.lianfang.grading.GradeLabels;
import org.lianfang.risk.PublishedPage;
import org.lianfang.risk.PublishedRisk;

/** Reads the whole public view of a subtree through the paged query, as a host's notice board would. */
public final class PublicReads {
  private PublicReads() {}

  /**
   * @param q the risk queries
   * @param actor who reads
   * @param unit the top unit
   * @param labels the grade labels, or null for the instance's
   * @param pageSize the page size asked
   * @return every point of every page, in page order; each page no longer than asked
   */
  public static List<PublishedRisk> all(RiskQueries q, Actor actor, UnitId unit, GradeLabels labels, int pageSize) {
    List<PublishedRisk> out = new ArrayList<>();
    Optional<String> after = Optional.empty();
    do {
      PublishedPage page = (labels == null ? q.publishedRisks(actor, unit, after, pageSize)
          : q.publishedRisks(actor, unit, after, pageSize, labels)).orElseThrow();
      assertTrue(page.risks().size() <= Math.min(pageSize, RiskQueries.MAX_PUBLIC_PAGE),
          "a page holds at most its size");
      out.addAll(page.risks());
      after = page.next();
    } while (after.isPresent());
    return out;
  }

  /** @param q the queries @param actor who reads @param unit the top unit @return every point, pages of the most */
  public static List<PublishedRisk> all(RiskQueries q, Actor actor, UnitId unit) {
    return all(q, actor, unit, null, RiskQueries.MAX_PUBLIC_PAGE);
  }
}

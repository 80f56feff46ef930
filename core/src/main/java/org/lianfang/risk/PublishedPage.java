package org.lianfang.risk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the public view of published points (issue 10, bounded public reads). Immutable and thread-safe.
 *
 * @param risks the page's points, in the order the pages run (by unit id, then by point id)
 * @param next where the next page starts, to hand back to the query as is; empty when this page is the last (a page
 *     as long as the limit may be followed by an empty one, and a page may be shorter than the limit and still have a
 *     next one, when a point left the public view while the page was read)
 */
public record PublishedPage(List<PublishedRisk> risks, Optional<String> next) {
  /** @throws NullPointerException if a part is null */
  public PublishedPage {
    risks = List.copyOf(risks);
    Objects.requireNonNull(next, "next");
  }
}

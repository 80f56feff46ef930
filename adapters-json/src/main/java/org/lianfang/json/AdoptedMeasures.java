package org.lianfang.json;

import java.time.LocalDate;
import java.util.Objects;
import org.lianfang.risk.OwnerChain;

/**
 * What an adopting unit gives the measures a template catalogue carries (P-7, P-13): who answers for them (P-1) and
 * when they are due. The catalogue cannot say it: it is the same for every unit that adopts it. Every measure of one
 * adoption is drafted with these; the unit refines each afterwards (retire and draft again, or supersede).
 *
 * @param owners who answers for the drafted measures: officials of the unit or a unit above it
 * @param due when they are due, today or later
 */
public record AdoptedMeasures(OwnerChain owners, LocalDate due) {
  /** @throws NullPointerException if a part is null */
  public AdoptedMeasures {
    Objects.requireNonNull(owners, "owners");
    Objects.requireNonNull(due, "due");
  }
}

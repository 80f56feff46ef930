package org.lianfang.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.testing.Generators;

/** A tenure never ends on or before it starts, and covers exactly the days of {@code [start, end)}. */
class TenurePropertyTest {
  private final UnitId unit = new UnitId(UUID.randomUUID());

  private Tenure begun(LocalDate start) {
    return Tenure.begin(new TenureId(UUID.randomUUID()), unit, new PostId(UUID.randomUUID()),
        new OfficialId(UUID.randomUUID()), start).after();
  }

  @Test
  void aTenureNeverEndsBeforeItStarts() {
    qt().forAll(Generators.days(), integers().between(-4000, 4000)).checkAssert((start, offset) -> {
      Tenure t = begun(start);
      LocalDate end = start.plusDays(offset);
      Outcome<Change<Tenure>> o = t.endOn(end);
      assertEquals(offset > 0, o.isAccepted(), "ending " + offset + " days after the start");
      if (o.isAccepted()) {
        Tenure ended = o.orElseThrow().after();
        assertTrue(ended.end().orElseThrow().isAfter(ended.start()));
        assertEquals(List.of(new OrganizationEvent.TenureEnded(unit, t.id(), end)), o.orElseThrow().events());
        assertEquals(t.version(), ended.version());
        assertFalse(ended.endOn(end.plusDays(1)).isAccepted(), "and it ends once");
      } else {
        assertEquals(Refusal.Code.RULE_VIOLATED, o.whyRefused().orElseThrow().code());
      }
    });
  }

  @Test
  void aTenureCoversExactlyTheDaysOfItsHalfOpenPeriod() {
    qt().forAll(Generators.days(), integers().between(1, 2000), integers().between(-3000, 3000))
        .checkAssert((start, length, probe) -> {
          Tenure t = begun(start).endOn(start.plusDays(length)).orElseThrow().after();
          assertEquals(probe >= 0 && probe < length, t.covers(start.plusDays(probe)),
              "day " + probe + " of a tenure of " + length + " days");
        });
  }
}

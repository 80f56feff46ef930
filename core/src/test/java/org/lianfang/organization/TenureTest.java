package org.lianfang.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.Refusal;
import org.lianfang.UnitId;

/** A tenure on its own: who holds a post over the half-open period {@code [start, end)}, ended once (P-3). */
class TenureTest {
  private final TenureId id = new TenureId(UUID.randomUUID());
  private final UnitId unit = new UnitId(UUID.randomUUID());
  private final PostId post = new PostId(UUID.randomUUID());
  private final OfficialId official = new OfficialId(UUID.randomUUID());
  private final LocalDate start = LocalDate.of(2020, 3, 1);

  private Tenure open() {
    return Tenure.begin(id, unit, post, official, start).after();
  }

  @Test
  void beginOpensATenureAndRecordsWhoTookWhichPostWhen() {
    Change<Tenure> c = Tenure.begin(id, unit, post, official, start);
    Tenure t = c.after();
    assertEquals(id, t.id());
    assertEquals(unit, t.unitId());
    assertEquals(post, t.postId());
    assertEquals(official, t.officialId());
    assertEquals(start, t.start());
    assertEquals(Optional.empty(), t.end());
    assertEquals(0, t.version(), "not stored yet");
    assertEquals(List.of(new OrganizationEvent.TenureBegun(unit, id, post, official, start)), c.events());
    assertTrue(t.covers(start));
    assertTrue(t.covers(start.plusYears(30)), "an open tenure covers every day from its start");
    assertFalse(t.covers(start.minusDays(1)));
  }

  @Test
  void endOnClosesTheTenureOnTheFirstDayNoLongerHeld() {
    LocalDate end = LocalDate.of(2023, 6, 30);
    Change<Tenure> c = open().endOn(end).orElseThrow();
    Tenure t = c.after();
    assertEquals(Optional.of(end), t.end());
    assertEquals(List.of(new OrganizationEvent.TenureEnded(unit, id, end)), c.events());
    assertEquals(0, t.version(), "the version is the store's to raise");
    assertEquals(List.of(id, unit, post, official, start), List.of(t.id(), t.unitId(), t.postId(), t.officialId(),
        t.start()), "nothing but the end changes");
    assertTrue(t.covers(end.minusDays(1)));
    assertFalse(t.covers(end), "half-open: the end day is the successor's");
  }

  @Test
  void aTenureMayLastOneDay() {
    Tenure t = open().endOn(start.plusDays(1)).orElseThrow().after();
    assertTrue(t.covers(start));
    assertFalse(t.covers(start.plusDays(1)));
  }

  @Test
  void aTenureCannotEndOnOrBeforeItsStart() {
    Tenure t = open();
    for (LocalDate day : List.of(start, start.minusDays(1), start.minusYears(5))) {
      Refusal r = t.endOn(day).whyRefused().orElseThrow();
      assertEquals(Refusal.Code.RULE_VIOLATED, r.code(), day.toString());
      assertEquals("离任日须晚于任职开始日 2020-03-01", r.messageZh());
      assertEquals("the end must be after the tenure's start 2020-03-01", r.messageEn());
    }
    assertEquals(Optional.empty(), t.end(), "the tenure refused is left open");
  }

  @Test
  void aTenureEndsOnce() {
    Tenure ended = open().endOn(LocalDate.of(2021, 1, 1)).orElseThrow().after();
    Refusal r = ended.endOn(LocalDate.of(2022, 1, 1)).whyRefused().orElseThrow();
    assertEquals(Refusal.Code.RULE_VIOLATED, r.code());
    assertEquals("该任职已于 2021-01-01 结束", r.messageZh());
    assertEquals("the tenure already ended on 2021-01-01", r.messageEn());
    assertEquals(Optional.of(LocalDate.of(2021, 1, 1)), ended.end());
  }

  @Test
  void aStoredTenureThatEndsBeforeItStartsIsABug() {
    assertThrows(IllegalArgumentException.class,
        () -> Tenure.restore(id, unit, post, official, start, Optional.of(start), 1));
    assertThrows(IllegalArgumentException.class,
        () -> Tenure.restore(id, unit, post, official, start, Optional.of(start.minusDays(1)), 1));
  }
}

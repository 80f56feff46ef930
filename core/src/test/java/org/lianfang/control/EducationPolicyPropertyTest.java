package org.lianfang.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.TenureId;
import org.quicktheories.core.Gen;

/**
 * The education policy over any year of a unit (P-15): what is owed depends on the leaders and the tenures begun,
 * never on the activities; one more activity never leaves fewer obligations met; an obligation is met exactly when
 * an activity meets it, and overdue exactly when it is not and its day has passed. Examples pin the default's rules.
 */
class EducationPolicyPropertyTest {
  private static final UnitId UNIT = new UnitId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
  private static final Year YEAR = Year.of(2010);
  private static final List<OfficialId> STAFF = List.of(official(1), official(2), official(3), official(4));
  private static final PostId POST = new PostId(UUID.fromString("00000000-0000-7000-8000-0000000000a1"));

  private static OfficialId official(int n) {
    return new OfficialId(UUID.fromString("00000000-0000-7000-8000-00000000000" + n));
  }

  /** One activity: its form, the day of the year held, the first attendee and the lecturer, both of the staff. */
  record Drawn(int form, int day, int attendee, int lecturer) {}

  static Gen<Drawn> drawn() {
    return integers().between(0, EducationForm.values().length - 1).zip(integers().between(-30, 400),
        integers().between(0, 3), integers().between(0, 3), Drawn::new);
  }

  static EducationActivity activity(Drawn d) {
    LocalDate held = YEAR.atDay(1).plusDays(d.day());
    EducationContent c = new EducationContent(EducationForm.values()[d.form()], held, "廉政教育", "主讲人",
        Optional.of(STAFF.get(d.lecturer())), List.of(STAFF.get(d.attendee())), BigDecimal.ONE, List.of(), List.of(),
        List.of());
    return EducationActivity.record(new EducationActivityId(UUID.randomUUID()), UNIT, c, held).orElseThrow().after();
  }

  /** A tenure of a staff member begun on a day from the year before to the year after. */
  static Gen<Tenure> tenures() {
    return integers().between(0, 3).zip(integers().between(-200, 500), (o, d) -> Tenure.begin(
        new TenureId(UUID.randomUUID()), UNIT, POST, STAFF.get(o), YEAR.atDay(1).plusDays(d)).after());
  }

  private static UnitEducation year(Set<OfficialId> leaders, List<Tenure> tenures, List<EducationActivity> done) {
    return new UnitEducation(UNIT, YEAR, leaders, tenures, done);
  }

  /** What an obligation is, leaving out whether it is met. */
  private static List<Object> owed(List<EducationObligation> all) {
    return all.stream().map(o -> (Object) List.of(o.kind(), o.official(), o.tenure(), o.due())).toList();
  }

  @Test
  void p15_whatIsOwedNeverDependsOnTheActivitiesAndMoreActivitiesNeverMeetLess() {
    EducationPolicy policy = EducationPolicy.standard();
    qt().withExamples(300).forAll(lists().of(tenures()).ofSizeBetween(0, 4), lists().of(drawn()).ofSizeBetween(0, 8),
        drawn(), integers().between(0, 3)).checkAssert((tenures, drawn, more, leader) -> {
          List<EducationActivity> done = new ArrayList<>(drawn.stream().map(EducationPolicyPropertyTest::activity)
              .toList());
          LocalDate today = YEAR.atDay(200);
          Set<OfficialId> leaders = Set.of(STAFF.get(leader));
          List<EducationObligation> before = policy.obligations(year(leaders, tenures, done), today);
          done.add(activity(more));
          List<EducationObligation> after = policy.obligations(year(leaders, tenures, done), today);
          assertEquals(owed(policy.obligations(year(leaders, tenures, List.of()), today)), owed(before));
          assertEquals(owed(before), owed(after), "the same obligations, whatever was held");
          assertTrue(met(after) >= met(before), "one more activity never meets fewer");
          long begun = tenures.stream().filter(t -> t.start().getYear() == 2010).count();
          assertEquals(2 + begun, after.size(), "one 党课 of the leader, one 警示教育, a talk per tenure begun");
          for (EducationObligation o : after) {
            assertEquals(o.metBy().isPresent(), o.status() == ObligationStatus.MET);
            assertEquals(o.metBy().isEmpty() && today.isAfter(o.due()), o.status() == ObligationStatus.OVERDUE);
          }
        });
  }

  private static long met(List<EducationObligation> all) {
    return all.stream().filter(o -> o.status() == ObligationStatus.MET).count();
  }

  @Test
  void p15_aPartyLectureCountsOnlyWhenTheLeaderGaveItInTheYear() {
    OfficialId leader = STAFF.get(0);
    EducationActivity byLeader = activity(new Drawn(EducationForm.PARTY_LECTURE.ordinal(), 100, 1, 0));
    EducationActivity byOther = activity(new Drawn(EducationForm.PARTY_LECTURE.ordinal(), 100, 0, 1));
    EducationActivity lastYear = activity(new Drawn(EducationForm.PARTY_LECTURE.ordinal(), -5, 1, 0));
    EducationPolicy policy = EducationPolicy.standard();
    LocalDate newYear = LocalDate.of(2011, 1, 1);
    assertEquals(ObligationStatus.MET, lecture(policy.obligations(year(Set.of(leader), List.of(),
        List.of(byLeader)), newYear)).status());
    assertEquals(ObligationStatus.OVERDUE, lecture(policy.obligations(year(Set.of(leader), List.of(),
        List.of(byOther, lastYear)), newYear)).status(), "given by another, or the year before");
    assertEquals(ObligationStatus.DUE, lecture(policy.obligations(year(Set.of(leader), List.of(), List.of()),
        YEAR.atDay(365))).status(), "due on the year's last day");
  }

  @Test
  void p15_aTalkIsDueWithinThePolicysDaysOfTheTenuresStartAndAnEarlierTalkDoesNotMeetIt() {
    Tenure t = Tenure.begin(new TenureId(UUID.randomUUID()), UNIT, POST, STAFF.get(2), LocalDate.of(2010, 3, 1))
        .after();
    EducationActivity before = activity(new Drawn(EducationForm.APPOINTMENT_TALK.ordinal(), 58, 2, 0)); // 02-28
    EducationActivity onTime = activity(new Drawn(EducationForm.APPOINTMENT_TALK.ordinal(), 89, 2, 0)); // 03-31
    EducationObligation o = talk(EducationPolicy.standard().obligations(year(Set.of(), List.of(t),
        List.of(before)), LocalDate.of(2010, 4, 1)));
    assertEquals(LocalDate.of(2010, 3, 31), o.due());
    assertEquals(ObligationStatus.OVERDUE, o.status());
    o = talk(EducationPolicy.standard().obligations(year(Set.of(), List.of(t), List.of(before, onTime)),
        LocalDate.of(2010, 4, 1)));
    assertEquals(Optional.of(onTime.id()), o.metBy());
    assertTrue(!o.late());
    assertTrue(talk(EducationPolicy.of(1, 1, 10).obligations(year(Set.of(), List.of(t), List.of(onTime)),
        LocalDate.of(2010, 4, 1))).late(), "within 10 days, 03-31 is late");
  }

  @Test
  void theNumbersArePolicyValuesInRange() {
    assertThrows(IllegalArgumentException.class, () -> EducationPolicy.of(-1, 1, 30));
    assertThrows(IllegalArgumentException.class, () -> EducationPolicy.of(1, 13, 30));
    assertThrows(IllegalArgumentException.class, () -> EducationPolicy.of(1, 1, 367));
    assertEquals(0, EducationPolicy.of(0, 0, 30).obligations(year(Set.of(STAFF.get(0)), List.of(), List.of()),
        YEAR.atDay(1)).size());
  }

  @Test
  void hoursAreWrittenInTenthsAtMostSoEveryStoreKeepsThem() {
    assertTrue(EducationContent.validHours(new BigDecimal("1.5")) && EducationContent.validHours(new BigDecimal("3")));
    assertTrue(!EducationContent.validHours(new BigDecimal("1.50")), "a scale of two, even with a trailing zero");
    assertTrue(!EducationContent.validHours(new BigDecimal("1.000000000000000000")));
    assertTrue(!EducationContent.validHours(BigDecimal.ZERO) && !EducationContent.validHours(new BigDecimal("1000")));
  }

  private static EducationObligation lecture(List<EducationObligation> all) {
    return all.stream().filter(o -> o.kind() == ObligationKind.PARTY_LECTURE).findFirst().orElseThrow();
  }

  private static EducationObligation talk(List<EducationObligation> all) {
    return all.stream().filter(o -> o.kind() == ObligationKind.APPOINTMENT_TALK).findFirst().orElseThrow();
  }
}

package org.lianfang.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report's deadlines (P-19) on the working calendar, and the vocabulary of its channels and disposals. */
class ReportDeadlinesTest {
  private static final WorkingTime TIME = WorkingTime.of(HolidayCalendar.of(
      List.of(LocalDate.of(2010, 10, 1), LocalDate.of(2010, 10, 4), LocalDate.of(2010, 10, 5),
          LocalDate.of(2010, 10, 6), LocalDate.of(2010, 10, 7)),
      List.of(LocalDate.of(2010, 9, 26), LocalDate.of(2010, 10, 9))), WorkingHours.standard());

  @Test
  void p19_aReportIsForwardedWithinFiveWorkingDaysAndAnsweredWithinFifteen() {
    ReportDeadlines d = ReportDeadlines.standard(TIME);
    LocalDate received = LocalDate.of(2010, 9, 29);
    // 09-30, 10-08, 10-09 (a Saturday worked), 10-11, 10-12
    assertEquals(LocalDate.of(2010, 10, 12), d.forwardBy(received));
    qt().forAll(integers().between(0, 400)).checkAssert(i -> {
      LocalDate day = LocalDate.of(2010, 1, 1).plusDays(i);
      assertEquals(TIME.plusWorkingDays(day, 5), d.forwardBy(day));
      assertEquals(TIME.plusWorkingDays(day, 15), d.acceptanceNoticeBy(day));
      assertEquals(TIME.plusWorkingDays(day, 15), d.resultNoticeBy(day));
      assertTrue(d.forwardBy(day).isBefore(d.acceptanceNoticeBy(day)));
    });
    assertThrows(IllegalArgumentException.class, () -> new ReportDeadlines(TIME, 0, 15, 15));
  }

  @Test
  void p19_onlyReportsFromPeopleOweThemFeedback() {
    assertTrue(ReportChannel.BOX.fromThePublic() && ReportChannel.HOTLINE.fromThePublic()
        && ReportChannel.VISIT.fromThePublic());
    assertFalse(ReportChannel.AUDIT.fromThePublic() || ReportChannel.E_SUPERVISION.fromThePublic());
    assertEquals(List.of("谈话函询", "初步核实", "暂存待查", "予以了结"),
        java.util.Arrays.stream(Disposal.values()).map(Disposal::chinese).toList(), "the 2020 rules' four ways");
  }
}

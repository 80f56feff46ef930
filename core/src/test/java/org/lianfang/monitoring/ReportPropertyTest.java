package org.lianfang.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.UnitId;
import org.lianfang.testing.MonitoringGenerators;

/**
 * A report under random command sequences (issue 12, P-19): every action, allowed or not, is tried with the parts it
 * takes; the report takes exactly the steps {@link ReportTransitions} allows, told only to a real-name reporter and the
 * acceptance once, lands where the table says, and what it holds rebuilds it; its deadlines are the working-day
 * deadlines of the day it was received and closed.
 */
class ReportPropertyTest {
  private static final UnitId UNIT = new UnitId(UUID.fromString("0190a5e0-0000-7000-8000-000000000001"));

  @Test
  void p19_aReportTakesExactlyTheStepsTheTableAndItsReporterAllow() {
    LocalDate received = LocalDate.of(2010, 10, 21);
    ReportDeadlines deadlines = MonitoringGenerators.deadlines();
    qt().forAll(MonitoringGenerators.intakes(received), lists().of(arbitrary().enumValues(ReportAction.class))
        .ofSizeBetween(0, 20), lists().of(integers().between(0, 5)).ofSize(20))
        .checkAssert((intake, actions, gaps) -> {
          Change<Report> first = Report.receive(new ReportId(UUID.randomUUID()), UNIT, intake, received, deadlines)
              .orElseThrow();
          assertEquals(deadlines.forwardBy(received),
              ((MonitoringEvent.ReportReceived) first.events().get(0)).forwardBy());
          Report r = first.after();
          LocalDate day = received;
          for (int i = 0; i < actions.size(); i++) {
            ReportAction a = actions.get(i);
            day = day.plusDays(gaps.get(i));
            Optional<ReportState> to = ReportTransitions.target(r.state(), a);
            boolean allowed = to.isPresent() && (!a.tellsTheReporter() || intake.realName())
                && (a != ReportAction.TELL_ACCEPTANCE || r.life().acceptanceTold().isEmpty());
            Outcome<Change<Report>> out = MonitoringGenerators.step(r, a, day, "说明", Disposal.SHELVED);
            assertEquals(allowed, out.isAccepted(), r.state() + " " + a);
            if (allowed) {
              Change<Report> change = out.orElseThrow();
              Report after = change.after();
              assertEquals(to.get(), after.state());
              assertEquals(after, Report.restore(after.id(), after.unitId(), after.intake(), after.life(),
                  after.links(), after.version()));
              Optional<LocalDate> due = ((MonitoringEvent.ReportStepped) change.events().get(0)).due();
              Optional<LocalDate> expected = !intake.realName() ? Optional.empty() : switch (a) {
                case ACCEPT -> Optional.of(deadlines.acceptanceNoticeBy(received));
                case CLOSE -> Optional.of(deadlines.resultNoticeBy(day));
                default -> Optional.empty();
              };
              assertEquals(expected, due);
              r = after;
            }
          }
        });
  }

  @Test
  void p11_aSealedReportKeepsNoTextNoSubjectNoLinksAndNoSealButItsStateAndDays() {
    String hidden = org.lianfang.risk.NoticeComment.SEALED;
    qt().forAll(MonitoringGenerators.reports(UNIT)).checkAssert(r -> {
      Report sealed = r.sealed();
      assertEquals(r.state(), sealed.state());
      assertEquals(r.life().lastDay(), sealed.life().lastDay());
      assertEquals(r.intake().realName(), sealed.intake().realName());
      assertEquals(r.intake().channel(), sealed.intake().channel());
      assertEquals("", sealed.intake().seal());
      assertEquals(new WarningSubject(Optional.empty(), Optional.empty(), java.util.List.of()),
          sealed.intake().subject());
      assertEquals(ReportLinks.NONE, sealed.links());
      assertEquals(hidden, sealed.intake().content());
      r.intake().reporter().ifPresent(p -> assertEquals(Reporter.SEALED, sealed.intake().reporter().orElseThrow()));
      ReportLife l = sealed.life();
      for (Optional<String> text : java.util.List.of(l.forwarded().map(Remark::text), l.closed().map(Remark::text),
          l.disposal().map(ReportDisposal::note))) {
        text.ifPresent(t -> assertEquals(hidden, t));
      }
      assertEquals(r.life().disposal().map(ReportDisposal::way), l.disposal().map(ReportDisposal::way));
    });
  }

  @Test
  void p19_aStepTheReportAllowsIsRefusedWithAPartItDoesNotTakeLackingOneOrOnADayBeforeTheLast() {
    qt().forAll(MonitoringGenerators.reports(UNIT), arbitrary().enumValues(ReportAction.class),
        integers().between(0, 2), arbitrary().enumValues(Disposal.class)).checkAssert((r, a, fault, way) -> {
          if (!MonitoringGenerators.allowed(r).contains(a)) {
            return;
          }
          LocalDate last = r.life().lastDay().orElse(r.intake().received());
          boolean remarked = a == ReportAction.FORWARD || a == ReportAction.DISPOSE || a == ReportAction.CLOSE;
          Outcome<Change<Report>> out = switch (fault) {
            case 0 -> r.act(a, last.minusDays(1), a == ReportAction.DISPOSE ? Optional.of(way) : Optional.empty(),
                remarked ? Optional.of("说明") : Optional.empty(), MonitoringGenerators.deadlines());
            case 1 -> r.act(a, last, a == ReportAction.DISPOSE ? Optional.empty() : Optional.of(way),
                remarked ? Optional.of("说明") : Optional.empty(), MonitoringGenerators.deadlines());
            default -> r.act(a, last, a == ReportAction.DISPOSE ? Optional.of(way) : Optional.empty(),
                remarked ? Optional.empty() : Optional.of("说明"), MonitoringGenerators.deadlines());
          };
          assertFalse(out.isAccepted(), a + " fault " + fault);
        });
  }
}

package org.lianfang.testing;

import static org.lianfang.testing.Generators.days;
import static org.lianfang.testing.Generators.longText;
import static org.lianfang.testing.Generators.text;
import static org.lianfang.testing.Generators.uuids;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lianfang.UnitId;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.monitoring.CaseAction;
import org.lianfang.monitoring.CaseTerms;
import org.lianfang.monitoring.CaseTransitions;
import org.lianfang.monitoring.Disposal;
import org.lianfang.monitoring.RectificationAction;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.RectificationOrigin;
import org.lianfang.monitoring.RectificationTerms;
import org.lianfang.monitoring.RectificationTransitions;
import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.ReportAction;
import org.lianfang.monitoring.ReportChannel;
import org.lianfang.monitoring.ReportDeadlines;
import org.lianfang.monitoring.ReportId;
import org.lianfang.monitoring.ReportIntake;
import org.lianfang.monitoring.ReportTransitions;
import org.lianfang.monitoring.Reporter;
import org.lianfang.monitoring.SupervisionCase;
import org.lianfang.monitoring.SupervisionCaseId;
import org.lianfang.monitoring.SupervisionSignal;
import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningAction;
import org.lianfang.monitoring.WarningId;
import org.lianfang.monitoring.WarningLevel;
import org.lianfang.monitoring.WarningNotice;
import org.lianfang.monitoring.WarningOrigin;
import org.lianfang.monitoring.WarningPolicy;
import org.lianfang.monitoring.WarningReply;
import org.lianfang.monitoring.WarningSubject;
import org.lianfang.monitoring.WarningTransitions;
import org.lianfang.monitoring.WorkingCalendar;
import org.lianfang.monitoring.WorkingHours;
import org.lianfang.monitoring.WorkingTime;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPointId;
import org.quicktheories.core.Gen;

/**
 * Generators of the third line's records: warnings in every state and at every level, rectification items and reports
 * in every state, each walked there by its own steps from the day it began (P-8, P-18, P-19, P-21). Built from valid
 * parts, with the hostile text of {@link Generators}.
 */
public final class MonitoringGenerators {
  /** The generator of each kind of this area a unit holds, for {@link Generators#inUnit}. */
  static final Map<AggregateKind<?, ?>, Function<UnitId, Gen<?>>> IN_UNIT = Map.of(
      AggregateKinds.WARNINGS, MonitoringGenerators::warnings,
      AggregateKinds.RECTIFICATION_ITEMS, MonitoringGenerators::rectificationItems,
      AggregateKinds.REPORTS, MonitoringGenerators::reports,
      AggregateKinds.SUPERVISION_CASES, MonitoringGenerators::supervisionCases);

  private MonitoringGenerators() {}

  /** @return subjects: the unit alone, a post, an official or both, and up to three points */
  public static Gen<WarningSubject> subjects() {
    return booleans().all().zip(booleans().all(), lists().of(uuids()).ofSizeBetween(0, 3), uuids(),
        (post, official, points, id) -> new WarningSubject(post ? Optional.of(new PostId(id)) : Optional.empty(),
            official ? Optional.of(new OfficialId(id)) : Optional.empty(),
            points.stream().distinct().map(RiskPointId::new).toList()));
  }

  /** @return notices from every origin */
  public static Gen<WarningNotice> notices() {
    return text().zip(arbitrary().enumValues(WarningOrigin.class), longText(), text(),
        (n, o, f, r) -> new Object[] {n, o, f, r}).zip(uuids(), (a, approver) -> new WarningNotice((String) a[0],
            (WarningOrigin) a[1], (String) a[2], (String) a[3], new OfficialId(approver)));
  }

  /**
   * @param unit the unit
   * @return warnings of that unit issued at any level, walked up to 12 steps the table allows, version 1
   */
  public static Gen<Warning> warnings(UnitId unit) {
    return uuids().zip(subjects(), notices(), days(), (id, s, n, day) -> new Object[] {id, s, n, day})
        .zip(arbitrary().enumValues(WarningLevel.class), lists().of(integers().between(0, 99)).ofSizeBetween(0, 12),
            text(), (a, level, steps, text) -> walk(Warning.issue(new WarningId((java.util.UUID) a[0]), unit,
                (WarningSubject) a[1], (WarningNotice) a[2], level, (LocalDate) a[3], WarningPolicy.standard())
                .after(), steps, text).withVersion(1));
  }

  /**
   * Takes steps the table allows, each chosen by a number, each 0 to 2 days after the last, with the parts it takes.
   *
   * @param w a warning
   * @param choices one number per step
   * @param text the text of replies and remarks
   * @return the warning after them; stops early at a final state
   */
  public static Warning walk(Warning w, List<Integer> choices, String text) {
    LocalDate day = w.end().map(e -> e.day()).orElse(w.current().lastDay());
    for (int choice : choices) {
      List<WarningAction> allowed = WarningTransitions.from(w.state()).keySet().stream().sorted().toList();
      if (allowed.isEmpty()) {
        break;
      }
      WarningAction a = allowed.get(choice % allowed.size());
      day = day.plusDays(choice % 3);
      w = step(w, a, day, text).orElseThrow().after();
    }
    return w;
  }

  /**
   * @param w a warning
   * @param a a step
   * @param day its day
   * @param text the text of its reply or remark
   * @return the step with exactly the parts it takes
   */
  public static org.lianfang.Outcome<org.lianfang.Change<Warning>> step(Warning w, WarningAction a, LocalDate day,
      String text) {
    Optional<WarningReply> reply = a == WarningAction.REPLY
        ? Optional.of(new WarningReply(day, text, "承诺" + text, "措施" + text)) : Optional.empty();
    boolean remarked = switch (a) {
      case RETURN_REPLY, VERIFY, FAIL_VERIFICATION, TRANSFER, CANCEL -> true;
      default -> false;
    };
    Optional<LocalDate> verifyBy = a == WarningAction.ACCEPT_REPLY ? Optional.of(day.plusDays(30)) : Optional.empty();
    return w.act(a, day, reply, remarked ? Optional.of(text) : Optional.empty(), verifyBy, WarningPolicy.standard());
  }

  /** @return terms from every origin, a warning named exactly for a warning's, due 0 to 400 days after the day */
  public static Gen<RectificationTerms> rectificationTerms(LocalDate opened) {
    return arbitrary().enumValues(RectificationOrigin.class).zip(longText(), text(), text(),
        (o, p, t, m) -> new Object[] {o, p, t, m}).zip(uuids(), integers().between(0, 400),
            lists().of(uuids()).ofSizeBetween(0, 3), (a, id, due, points) -> new RectificationTerms(
                (RectificationOrigin) a[0], a[0] == RectificationOrigin.WARNING
                    ? Optional.of(new WarningId(id)) : Optional.empty(), (String) a[1], (String) a[2],
                (String) a[3], new OfficialId(id), opened.plusDays(due),
                points.stream().distinct().map(RiskPointId::new).toList()));
  }

  /**
   * @param unit the unit
   * @return rectification items of that unit, walked up to 8 steps the table allows, some of those not closed then
   *     carried over out of the year of their last step (P-21), version 1
   */
  public static Gen<RectificationItem> rectificationItems(UnitId unit) {
    return days().flatMap(opened -> uuids().zip(rectificationTerms(opened),
        lists().of(integers().between(0, 99)).ofSizeBetween(0, 8), text(), (id, terms, steps, text) ->
            walk(RectificationItem.open(new RectificationItemId(id), unit, terms, opened).orElseThrow().after(),
                steps, text)).zip(booleans().all(), text(), (item, carry, reason) -> (carry ? carried(item, reason)
                    : item).withVersion(1)));
  }

  /**
   * @param item an item
   * @param reason why it is carried
   * @return it carried out of the year of its last step into the next year's end of March, unless it is closed
   */
  public static RectificationItem carried(RectificationItem item, String reason) {
    if (item.state() == org.lianfang.monitoring.RectificationState.CLOSED) {
      return item;
    }
    LocalDate last = item.life().lastDay().orElse(item.opened());
    return item.carryOver(java.time.Year.from(last), reason, LocalDate.of(last.getYear() + 1, 3, 31), last)
        .orElseThrow().after();
  }

  /**
   * Takes steps the table allows, each chosen by a number, each 0 to 2 days after the last, with the parts it takes.
   *
   * @param item an item
   * @param choices one number per step
   * @param text the text of remarks
   * @return the item after them; stops early once closed
   */
  public static RectificationItem walk(RectificationItem item, List<Integer> choices, String text) {
    LocalDate day = item.life().lastDay().orElse(item.opened());
    for (int choice : choices) {
      List<RectificationAction> allowed = RectificationTransitions.from(item.state()).keySet().stream().sorted()
          .toList();
      if (allowed.isEmpty()) {
        break;
      }
      RectificationAction a = allowed.get(choice % allowed.size());
      day = day.plusDays(choice % 3);
      item = step(item, a, day, text).orElseThrow().after();
    }
    return item;
  }

  /**
   * @param item an item
   * @param a a step
   * @param day its day
   * @param text the text of its remark
   * @return the step with exactly the parts it takes
   */
  public static org.lianfang.Outcome<org.lianfang.Change<RectificationItem>> step(RectificationItem item,
      RectificationAction a, LocalDate day, String text) {
    boolean remarked = a != RectificationAction.START && a != RectificationAction.CLOSE;
    return item.act(a, day, remarked ? Optional.of(text) : Optional.empty());
  }

  /**
   * @param received the day received
   * @return intakes through every channel, anonymous or in a name, with hostile text and a seal of the right form
   */
  public static Gen<ReportIntake> intakes(LocalDate received) {
    return arbitrary().enumValues(ReportChannel.class).zip(subjects(), longText(), booleans().all(),
        (c, subject, content, named) -> new Object[] {c, subject, content, named}).zip(text(), text(), uuids(),
            (a, name, contact, seal) -> new ReportIntake((ReportChannel) a[0], received, (WarningSubject) a[1],
                (String) a[2], (Boolean) a[3] ? Optional.of(new Reporter(name, contact)) : Optional.empty(),
                seal.toString().replace("-", "")));
  }

  /**
   * @param unit the unit
   * @return reports of that unit, walked up to 8 steps the table and the reporter allow, with up to three links to
   *     points and warnings once handled here, version 1
   */
  public static Gen<Report> reports(UnitId unit) {
    return days().flatMap(received -> uuids().zip(intakes(received),
        lists().of(integers().between(0, 99)).ofSizeBetween(0, 8), text(), (id, intake, steps, text) ->
            new Object[] {id, intake, steps, text}).zip(lists().of(uuids()).ofSizeBetween(0, 3), (a, links) -> {
              @SuppressWarnings("unchecked")
              List<Integer> steps = (List<Integer>) a[2];
              Report r = walk(Report.receive(new ReportId((java.util.UUID) a[0]), unit, (ReportIntake) a[1],
                  received, deadlines()).orElseThrow().after(), steps, (String) a[3]);
              List<java.util.UUID> ids = links.stream().distinct().toList();
              if (r.state().handledHere() && !ids.isEmpty()) {
                r = r.link(ids.stream().map(RiskPointId::new).toList(), ids.subList(0, ids.size() / 2).stream()
                    .map(WarningId::new).toList()).orElseThrow().after();
              }
              return r.withVersion(1);
            }));
  }

  /** @return the standard deadlines on weekdays */
  public static ReportDeadlines deadlines() {
    return ReportDeadlines.standard(WorkingTime.of(WorkingCalendar.weekdays(), WorkingHours.standard()));
  }

  /**
   * @param r a report
   * @return the steps it may take now: the table's, but telling only a real-name reporter, and the acceptance once
   */
  public static List<ReportAction> allowed(Report r) {
    return ReportTransitions.from(r.state()).keySet().stream().sorted()
        .filter(a -> !a.tellsTheReporter() || r.intake().realName())
        .filter(a -> a != ReportAction.TELL_ACCEPTANCE || r.life().acceptanceTold().isEmpty()).toList();
  }

  /**
   * Takes steps the report allows, each chosen by a number, each 0 to 2 days after the last, with the parts it takes.
   *
   * @param r a report
   * @param choices one number per step
   * @param text the text of remarks
   * @return the report after them; stops early at a final state
   */
  public static Report walk(Report r, List<Integer> choices, String text) {
    LocalDate day = r.life().lastDay().orElse(r.intake().received());
    for (int choice : choices) {
      List<ReportAction> allowed = allowed(r);
      if (allowed.isEmpty()) {
        break;
      }
      ReportAction a = allowed.get(choice % allowed.size());
      day = day.plusDays(choice % 3);
      r = step(r, a, day, text, Disposal.values()[choice % Disposal.values().length]).orElseThrow().after();
    }
    return r;
  }

  /**
   * @param r a report
   * @param a a step
   * @param day its day
   * @param text the text of its remark
   * @param way the way, if the step disposes of it
   * @return the step with exactly the parts it takes
   */
  public static org.lianfang.Outcome<org.lianfang.Change<Report>> step(Report r, ReportAction a, LocalDate day,
      String text, Disposal way) {
    boolean remarked = a == ReportAction.FORWARD || a == ReportAction.DISPOSE || a == ReportAction.CLOSE;
    return r.act(a, day, a == ReportAction.DISPOSE ? Optional.of(way) : Optional.empty(),
        remarked ? Optional.of(text) : Optional.empty(), deadlines());
  }

  /** @return the standard working time: weekdays, 9:00–12:00 and 13:30–17:30 */
  public static WorkingTime weekdays() {
    return WorkingTime.of(WorkingCalendar.weekdays(), WorkingHours.standard());
  }

  /**
   * @param unit the unit
   * @return cases of that unit, limits from a minute to twenty working days, walked up to 10 steps the table allows
   *     (each 0 to 3 days after the last, to the millisecond) and perhaps a signal or two raised, version 1
   */
  public static Gen<SupervisionCase> supervisionCases(UnitId unit) {
    return Generators.instants().zip(uuids(), integers().between(1, 20 * 8 * 60), text(),
        (started, id, minutes, number) -> new Object[] {started, id, minutes, number})
        .zip(lists().of(integers().between(0, 99)).ofSizeBetween(0, 10), integers().between(0, 3),
            (a, steps, raised) -> {
              SupervisionCaseId id = new SupervisionCaseId((java.util.UUID) a[1]);
              Instant started = (Instant) a[0];
              CaseTerms terms = new CaseTerms(new org.lianfang.organization.PowerItemId(id.value()), (String) a[3],
                  started, java.time.Duration.ofMinutes((Integer) a[2]), ((Integer) a[2]) % 2 == 0
                  ? Optional.of(new org.lianfang.control.ServiceCommitmentId(id.value())) : Optional.empty());
              SupervisionCase c = walk(SupervisionCase.open(id, unit, terms, started).orElseThrow().after(), steps,
                  (String) a[3]);
              Instant at = c.life().last().orElse(started);
              for (int i = 0; i < raised; i++) {
                at = at.plusSeconds(3600);
                c = c.raise(SupervisionSignal.values()[i], at, i == 2 ? Optional.of(new WarningId(id.value()))
                    : Optional.empty()).orElseThrow().after();
              }
              return c.withVersion(1);
            });
  }

  /**
   * Takes steps the table allows, each chosen by a number, each 0 to 3 days (and some minutes) after the last; two
   * procedure steps in three promise a working time of their own.
   *
   * @param c a case
   * @param choices one number per step
   * @param name the name of its procedure's steps
   * @return the case after them; stops early once completed
   */
  public static SupervisionCase walk(SupervisionCase c, List<Integer> choices, String name) {
    Instant at = c.life().last().orElse(c.terms().started());
    for (int choice : choices) {
      List<CaseAction> allowed = CaseTransitions.from(c.state()).keySet().stream().sorted().toList();
      if (allowed.isEmpty()) {
        break;
      }
      CaseAction a = allowed.get(choice % allowed.size());
      at = at.plusSeconds((choice % 4) * 86_400L + choice * 60L);
      // a step promises a time of its own two times in three, from a quarter of an hour to about two working days
      // (chosen by choice / 4, not by choice % 3, which also picks the action)
      Optional<java.time.Duration> limit = a == CaseAction.STEP && choice / 4 % 3 != 0
          ? Optional.of(java.time.Duration.ofMinutes(15 + choice * 9L)) : Optional.empty();
      c = c.act(a, at, a == CaseAction.STEP ? Optional.of(name) : Optional.empty(), limit).orElseThrow().after();
    }
    return c;
  }
}

package org.lianfang.application.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.Actor;
import org.lianfang.StaleAggregateException;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Recurrence;
import org.lianfang.application.internal.Session;
import org.lianfang.monitoring.DueItem;
import org.lianfang.monitoring.Notification;
import org.lianfang.monitoring.OutboxMessage;
import org.lianfang.monitoring.ReminderPolicy;
import org.lianfang.monitoring.SupervisionCase;
import org.lianfang.monitoring.SupervisionCaseId;
import org.lianfang.monitoring.TickReport;
import org.lianfang.spi.Store;

/**
 * The tick (ARCHITECTURE.md decision 5): Lianfang keeps no timers, and the host calls {@link #tick} from its own
 * scheduler — every few minutes, every hour, once a day — on as many instances as it runs. A tick reads only the
 * deadlines whose next alert has come ({@link org.lianfang.spi.Dues}, indexed by that instant; never every record of a
 * city), and for each writes the reminder or the overdue notice that is true at the tick's instant to the outbox and
 * moves the deadline to its next alert, or ends it once overdue has been said, in batches of transactions of their own.
 * A tick that comes late sends only the latest alert that passed, not every one it missed. It is idempotent: the same
 * instant twice, or two instances ticking at once (each batch holds its deadlines, which the other skips), changes
 * nothing the second time, and each notification's key is made from the deadline and its alert, so even a retried batch
 * could not send one twice. A deadline that recurs (a post's monthly check, kept by the checks area) comes back once
 * its overdue notice is written, as the area's {@link Recurrence} says, instead of ending. A case under electronic
 * supervision is the one deadline that writes a record: its signal reached at the tick's instant is recorded on the
 * case (and RED may issue a warning, {@link CaseSignals}), journaled as the actor {@code lianfang-tick}, and its
 * deadline moved to its next signal. Thread-safe.
 */
public final class Schedule {
  /** The most deadlines one transaction of a tick handles. */
  static final int BATCH = 500;
  /** How a tick's notifications name each kind of deadline: what is due, and what is said once it has passed. */
  private record Label(String zh, String en, String lateZh, String lateEn) {
    Label(String zh, String en) {
      this(zh, en, zh + "已逾期", en + " is overdue");
    }
  }

  private static final Map<String, Label> LABELS = Map.ofEntries(
      Map.entry(DueItem.WARNING_REPLY, new Label("回复", "the reply")),
      Map.entry(DueItem.WARNING_VERIFICATION, new Label("验证", "the verification")),
      Map.entry(DueItem.RECTIFICATION, new Label("整改", "the rectification")),
      Map.entry(DueItem.REPORT_FORWARD, new Label("转办或受理", "forwarding or accepting it")),
      Map.entry(DueItem.REPORT_ACCEPTANCE, new Label("告知受理", "telling the reporter of the acceptance")),
      Map.entry(DueItem.REPORT_RESULT, new Label("反馈结果", "telling the reporter the result")),
      Map.entry(DueItem.MEASURE_DUE, new Label("落实", "putting it in force")),
      Map.entry(DueItem.NOTICE_END, new Label("公示", "the notice", "公示期已满，待集体研究确认",
          "the notice has ended; confirm it")),
      Map.entry(DueItem.APPOINTMENT_TALK, new Label("任职廉政谈话", "the appointment talk")),
      Map.entry(DueItem.CHECK_DUE, new Label("月查", "the monthly check", "当月未提交月查",
          "no check of the month was submitted")),
      Map.entry(DueItem.SELF_CHECK_DUE, new Label("报送", "submitting it")));
  /** Whom the journal names for what the tick records: the signals of cases and the warnings they raise. */
  static final Actor TICK = Actor.of("lianfang-tick", "定时检查 / the tick", List.of(), List.of());
  private final CommandRunner runner;
  private final Store store;
  private final Clock clock;
  private final ReminderPolicy policy;
  private final CaseSignals signals;

  Schedule(CommandRunner runner, ReminderPolicy policy, CaseSignals signals) {
    this.runner = runner;
    this.store = runner.store();
    this.clock = runner.clock();
    this.policy = policy;
    this.signals = signals;
  }

  /**
   * @param asOf the instant the host's scheduler fires for; days are counted in the clock's zone
   * @return what it did
   */
  public TickReport tick(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (!store.dues().anyDue(asOf)) {
      return TickReport.NONE; // most ticks of a day: one look at the index, no transaction
    }
    TickReport all = TickReport.NONE;
    while (true) {
      TickReport batch = batchRetried(asOf);
      all = all.plus(batch);
      if (batch.deadlines() < BATCH) {
        return all;
      }
    }
  }

  /**
   * One batch, again up to twice when the store reports a conflict with another ticker (a deadlock the database broke
   * by rolling one back): nothing of the batch was written then, and trying again is safe.
   */
  private TickReport batchRetried(Instant asOf) {
    for (int attempt = 1; ; attempt++) {
      try {
        return store.transactions().inTransaction(() -> batch(asOf));
      } catch (StaleAggregateException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /**
   * Records the signal a case has reached and moves its deadline to its next signal, or ends it.
   *
   * @return whether a signal rose
   */
  private boolean signal(Session s, DueItem d, Instant asOf) {
    Optional<SupervisionCase> found = store.supervisionCases().find(new SupervisionCaseId(d.recordId()));
    if (found.isEmpty()) {
      store.dues().remove(d.recordId(), Optional.of(d.what()));
      return false;
    }
    SupervisionCase after = signals.settle(s, found.get(), asOf);
    boolean rose = after != found.get();
    if (rose) {
      store.supervisionCases().update(after);
    }
    signals.schedule(s, after, asOf);
    return rose;
  }

  /** @return a tick now, by the clock */
  public TickReport tick() {
    return tick(clock.instant());
  }

  private TickReport batch(Instant asOf) {
    ZoneId zone = clock.getZone();
    LocalDate today = LocalDate.ofInstant(asOf, zone);
    List<DueItem> due = store.dues().due(asOf, BATCH);
    List<OutboxMessage> rows = new ArrayList<>();
    List<DueItem> moved = new ArrayList<>();
    int reminders = 0;
    int overdue = 0;
    List<DueItem> cases = due.stream().filter(d -> d.what().equals(DueItem.CASE_SIGNAL)).toList();
    int raised = cases.isEmpty() ? 0 : runner.system(TICK, asOf, s -> {
      // the batch's cases in one read: a store that keeps what its transaction read serves each case from it
      store.supervisionCases().findAll(cases.stream().map(d -> new SupervisionCaseId(d.recordId())).toList());
      int n = 0;
      for (DueItem d : cases) {
        n += signal(s, d, asOf) ? 1 : 0;
      }
      return n;
    });
    for (DueItem d : due) {
      if (d.what().equals(DueItem.CASE_SIGNAL)) {
        continue;
      }
      Instant alert = policy.latestBetween(d.due(), zone, d.nextAlertAt(), asOf).orElse(d.nextAlertAt());
      boolean late = today.isAfter(d.due());
      if (late) {
        overdue++;
      } else {
        reminders++;
      }
      Label label = LABELS.getOrDefault(d.what(), new Label(d.what(), d.what()));
      long left = ChronoUnit.DAYS.between(today, d.due());
      String kind = d.what() + (late ? ".overdue" : ".due");
      String subjectZh = late ? label.zh() + "逾期" : label.zh() + "提醒";
      String subjectEn = late ? "Overdue: " + label.en() : "Reminder: " + label.en() + " due";
      String bodyZh = late ? d.titleZh() + "：" + label.lateZh() + "，期限为 " + d.due() + "。"
          : d.titleZh() + "：" + label.zh() + "期限为 " + d.due() + "，还剩 " + left + " 天。";
      String bodyEn = late ? d.titleEn() + ": " + label.lateEn() + ", due " + d.due() + "."
          : d.titleEn() + ": " + label.en() + " is due on " + d.due() + ", " + left + " day(s) left.";
      for (String to : d.recipients()) {
        String key = "lianfang:" + d.what() + ":" + d.recordId() + ":" + alert.toEpochMilli() + ":" + to;
        UUID id = UUID.nameUUIDFromBytes(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        rows.add(OutboxMessage.of(id, new Notification(key, d.unitId(), to, kind, d.link(), subjectZh, subjectEn,
            bodyZh, bodyEn, asOf)));
      }
      Optional<Instant> next = policy.nextAfter(d.due(), zone, asOf);
      Optional<Recurrence> recurs = runner.recurrence(d.what());
      if (next.isPresent() && !(late && recurs.isPresent())) {
        moved.add(d.alertingAt(next.get()));
      } else if (recurs.isPresent()) {
        moved.add(recurs.get().next(d, store, zone, asOf));
      } else {
        store.dues().remove(d.recordId(), Optional.of(d.what()));
      }
    }
    store.dues().put(moved);
    store.outbox().add(rows);
    return new TickReport(due.size(), reminders, overdue, raised, rows.size());
  }
}

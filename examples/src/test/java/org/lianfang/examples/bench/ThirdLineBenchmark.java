package org.lianfang.examples.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.monitoring.Dispatcher;
import org.lianfang.jdbc.Dialect;
import org.lianfang.jdbc.JdbcSchema;
import org.lianfang.jdbc.JdbcStore;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.monitoring.CaseLife;
import org.lianfang.monitoring.CaseTerms;
import org.lianfang.monitoring.DispatchPolicy;
import org.lianfang.monitoring.DueItem;
import org.lianfang.monitoring.Notification;
import org.lianfang.monitoring.OutboxMessage;
import org.lianfang.monitoring.Recipients;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.RectificationOrigin;
import org.lianfang.monitoring.RectificationTerms;
import org.lianfang.monitoring.ReminderPolicy;
import org.lianfang.monitoring.SupervisionCase;
import org.lianfang.monitoring.SupervisionCaseId;
import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningId;
import org.lianfang.monitoring.WarningLevel;
import org.lianfang.monitoring.WarningNotice;
import org.lianfang.monitoring.WarningOrigin;
import org.lianfang.monitoring.WarningPolicy;
import org.lianfang.monitoring.WarningSubject;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PowerItemId;

/**
 * The third line's benchmarks (issue 12), on PostgreSQL, in one run:
 * <ul>
 *   <li><b>tick</b>: a city of open items — warnings awaiting their reply and rectification items awaiting their last
 *       day, half and half, their deadlines spread over a year around the tick — and the tick of one morning, which
 *       finds the deadlines whose alert (7, 3 or 1 days before, or overdue) falls on that day. Timed against a raw
 *       SQL select of the due rows (every column read), and against a hand-written tick: the same select {@code FOR
 *       UPDATE SKIP LOCKED}, the same notifications inserted in a batch, the deadlines moved in a batch, one commit.
 *   <li><b>outbox</b>: notifications delivered per second by a dispatcher to a sender that takes each at once, against
 *       a raw claim-and-delete loop on the same table (select a batch {@code FOR UPDATE SKIP LOCKED}, delete it,
 *       commit), batches of 100 both ways.
 *   <li><b>signal</b>: the tick's signal path ({@link SignalPath}), a sixtieth as many running cases as open items
 *       reaching PROMPT at the tick, against a hand-written signal tick doing the same writes.
 * </ul>
 * The records are written through the store's own bulk paths, not timed; between rounds the due and outbox rows are
 * put back as they were. Each figure is the median of the rounds after a warm-up, the two ways alternating; the last
 * lines are {@code tick-bench tick=… select=… idle=… signal=…} (the morning's tick ÷ the hand-written tick, and ÷ the
 * select alone; a tick later that day, when nothing new is due, ÷ the select of the due rows, which finds none; the
 * signal path's tick ÷ its hand-written one) and {@code
 * outbox-bench dispatch=…} (the dispatcher's rate ÷ the raw loop's).
 *
 * <p>Run: {@code mvn -q -pl examples exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.lianfang.examples.bench.ThirdLineBenchmark -Dexec.args="120000 20000 5"} (open items,
 * notifications, rounds).
 */
public final class ThirdLineBenchmark {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** The morning of the tick. */
  static final LocalDate TICK_DAY = LocalDate.of(2010, 11, 1);
  private static final int UNITS = 1500;
  private static final String DUE_COLUMNS = "record_id, what, unit_id, link, due, recipients, title_zh, title_en, "
      + "next_alert_at";
  private static final String OUTBOX_COLUMNS = "outbox_id, unit_id, idempotency_key, recipient, kind, link, "
      + "subject_zh, subject_en, body_zh, body_en, created_at, attempts, next_attempt_at, claimed_by, lease_until, "
      + "last_error, parked_at";

  private ThirdLineBenchmark() {}

  /** @param nanos the median time @param count rows it handled */
  record Timed(long nanos, long count) {}

  /**
   * @param tick the tick through Lianfang
   * @param select the raw select of the due rows
   * @param handWritten the hand-written tick
   * @param dispatch the dispatcher draining the outbox
   * @param rawLoop the raw claim-and-delete loop
   * @param signal the tick's signal path, against a hand-written one
   * @param tickLine the tick's summary line
   * @param outboxLine the outbox's summary line
   */
  record Result(Timed tick, Timed select, Timed handWritten, Timed dispatch, Timed rawLoop, SignalPath.Result signal,
      String tickLine, String outboxLine) {}

  /** @param args open items (default 120,000), notifications (default 20,000), rounds (default 5) */
  public static void main(String[] args) throws Exception {
    int items = args.length > 0 ? Integer.parseInt(args[0]) : 120_000;
    int notifications = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    run(items, notifications, rounds, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    System.exit(0);
  }

  static Result run(int items, int notifications, int rounds, PrintStream out) throws SQLException {
    DataSource fresh = TestDatabases.fresh(TestDatabases.Kind.POSTGRESQL);
    JdbcSchema.install(fresh, Dialect.POSTGRESQL);
    try (Connection one = fresh.getConnection()) {
      DataSource ds = OneConnection.over(fresh, one);
      JdbcStore store = JdbcStore.of(ds, Dialect.POSTGRESQL);
      Instant evening = TICK_DAY.minusDays(1).atTime(18, 0).atZone(ZONE).toInstant();
      Lianfang lianfang = Lianfang.builder(store).clock(Clock.fixed(evening, ZONE)).build();
      long loading = System.nanoTime();
      load(store, items, evening, ThirdLineBenchmark::unit);
      int cases = loadCases(store, items / 4, TICK_DAY.atTime(9, 0).atZone(ZONE).toInstant(),
          ThirdLineBenchmark::unit);
      loadOutbox(store, notifications, evening);
      kept(one);
      out.printf(Locale.ROOT, "open items: %,d (%,d warnings, %,d rectification items, %,d supervision cases), %,d "
          + "deadlines; loaded in %.1f s (not timed)%n", items + cases, items / 2, items - items / 2, cases,
          count(one, "lf_due"), (System.nanoTime() - loading) / 1e9);

      Instant asOf = TICK_DAY.atTime(9, 0).atZone(ZONE).toInstant();
      Timed[] ticks = ticks(lianfang, one, asOf, rounds);
      Timed tickM = ticks[0];
      Timed selectM = ticks[1];
      Timed handM = ticks[2];
      out.printf(Locale.ROOT, "tick      %,d deadlines due: Lianfang %.1f ms; raw select %.1f ms; hand-written tick "
          + "%.1f ms%n", tickM.count(), tickM.nanos() / 1e6, selectM.nanos() / 1e6, handM.nanos() / 1e6);
      // the ticks of the rest of the day: the morning's alerts said, nothing new is due until the next midnight
      resetDues(one);
      lianfang.schedule().tick(asOf);
      Instant later = asOf.plus(java.time.Duration.ofMinutes(15));
      List<Timed> idle = new ArrayList<>();
      List<Timed> idleSelect = new ArrayList<>();
      for (int i = 0; i <= rounds * 4; i++) {
        for (boolean adapter : i % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
          long start = System.nanoTime();
          long n = adapter ? lianfang.schedule().tick(later).deadlines() : rawSelect(one, later);
          if (n != 0) {
            throw new IllegalStateException(n + " deadlines due after the morning's tick");
          }
          if (i > 0) {
            (adapter ? idle : idleSelect).add(new Timed(System.nanoTime() - start, n));
          }
        }
      }
      Timed idleM = Medians.of(idle, Timed::nanos);
      Timed idleSelectM = Medians.of(idleSelect, Timed::nanos);
      out.printf(Locale.ROOT, "tick      later the same day, nothing due: Lianfang %.2f ms; raw select %.2f ms%n",
          idleM.nanos() / 1e6, idleSelectM.nanos() / 1e6);

      List<Timed> dispatch = new ArrayList<>();
      List<Timed> raw = new ArrayList<>();
      Dispatcher dispatcher = lianfang.dispatcher(n -> { }, new DispatchPolicy(100, java.time.Duration.ofMinutes(5),
          java.time.Duration.ofSeconds(30), 10, java.time.Duration.ofSeconds(30), java.time.Duration.ofHours(1),
          0.5));
      for (int i = 0; i <= rounds; i++) {
        for (boolean adapter : i % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
          resetOutbox(one);
          long start = System.nanoTime();
          long n = adapter ? dispatcher.drain(Integer.MAX_VALUE).delivered() : rawClaimAndDelete(one, evening);
          Timed t = new Timed(System.nanoTime() - start, n);
          if (n != notifications) {
            throw new IllegalStateException("delivered " + n + " of " + notifications);
          }
          if (i > 0) {
            (adapter ? dispatch : raw).add(t);
          }
        }
      }
      dispatcher.close();
      SignalPath.Result signal = SignalPath.run(Math.max(20, items / 60), rounds, asOf, out);
      Timed dispatchM = Medians.of(dispatch, Timed::nanos);
      Timed rawM = Medians.of(raw, Timed::nanos);
      double perSecond = notifications / (dispatchM.nanos() / 1e9);
      double rawPerSecond = notifications / (rawM.nanos() / 1e9);
      out.printf(Locale.ROOT, "outbox    %,d notifications: dispatcher %,.0f/s; raw claim-and-delete %,.0f/s%n",
          notifications, perSecond, rawPerSecond);
      out.printf(Locale.ROOT, "(medians of %d alternating rounds after a warm-up, on PostgreSQL)%n", rounds);
      String tickLine = String.format(Locale.ROOT, "tick-bench tick=%.2f select=%.2f idle=%.2f signal=%.2f",
          (double) tickM.nanos() / handM.nanos(), (double) tickM.nanos() / selectM.nanos(),
          (double) idleM.nanos() / idleSelectM.nanos(),
          (double) signal.lianfang().nanos() / signal.handWritten().nanos());
      String outboxLine = String.format(Locale.ROOT, "outbox-bench dispatch=%.2f", perSecond / rawPerSecond);
      out.println(tickLine);
      out.println(outboxLine);
      return new Result(tickM, selectM, handM, dispatchM, rawM, signal, tickLine, outboxLine);
    }
  }

  /**
   * Keeps the due and outbox rows as loaded, for {@link #resetDues} and {@link #resetOutbox} to put back before each
   * round, and empties the outbox.
   *
   * @param one the connection the rounds run on
   */
  static void kept(Connection one) throws SQLException {
    one.setAutoCommit(true);
    try (Statement st = one.createStatement()) {
      st.execute("CREATE TABLE bench_due AS SELECT * FROM lf_due");
      st.execute("CREATE TABLE bench_outbox AS SELECT * FROM lf_outbox");
      st.execute("TRUNCATE lf_outbox");
      st.execute("ANALYZE");
    }
  }

  /**
   * The morning's tick three ways — through Lianfang, the raw select of the due rows, the hand-written tick — once to
   * warm up, then {@code rounds} times in alternating order, the due rows put back before each.
   *
   * @param lianfang Lianfang over the store the items were loaded into ({@link #kept} called)
   * @param one the connection of that store
   * @param asOf the morning of the tick
   * @param rounds measured rounds
   * @return the medians: Lianfang's tick, the raw select, the hand-written tick
   * @throws IllegalStateException if the three found different numbers of deadlines
   */
  static Timed[] ticks(Lianfang lianfang, Connection one, Instant asOf, int rounds) throws SQLException {
    List<Timed> tick = new ArrayList<>();
    List<Timed> select = new ArrayList<>();
    List<Timed> hand = new ArrayList<>();
    for (int i = 0; i <= rounds; i++) {
      for (int way : i % 2 == 0 ? new int[] {0, 1, 2} : new int[] {2, 1, 0}) {
        resetDues(one);
        long start = System.nanoTime();
        long n = switch (way) {
          case 0 -> lianfang.schedule().tick(asOf).deadlines();
          case 1 -> rawSelect(one, asOf);
          default -> handWrittenTick(one, asOf);
        };
        Timed t = new Timed(System.nanoTime() - start, n);
        if (i > 0) {
          (way == 0 ? tick : way == 1 ? select : hand).add(t);
        }
      }
    }
    Timed tickM = Medians.of(tick, Timed::nanos);
    Timed selectM = Medians.of(select, Timed::nanos);
    Timed handM = Medians.of(hand, Timed::nanos);
    if (tickM.count() != selectM.count() || tickM.count() != handM.count()) {
      throw new IllegalStateException("the ways found different deadlines: " + tick + select + hand);
    }
    return new Timed[] {tickM, selectM, handM};
  }

  private static UnitId unit(int i) {
    return new UnitId(new UUID(0x0190a5e000007000L, 0x8000000000000000L | (i % UNITS)));
  }

  /** Writes the open items and their deadlines, as the commands' reaction sets them on the eve of the tick. */
  static void load(JdbcStore store, int items, Instant evening, IntFunction<UnitId> units) {
    ReminderPolicy reminders = ReminderPolicy.standard();
    WarningPolicy replies = WarningPolicy.standard();
    OfficialId approver = new OfficialId(UUID.randomUUID());
    List<Warning> warnings = new ArrayList<>();
    List<RectificationItem> open = new ArrayList<>();
    List<DueItem> dues = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      UnitId unit = units.apply(i);
      LocalDate due = TICK_DAY.plusDays(i % 365 - 120);
      UUID id = new UUID(0x0190a5e000007000L | (i + 1L) << 16, 0x8000000000000000L | i);
      List<String> to = List.of(Recipients.official(approver), Recipients.unitLeaders(unit));
      String number = "昆纪预〔2010〕" + i + "号";
      if (i % 2 == 0) {
        WarningLevel level = WarningLevel.REMINDER;
        LocalDate issued = due.minusDays(7);
        warnings.add(Warning.issue(new WarningId(id), unit, new WarningSubject(Optional.empty(), Optional.empty(),
            List.of()), new WarningNotice(number, WarningOrigin.REPORT, "群众反映审批超时", "七日内书面说明", approver),
            level, issued, replies).after().withVersion(1));
        due = replies.replyDue(level, issued);
        Optional<Instant> next = reminders.nextAfter(due, ZONE, evening);
        if (next.isPresent()) { // else overdue was said before the eve, and the deadline ended
          dues.add(new DueItem(id, DueItem.WARNING_REPLY, unit, "warning/" + id, due, to, "预警通知书 " + number,
              "warning notice " + number, next.get()));
        }
      } else {
        RectificationTerms terms = new RectificationTerms(RectificationOrigin.OTHER, Optional.empty(),
            "超时办理", "按时办结", "建立台账", approver, due, List.of());
        open.add(RectificationItem.restore(new RectificationItemId(id), unit, terms, due.minusDays(30),
            org.lianfang.monitoring.RectificationLife.OPENED, 1));
        Optional<Instant> next = reminders.nextAfter(due, ZONE, evening);
        if (next.isPresent()) {
          dues.add(new DueItem(id, DueItem.RECTIFICATION, unit, "rectification/" + id, due, to, "整改事项：超时办理",
              "rectification item: late", next.get()));
        }
      }
      if (warnings.size() + open.size() == 5_000 || i == items - 1) {
        List<Warning> w = List.copyOf(warnings);
        List<RectificationItem> r = List.copyOf(open);
        List<DueItem> d = List.copyOf(dues);
        store.transactions().inTransaction(() -> {
          store.warnings().insertAll(w);
          store.rectificationItems().insertAll(r);
          store.dues().put(d);
          return null;
        });
        warnings.clear();
        open.clear();
        dues.clear();
      }
    }
  }

  /**
   * Writes running supervision cases whose next signal comes after the timed tick, so that they stand in the index as
   * a city's open cases do without being due (a tick's signal path is not measured here).
   *
   * @return how many
   */
  static int loadCases(JdbcStore store, int cases, Instant tick, IntFunction<UnitId> units) {
    List<SupervisionCase> batch = new ArrayList<>();
    List<DueItem> dues = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      UnitId unit = units.apply(i);
      UUID id = new UUID(0x0190a5e100007000L | (i + 1L) << 16, 0x8000000000000000L | i);
      Instant started = tick.minusSeconds(86_400L * (i % 5 + 1));
      CaseTerms terms = new CaseTerms(new PowerItemId(new UUID(0x0190a5e200007000L, 0x8000000000000000L | i % 97)),
          "KM-" + i, started, Duration.ofHours(35), Optional.empty());
      batch.add(SupervisionCase.restore(new SupervisionCaseId(id), unit, terms, CaseLife.OPENED, 1));
      Instant next = tick.plusSeconds(86_400L + i % 86_400);
      dues.add(new DueItem(id, DueItem.CASE_SIGNAL, unit, "case/" + id, LocalDate.ofInstant(next, ZONE),
          List.of(Recipients.unitLeaders(unit)), "办件 KM-" + i, "case KM-" + i, next));
      if (batch.size() == 5_000 || i == cases - 1) {
        List<SupervisionCase> c = List.copyOf(batch);
        List<DueItem> d = List.copyOf(dues);
        store.transactions().inTransaction(() -> {
          store.supervisionCases().insertAll(c);
          store.dues().put(d);
          return null;
        });
        batch.clear();
        dues.clear();
      }
    }
    return cases;
  }

  private static void loadOutbox(JdbcStore store, int notifications, Instant at) {
    List<OutboxMessage> rows = new ArrayList<>();
    for (int i = 0; i < notifications; i++) {
      UUID id = new UUID(0x0190a5e100007000L | (i + 1L) << 16, 0x8000000000000000L | i);
      rows.add(OutboxMessage.of(id, new Notification("lianfang:" + id, unit(i), Recipients.unitLeaders(unit(i)),
          "warning.issued", "warning/" + id, "预警通知书 昆纪预〔2010〕" + i + "号", "Warning notice " + i,
          "群众反映审批超时。请于 2010-11-08 前签收并回复。", "Acknowledge and reply by 2010-11-08.", at)));
      if (rows.size() == 5_000 || i == notifications - 1) {
        List<OutboxMessage> batch = List.copyOf(rows);
        store.transactions().inTransaction(() -> {
          store.outbox().add(batch);
          return null;
        });
        rows.clear();
      }
    }
  }

  /** @param c a connection @param table a table @return its rows */
  static long count(Connection c, String table) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void resetDues(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("TRUNCATE lf_due");
      st.execute("INSERT INTO lf_due SELECT * FROM bench_due");
      st.execute("TRUNCATE lf_outbox");
      st.execute("VACUUM ANALYZE lf_due");
    }
  }

  private static void resetOutbox(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("TRUNCATE lf_outbox");
      st.execute("INSERT INTO lf_outbox SELECT * FROM bench_outbox");
      st.execute("VACUUM ANALYZE lf_outbox");
    }
  }

  /** The due rows, every column read, nothing built. */
  private static long rawSelect(Connection c, Instant asOf) throws SQLException {
    long rows = 0;
    long chars = 0;
    try (PreparedStatement ps = c.prepareStatement("SELECT " + DUE_COLUMNS + " FROM lf_due WHERE next_alert_at <= ? "
        + "ORDER BY next_alert_at")) {
      ps.setLong(1, asOf.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows++;
          for (int col = 1; col <= 9; col++) {
            String v = rs.getString(col);
            chars += v == null ? 0 : v.length();
          }
        }
      }
    }
    consumed += chars;
    return rows;
  }

  private static volatile long consumed;

  /**
   * What a careful hand-written tick does: one transaction; the due rows read {@code FOR UPDATE SKIP LOCKED}; a
   * notification per recipient inserted in one batch; each row moved to its next alert, or deleted, in batches.
   */
  private static long handWrittenTick(Connection c, Instant asOf) throws SQLException {
    ReminderPolicy reminders = ReminderPolicy.standard();
    c.setAutoCommit(false);
    long rows = 0;
    try (PreparedStatement read = c.prepareStatement("SELECT " + DUE_COLUMNS + " FROM lf_due WHERE next_alert_at <= ?"
        + " ORDER BY next_alert_at FOR UPDATE SKIP LOCKED");
        PreparedStatement insert = c.prepareStatement("INSERT INTO lf_outbox (" + OUTBOX_COLUMNS + ") VALUES ("
            + "?, ".repeat(16) + "?)");
        PreparedStatement move = c.prepareStatement("UPDATE lf_due SET next_alert_at = ? WHERE record_id = ? "
            + "AND what = ?");
        PreparedStatement end = c.prepareStatement("DELETE FROM lf_due WHERE record_id = ? AND what = ?")) {
      read.setLong(1, asOf.toEpochMilli());
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          rows++;
          UUID record = rs.getObject(1, UUID.class);
          String what = rs.getString(2);
          LocalDate due = rs.getObject(5, LocalDate.class);
          boolean late = asOf.atZone(ZONE).toLocalDate().isAfter(due);
          String body = rs.getString(7) + (late ? "：已逾期，期限为 " : "：期限为 ") + due;
          for (String to : rs.getString(6).split("\n")) {
            String key = "lianfang:" + what + ":" + record + ":" + rs.getLong(9) + ":" + to;
            insert.setObject(1, UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
            insert.setObject(2, rs.getObject(3, UUID.class));
            insert.setString(3, key);
            insert.setString(4, to);
            insert.setString(5, what + (late ? ".overdue" : ".due"));
            insert.setString(6, rs.getString(4));
            insert.setString(7, late ? "逾期" : "提醒");
            insert.setString(8, late ? "Overdue" : "Reminder");
            insert.setString(9, body);
            insert.setString(10, rs.getString(8) + " due " + due);
            insert.setLong(11, asOf.toEpochMilli());
            insert.setInt(12, 0);
            insert.setLong(13, asOf.toEpochMilli());
            insert.setNull(14, java.sql.Types.VARCHAR);
            insert.setNull(15, java.sql.Types.BIGINT);
            insert.setNull(16, java.sql.Types.VARCHAR);
            insert.setNull(17, java.sql.Types.BIGINT);
            insert.addBatch();
          }
          Optional<Instant> next = reminders.nextAfter(due, ZONE, asOf);
          if (next.isPresent()) {
            move.setLong(1, next.get().toEpochMilli());
            move.setObject(2, record);
            move.setString(3, what);
            move.addBatch();
          } else {
            end.setObject(1, record);
            end.setString(2, what);
            end.addBatch();
          }
        }
      }
      insert.executeBatch();
      move.executeBatch();
      end.executeBatch();
      c.commit();
    } finally {
      c.setAutoCommit(true);
    }
    return rows;
  }

  /** Claims a batch of 100 {@code FOR UPDATE SKIP LOCKED}, deletes it, commits; again until none is left. */
  private static long rawClaimAndDelete(Connection c, Instant now) throws SQLException {
    c.setAutoCommit(false);
    long deleted = 0;
    try (PreparedStatement claim = c.prepareStatement("SELECT " + OUTBOX_COLUMNS + " FROM lf_outbox WHERE "
        + "parked_at IS NULL AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?) "
        + "ORDER BY next_attempt_at LIMIT 100 FOR UPDATE SKIP LOCKED")) {
      while (true) {
        claim.setLong(1, now.toEpochMilli());
        claim.setLong(2, now.toEpochMilli());
        List<UUID> ids = new ArrayList<>();
        long chars = 0;
        try (ResultSet rs = claim.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getObject(1, UUID.class));
            for (int col = 2; col <= 10; col++) {
              chars += rs.getString(col).length();
            }
          }
        }
        consumed += chars;
        if (ids.isEmpty()) {
          c.commit();
          return deleted;
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM lf_outbox WHERE outbox_id IN ("
            + "?, ".repeat(ids.size() - 1) + "?)")) {
          for (int i = 0; i < ids.size(); i++) {
            delete.setObject(i + 1, ids.get(i));
          }
          deleted += delete.executeUpdate();
        }
        c.commit();
      }
    } finally {
      c.setAutoCommit(true);
    }
  }
}

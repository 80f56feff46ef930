package org.lianfang.examples.bench;

import java.io.PrintStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.jdbc.Dialect;
import org.lianfang.jdbc.JdbcSchema;
import org.lianfang.jdbc.JdbcStore;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.CanonicalJson;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.monitoring.CaseLife;
import org.lianfang.monitoring.CaseTerms;
import org.lianfang.monitoring.DueItem;
import org.lianfang.monitoring.MonitoringEvent;
import org.lianfang.monitoring.Recipients;
import org.lianfang.monitoring.SignalPolicy;
import org.lianfang.monitoring.SupervisionCase;
import org.lianfang.monitoring.SupervisionCaseId;
import org.lianfang.monitoring.SupervisionSignal;
import org.lianfang.monitoring.WorkingCalendar;
import org.lianfang.monitoring.WorkingHours;
import org.lianfang.monitoring.WorkingTime;
import org.lianfang.organization.PowerItemId;

/**
 * The tick's signal path (issue 12, P-20), on PostgreSQL: running cases under electronic supervision whose PROMPT has
 * risen, each with its deadline due in the tick's index, and the tick that records them. Timed against a hand-written
 * signal tick doing the same work with plain JDBC, in batches of the same size ({@code Schedule}'s 500), one
 * transaction each:
 * <ol>
 *   <li>the due rows read {@code FOR UPDATE SKIP LOCKED};
 *   <li>their cases and their lists read (two statements, {@code = ANY(?)});
 *   <li>the signal reached computed by the same domain rules ({@link SupervisionCase#signalAt}) and recorded
 *       ({@link SupervisionCase#raise});
 *   <li>the units' journal heads locked, the entries made as Lianfang makes them ({@link JournalChain#next}: the
 *       event's canonical JSON, the record's digest, the chain's hash) and inserted in a batch, the heads moved;
 *   <li>the cases' versions moved with a version check and the signal rows inserted, in batches;
 *   <li>the notification to the unit's leaders inserted, in a batch;
 *   <li>each deadline moved to the case's next signal ({@link SupervisionCase#nextSignalAt}), in a batch; one commit.
 * </ol>
 * A database of its own, put back as it was between rounds (the cases, their lists and deadlines, their units'
 * journals; an empty outbox), and a new store each round, so that no cache outlives the rows it read. Both ways must
 * leave the same number of journal entries, signal rows and notifications.
 */
final class SignalPath {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final int BATCH = 500;
  private static final int UNITS = 300;
  private static final WorkingTime TIME = WorkingTime.of(WorkingCalendar.weekdays(), WorkingHours.standard());
  private static final SignalPolicy SIGNALS = SignalPolicy.standard(WorkingHours.standard());
  private static final String CASE_COLUMNS = "case_id, unit_id, power_item_id, case_number, started, limit_minutes, "
      + "commitment_id, paused_since, completed, version";
  private static final String OUTBOX_COLUMNS = "outbox_id, unit_id, idempotency_key, recipient, kind, link, "
      + "subject_zh, subject_en, body_zh, body_en, created_at, attempts, next_attempt_at, claimed_by, lease_until, "
      + "last_error, parked_at";

  private SignalPath() {}

  /**
   * @param lianfang the tick through Lianfang
   * @param handWritten the hand-written signal tick
   */
  record Result(ThirdLineBenchmark.Timed lianfang, ThirdLineBenchmark.Timed handWritten) {}

  /**
   * @param cases how many cases are due
   * @param rounds timed rounds after a warm-up
   * @param asOf the tick's instant (a weekday morning)
   * @param out where the figures are printed
   * @return the medians
   */
  static Result run(int cases, int rounds, Instant asOf, PrintStream out) throws SQLException {
    DataSource fresh = TestDatabases.fresh(TestDatabases.Kind.POSTGRESQL);
    JdbcSchema.install(fresh, Dialect.POSTGRESQL);
    try (Connection one = fresh.getConnection()) {
      DataSource ds = OneConnection.over(fresh, one);
      load(JdbcStore.of(ds, Dialect.POSTGRESQL), cases, asOf);
      one.setAutoCommit(true);
      try (Statement st = one.createStatement()) {
        st.execute("CREATE TABLE bench_case AS SELECT * FROM lf_case");
        st.execute("CREATE TABLE bench_case_mark AS SELECT * FROM lf_case_mark");
        st.execute("CREATE TABLE bench_due AS SELECT * FROM lf_due");
        st.execute("CREATE TABLE bench_journal AS SELECT * FROM lf_journal");
        st.execute("CREATE TABLE bench_journal_head AS SELECT * FROM lf_journal_head");
      }
      List<ThirdLineBenchmark.Timed> lianfang = new ArrayList<>();
      List<ThirdLineBenchmark.Timed> hand = new ArrayList<>();
      List<List<Long>> written = new ArrayList<>(); // each round's journal, signal and outbox rows
      for (int i = 0; i <= rounds; i++) {
        for (boolean adapter : i % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
          reset(one);
          Lianfang lf = Lianfang.builder(JdbcStore.of(ds, Dialect.POSTGRESQL)).clock(Clock.fixed(asOf, ZONE)).build();
          long start = System.nanoTime();
          long n = adapter ? lf.schedule().tick(asOf).signals() : handWritten(one, asOf);
          ThirdLineBenchmark.Timed t = new ThirdLineBenchmark.Timed(System.nanoTime() - start, n);
          if (n != cases) {
            throw new IllegalStateException((adapter ? "Lianfang" : "the hand-written tick") + " raised " + n
                + " signals of " + cases);
          }
          List<Long> rows = new ArrayList<>();
          for (String table : List.of("lf_journal", "lf_case_mark", "lf_outbox")) {
            rows.add(ThirdLineBenchmark.count(one, table));
          }
          written.add(rows);
          if (i > 0) {
            (adapter ? lianfang : hand).add(t);
          }
        }
      }
      if (written.stream().distinct().count() != 1) {
        throw new IllegalStateException("the ways wrote different rows (journal, marks, outbox): " + written);
      }
      ThirdLineBenchmark.Timed lianfangM = Medians.of(lianfang, ThirdLineBenchmark.Timed::nanos);
      ThirdLineBenchmark.Timed handM = Medians.of(hand, ThirdLineBenchmark.Timed::nanos);
      out.printf(Locale.ROOT, "signal    %,d cases reaching PROMPT: Lianfang %.1f ms; hand-written signal tick %.1f ms"
          + "%n", cases, lianfangM.nanos() / 1e6, handM.nanos() / 1e6);
      return new Result(lianfangM, handM);
    }
  }

  private static UnitId unit(int i) {
    return new UnitId(new UUID(0x0190a5e300007000L, 0x8000000000000000L | (i % UNITS)));
  }

  /**
   * Running cases started at nine the Monday before, 40 working hours promised: by the tick's Monday morning 35 have
   * run, past PROMPT's point (33, on Friday at 15:30) and short of the limit, and their deadlines stand at the instant
   * PROMPT rose. Each case's opening is in its unit's journal, as in a city where the host opened them: the tick
   * continues chains that exist.
   */
  private static void load(JdbcStore store, int cases, Instant asOf) {
    Instant started = asOf.minus(Duration.ofDays(7));
    List<SupervisionCase> batch = new ArrayList<>();
    List<DueItem> dues = new ArrayList<>();
    Map<UUID, Optional<ChainHead>> heads = new HashMap<>();
    List<JournalEntry> opened = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      UnitId unit = unit(i);
      UUID id = new UUID(0x0190a5e400007000L | (i + 1L) << 16, 0x8000000000000000L | i);
      CaseTerms terms = new CaseTerms(new PowerItemId(new UUID(0x0190a5e500007000L, 0x8000000000000000L | i % 97)),
          "KM-2010-" + i, started, Duration.ofHours(40), Optional.empty());
      SupervisionCase c = SupervisionCase.restore(new SupervisionCaseId(id), unit, terms, CaseLife.OPENED, 1);
      Instant prompt = c.nextSignalAt(started, TIME, ZONE, SIGNALS).orElseThrow();
      if (prompt.isAfter(asOf) || c.signalAt(asOf, TIME, ZONE, SIGNALS).orElseThrow() != SupervisionSignal.PROMPT) {
        throw new IllegalStateException("the case is to be at PROMPT by the tick: " + prompt);
      }
      batch.add(c);
      dues.add(new DueItem(id, DueItem.CASE_SIGNAL, unit, "case/" + id, LocalDate.ofInstant(prompt, ZONE),
          List.of(Recipients.unitLeaders(unit)), "办件 " + terms.number(), "case " + terms.number(), prompt));
      MonitoringEvent.CaseOpened event = new MonitoringEvent.CaseOpened(unit, c.id(), terms);
      JournalEntry e = JournalChain.next(ChainDigest.SHA_256, heads.getOrDefault(unit.value(), Optional.empty()), unit,
          event.type(), "host", started, CanonicalJson.of(event), id,
          JournalChain.recordDigest(ChainDigest.SHA_256, AggregateKinds.state(c)));
      heads.put(unit.value(), Optional.of(e.head()));
      opened.add(e);
      if (batch.size() == 5_000 || i == cases - 1) {
        List<SupervisionCase> k = List.copyOf(batch);
        List<DueItem> d = List.copyOf(dues);
        List<JournalEntry> j = List.copyOf(opened);
        store.transactions().inTransaction(() -> {
          store.supervisionCases().insertAll(k);
          store.dues().put(d);
          store.journal().appendAll(j);
          return null;
        });
        batch.clear();
        dues.clear();
        opened.clear();
      }
    }
  }

  private static void reset(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("TRUNCATE lf_case, lf_case_mark, lf_due, lf_journal, lf_journal_head, lf_outbox");
      st.execute("INSERT INTO lf_case SELECT * FROM bench_case");
      st.execute("INSERT INTO lf_case_mark SELECT * FROM bench_case_mark");
      st.execute("INSERT INTO lf_due SELECT * FROM bench_due");
      st.execute("INSERT INTO lf_journal SELECT * FROM bench_journal");
      st.execute("INSERT INTO lf_journal_head SELECT * FROM bench_journal_head");
      st.execute("VACUUM ANALYZE lf_case, lf_case_mark, lf_due, lf_journal, lf_journal_head, lf_outbox");
    }
  }

  /** A due case, its row and the deadline's alert it was due at. */
  private record Due(UUID id, long alertAt) {}

  /** @return how many signals it recorded */
  static long handWritten(Connection c, Instant asOf) throws SQLException {
    c.setAutoCommit(false);
    long raised = 0;
    try {
      while (true) {
        int[] batch = batch(c, asOf);
        raised += batch[1];
        c.commit();
        if (batch[0] < BATCH) {
          return raised;
        }
      }
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  /** @return the due rows the batch read, and the signals it recorded */
  private static int[] batch(Connection c, Instant asOf) throws SQLException {
    List<Due> due = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT record_id, next_alert_at FROM lf_due WHERE "
        + "next_alert_at <= ? ORDER BY next_alert_at LIMIT ? FOR UPDATE SKIP LOCKED")) {
      ps.setLong(1, asOf.toEpochMilli());
      ps.setInt(2, BATCH);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          due.add(new Due(rs.getObject(1, UUID.class), rs.getLong(2)));
        }
      }
    }
    if (due.isEmpty()) {
      return new int[] {0, 0};
    }
    Array ids = c.createArrayOf("uuid", due.stream().map(Due::id).toArray());
    Map<UUID, SupervisionCase> cases = cases(c, ids);
    // the units' heads, locked in one order
    TreeMap<UUID, Optional<ChainHead>> heads = new TreeMap<>();
    cases.values().forEach(k -> heads.put(k.unitId().value(), Optional.empty()));
    try (PreparedStatement ps = c.prepareStatement("SELECT unit_id, sequence, hash FROM lf_journal_head WHERE "
        + "unit_id = ANY(?) ORDER BY unit_id FOR UPDATE")) {
      ps.setArray(1, c.createArrayOf("uuid", heads.keySet().toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          UUID unit = rs.getObject(1, UUID.class);
          heads.put(unit, Optional.of(new ChainHead(new UnitId(unit), rs.getLong(2), rs.getString(3))));
        }
      }
    }
    Map<UUID, Boolean> headExisted = new HashMap<>();
    heads.forEach((u, h) -> headExisted.put(u, h.isPresent()));
    int signalled = 0;
    try (PreparedStatement version = c.prepareStatement("UPDATE lf_case SET version = ? WHERE case_id = ? AND "
        + "version = ?");
        PreparedStatement mark = c.prepareStatement("INSERT INTO lf_case_mark (unit_id, case_id, mark_list, ordinal, "
            + "mark_at, signal_code) VALUES (?, ?, 2, ?, ?, ?)");
        PreparedStatement journal = c.prepareStatement("INSERT INTO lf_journal (unit_id, sequence, event_type, "
            + "actor_id, at_ms, payload, record_id, record_digest, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?)");
        PreparedStatement outbox = c.prepareStatement("INSERT INTO lf_outbox (" + OUTBOX_COLUMNS + ") VALUES ("
            + "?, ".repeat(16) + "?)");
        PreparedStatement move = c.prepareStatement("UPDATE lf_due SET next_alert_at = ?, due = ? WHERE "
            + "record_id = ? AND what = ?");
        PreparedStatement end = c.prepareStatement("DELETE FROM lf_due WHERE record_id = ? AND what = ?")) {
      for (Due d : due) {
        SupervisionCase k = cases.get(d.id());
        if (k == null) {
          end.setObject(1, d.id());
          end.setString(2, DueItem.CASE_SIGNAL);
          end.addBatch();
          continue;
        }
        Optional<SupervisionSignal> reached = k.signalAt(asOf, TIME, ZONE, SIGNALS);
        SupervisionCase after = k;
        if (reached.isPresent() && k.life().signal().map(r -> r.compareTo(reached.get()) < 0).orElse(true)) {
          signalled++;
          after = k.raise(reached.get(), asOf, Optional.empty()).orElseThrow().after().withVersion(k.version() + 1);
          MonitoringEvent.CaseSignalled event = new MonitoringEvent.CaseSignalled(k.unitId(), k.id(),
              reached.get(), asOf, Optional.empty());
          UUID unit = k.unitId().value();
          JournalEntry e = JournalChain.next(ChainDigest.SHA_256, heads.get(unit), k.unitId(), event.type(),
              "lianfang-tick", asOf, CanonicalJson.of(event), k.id().value(),
              JournalChain.recordDigest(ChainDigest.SHA_256, AggregateKinds.state(after)));
          heads.put(unit, Optional.of(e.head()));
          journal.setObject(1, unit);
          journal.setLong(2, e.sequence());
          journal.setString(3, e.eventType());
          journal.setString(4, e.actorId());
          journal.setLong(5, e.at().toEpochMilli());
          journal.setString(6, e.payload());
          journal.setObject(7, e.recordId());
          journal.setString(8, e.recordDigest());
          journal.setString(9, e.previousHash());
          journal.setString(10, e.hash());
          journal.addBatch();
          version.setLong(1, after.version());
          version.setObject(2, k.id().value());
          version.setLong(3, k.version());
          version.addBatch();
          mark.setObject(1, unit);
          mark.setObject(2, k.id().value());
          mark.setInt(3, k.life().signals().size());
          mark.setLong(4, asOf.toEpochMilli());
          mark.setString(5, reached.get().name());
          mark.addBatch();
          UUID row = UUID.randomUUID();
          String to = Recipients.unitLeaders(k.unitId());
          outbox.setObject(1, row);
          outbox.setObject(2, unit);
          outbox.setString(3, "lianfang:" + row);
          outbox.setString(4, to);
          outbox.setString(5, "case.signalled." + reached.get().code());
          outbox.setString(6, "case/" + k.id());
          outbox.setString(7, "办件即将超时（预警提示）");
          outbox.setString(8, "Case nearly due (prompt)");
          outbox.setString(9, "办件 " + k.terms().number() + " 即将超过承诺时限，请抓紧办理。");
          outbox.setString(10, "Case " + k.terms().number() + " is close to its promised limit: complete it.");
          outbox.setLong(11, asOf.toEpochMilli());
          outbox.setInt(12, 0);
          outbox.setLong(13, asOf.toEpochMilli());
          outbox.setNull(14, Types.VARCHAR);
          outbox.setNull(15, Types.BIGINT);
          outbox.setNull(16, Types.VARCHAR);
          outbox.setNull(17, Types.BIGINT);
          outbox.addBatch();
        }
        Optional<Instant> next = after.nextSignalAt(asOf, TIME, ZONE, SIGNALS);
        if (next.isPresent()) {
          move.setLong(1, next.get().toEpochMilli());
          move.setObject(2, LocalDate.ofInstant(next.get(), ZONE));
          move.setObject(3, d.id());
          move.setString(4, DueItem.CASE_SIGNAL);
          move.addBatch();
        } else {
          end.setObject(1, d.id());
          end.setString(2, DueItem.CASE_SIGNAL);
          end.addBatch();
        }
      }
      journal.executeBatch();
      for (int n : version.executeBatch()) {
        if (n != 1) {
          throw new IllegalStateException("a case changed under the hand-written tick");
        }
      }
      mark.executeBatch();
      outbox.executeBatch();
      move.executeBatch();
      end.executeBatch();
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO lf_journal_head (sequence, hash, unit_id) "
        + "VALUES (?, ?, ?)");
        PreparedStatement update = c.prepareStatement("UPDATE lf_journal_head SET sequence = ?, hash = ? WHERE "
            + "unit_id = ?")) {
      for (Map.Entry<UUID, Optional<ChainHead>> h : heads.entrySet()) {
        if (h.getValue().isEmpty()) {
          continue;
        }
        PreparedStatement ps = headExisted.get(h.getKey()) ? update : insert;
        ps.setLong(1, h.getValue().get().sequence());
        ps.setString(2, h.getValue().get().hash());
        ps.setObject(3, h.getKey());
        ps.addBatch();
      }
      insert.executeBatch();
      update.executeBatch();
    }
    return new int[] {due.size(), signalled};
  }

  /** The cases and their lists, in two statements, built as the store builds them. */
  private static Map<UUID, SupervisionCase> cases(Connection c, Array ids) throws SQLException {
    Map<UUID, List<CaseLife.Step>> steps = new HashMap<>();
    Map<UUID, List<CaseLife.Pause>> pauses = new HashMap<>();
    Map<UUID, List<CaseLife.Raised>> signals = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT case_id, mark_list, mark_at, until_at, step_name, "
        + "limit_minutes, signal_code, warning_id FROM lf_case_mark WHERE case_id = ANY(?) ORDER BY case_id, "
        + "mark_list, ordinal")) {
      ps.setArray(1, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          UUID id = rs.getObject(1, UUID.class);
          Instant at = Instant.ofEpochMilli(rs.getLong(3));
          switch (rs.getInt(2)) {
            case 0 -> {
              long minutes = rs.getLong(6);
              steps.computeIfAbsent(id, k -> new ArrayList<>()).add(new CaseLife.Step(rs.getString(5), at,
                  rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofMinutes(minutes))));
            }
            case 1 -> pauses.computeIfAbsent(id, k -> new ArrayList<>()).add(new CaseLife.Pause(at,
                Instant.ofEpochMilli(rs.getLong(4))));
            default -> signals.computeIfAbsent(id, k -> new ArrayList<>()).add(new CaseLife.Raised(
                SupervisionSignal.valueOf(rs.getString(7)), at, Optional.ofNullable(rs.getObject(8, UUID.class))
                    .map(org.lianfang.monitoring.WarningId::new)));
          }
        }
      }
    }
    Map<UUID, SupervisionCase> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT " + CASE_COLUMNS + " FROM lf_case WHERE case_id = ANY(?)")) {
      ps.setArray(1, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          UUID id = rs.getObject(1, UUID.class);
          CaseTerms terms = new CaseTerms(new PowerItemId(rs.getObject(3, UUID.class)), rs.getString(4),
              Instant.ofEpochMilli(rs.getLong(5)), Duration.ofMinutes(rs.getLong(6)),
              Optional.ofNullable(rs.getObject(7, UUID.class)).map(org.lianfang.control.ServiceCommitmentId::new));
          long paused = rs.getLong(8);
          Optional<Instant> pausedSince = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(paused));
          long done = rs.getLong(9);
          Optional<Instant> completed = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(done));
          CaseLife life = new CaseLife(steps.getOrDefault(id, List.of()), pauses.getOrDefault(id, List.of()),
              pausedSince, completed, signals.getOrDefault(id, List.of()));
          out.put(id, SupervisionCase.restore(new SupervisionCaseId(id), new UnitId(rs.getObject(2, UUID.class)),
              terms, life, rs.getLong(10)));
        }
      }
    }
    return out;
  }
}

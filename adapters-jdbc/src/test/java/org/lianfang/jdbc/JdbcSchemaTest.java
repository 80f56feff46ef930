package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.jdbc.testing.TestDatabases;

/**
 * The schema installs on every database, the dialect is detected, and installing again changes nothing; migrations
 * are numbered in order with one script per dialect, and are applied only in that order.
 */
class JdbcSchemaTest {
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void installsOnceAndThenIsANoOp(TestDatabases.Kind kind) throws Exception {
    DataSource ds = TestDatabases.fresh(kind);
    Dialect expected = switch (kind) {
      case H2 -> Dialect.H2;
      case POSTGRESQL -> Dialect.POSTGRESQL;
      case MARIADB -> Dialect.MYSQL;
    };
    try (Connection c = ds.getConnection()) {
      assertEquals(expected, Dialect.detect(c));
    }
    assertEquals(JdbcSchema.migrations(), JdbcSchema.install(ds));
    assertEquals(List.of(), JdbcSchema.install(ds), "a second install applies nothing");
    assertEquals(JdbcSchema.migrations().stream().map(JdbcSchema.Migration::version).collect(Collectors.toSet()),
        JdbcSchema.installed(ds, expected));
    assertTrue(JdbcStore.of(ds).units().roots().isEmpty());
  }

  /**
   * Schema version 29: each register twin has its live table's columns, in their order and of their types, and the
   * year last, so that freezing can copy a row whole ({@code SELECT t.*, year}) and a register is read by the live
   * statements; a later migration that changes a live table and not its twin fails here.
   */
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void eachRegisterTwinHasItsLiveTablesColumnsInOrderThenTheYear(TestDatabases.Kind kind) throws Exception {
    DataSource ds = TestDatabases.fresh(kind);
    JdbcSchema.install(ds);
    try (Connection c = ds.getConnection()) {
      for (String table : JdbcRegisters.TABLES) {
        List<String> live = columns(c, table);
        List<String> twin = columns(c, JdbcRegisters.twin(table));
        assertTrue(live.size() > 3, table + ": " + live);
        assertEquals(live, twin.subList(0, twin.size() - 1), table);
        String year = twin.get(twin.size() - 1);
        assertTrue(year.matches("register_year INT(4|EGER)?"), table + ": " + year);
      }
    }
  }

  /** @return the table's columns in order, each as its lower-case name and its type's name */
  private static List<String> columns(Connection c, String table) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    for (String name : List.of(table, table.toUpperCase(java.util.Locale.ROOT))) {
      if (!out.isEmpty()) {
        break; // H2 keeps names in upper case; the others find them in lower case, MariaDB in either
      }
      try (java.sql.ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), name, null)) {
        while (rs.next()) {
          out.add(rs.getInt("ORDINAL_POSITION") + " " + rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT)
              + " " + rs.getString("TYPE_NAME").toUpperCase(java.util.Locale.ROOT));
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(x -> Integer.parseInt(x.substring(0, x.indexOf(' ')))));
    return out.stream().map(x -> x.substring(x.indexOf(' ') + 1)).toList();
  }

  private static Dialect dialectOf(TestDatabases.Kind kind) {
    return kind == TestDatabases.Kind.MARIADB ? Dialect.MYSQL
        : kind == TestDatabases.Kind.H2 ? Dialect.H2 : Dialect.POSTGRESQL;
  }

  /**
   * Builds the test world on an older schema and writes one point through today's store
   * ({@link #writtenBeforeCounters}), reading back what later checks need while today's columns are there.
   */
  private static Written writtenBefore(DataSource ds, Dialect dialect,
      java.util.function.BiFunction<org.lianfang.testing.World, org.lianfang.application.risk.IdentifyRiskPoint.Builder,
          org.lianfang.risk.RiskPointId> write) throws Exception {
    return writtenBeforeCounters(ds, dialect, () -> {
      org.lianfang.testing.World world = org.lianfang.testing.World.in(JdbcStore.of(ds, dialect));
      org.lianfang.risk.RiskPointId point = write.apply(world, world.aPointOnApprover());
      return new Written(world, world.lianfang.risks().queries().riskPoint(world.inspector, point).orElseThrow(),
          world.lianfang.ledger().queries().journal(world.auditor, world.land, 1, 10_000).orElseThrow().size());
    });
  }

  /** A world written on an older schema, and the point its test is about, as read back then. */
  private record Written(org.lianfang.testing.World world, org.lianfang.risk.RiskPoint point, int entries) {}

  /**
   * Writes through today's store on a schema before version 5, whose journal heads hold no code numbers (and, before
   * version 4, with no {@code lf_code_counter}), before version 6, whose entries name no record and carry no digest and
   * whose comments have no seal, before version 7, whose notices have no audience, before version 9, whose posts have
   * no section, before version 10, which names no digest (SHA-256), before version 11, which has no control measures,
   * before version 12, which has no education activities, before version 13, which has no power disclosures and no
   * secret items, before version 14, which has no service commitments, before version 15, which has no warnings, before
   * version 16, which has no rectification items, before version 17, which has no outbox, before version 18, which has
   * no deadlines, before version 20, which has no reports, before version 21, which has no supervision cases, and
   * before version 23, which has no monthly checks, before version 24, which has no special inspections, before version
   * 25, which has no self-checks, before version 26, which has no appraisal rounds, before version 27, which has no
   * annual evaluations, before version 28, which has no annual cycles, and before version 31, whose lists' columns
   * are named {@code position} (its keys with the unit are kept: version 31 makes them again): what today's store
   * needs of those versions is there while the points are identified and dropped afterwards, so the database holds
   * what code of the older version wrote.
   */
  private static <T> T writtenBeforeCounters(DataSource ds, Dialect dialect, java.util.function.Supplier<T> writes)
      throws Exception {
    boolean before4 = !JdbcSchema.installed(ds, dialect).contains(4);
    try (Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement()) {
      if (before4) {
        String script = new String(JdbcSchemaTest.class.getClassLoader().getResourceAsStream(JdbcSchema.migrations()
            .get(3).resource(dialect)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        for (String statement : JdbcSchema.statements(script)) {
          if (statement.contains("lf_code_counter")) {
            st.execute(statement);
          }
        }
      }
      st.execute("ALTER TABLE lf_journal_head ADD COLUMN risk_point_number BIGINT");
      for (int v = 5; v < JdbcSchema.migrations().size(); v++) { // V006 on: what the code writes, dropped below
        String later = new String(JdbcSchemaTest.class.getClassLoader().getResourceAsStream(JdbcSchema.migrations()
            .get(v).resource(dialect)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        for (String statement : JdbcSchema.statements(later)) {
          st.execute(statement);
        }
      }
    }
    T written = writes.get();
    try (Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement()) {
      st.execute("ALTER TABLE lf_journal_head DROP COLUMN risk_point_number");
      st.execute("ALTER TABLE lf_journal DROP COLUMN record_id");
      st.execute("ALTER TABLE lf_journal DROP COLUMN record_digest");
      st.execute("ALTER TABLE lf_risk_comment DROP COLUMN seal");
      st.execute("ALTER TABLE lf_risk_point DROP COLUMN n_audience");
      st.execute("ALTER TABLE lf_risk_point DROP COLUMN raiser_seal");
      st.execute("ALTER TABLE lf_risk_point DROP COLUMN earlier_comments");
      st.execute("ALTER TABLE lf_post DROP COLUMN section");
      st.execute("DROP INDEX lf_risk_point_state" + (dialect == Dialect.MYSQL ? " ON lf_risk_point" : ""));
      st.execute("DROP TABLE lf_archive");
      st.execute("ALTER TABLE lf_power_item DROP COLUMN secrecy");
      for (String table : List.of("lf_control_measure", "lf_control_measure_point", "lf_control_evidence",
          "lf_education_activity", "lf_education_ref", "lf_education_evidence", "lf_power_disclosure",
          "lf_disclosure_field", "lf_disclosure_channel", "lf_service_commitment", "lf_warning", "lf_warning_round",
          "lf_warning_point", "lf_rectification_item", "lf_rectification_point", "lf_outbox", "lf_due", "lf_report",
          "lf_report_ref", "lf_case", "lf_case_mark", "lf_monthly_check", "lf_check_row", "lf_check_evidence",
          "lf_special_inspection", "lf_inspection_scope", "lf_inspection_finding", "lf_finding_point",
          "lf_accountability", "lf_self_check", "lf_appraisal_round", "lf_appraisal_item",
          "lf_appraisal_comment", "lf_evaluation", "lf_evaluation_case", "lf_cycle", "lf_cycle_step", "lf_register",
          "lf_reg_risk_point", "lf_reg_risk_source", "lf_reg_risk_rule", "lf_reg_risk_review", "lf_reg_risk_comment",
          "lf_reg_risk_custom", "lf_reg_control_measure", "lf_reg_control_measure_point", "lf_reg_control_evidence")) {
        st.execute("DROP TABLE " + table);
      }
      if (before4) {
        st.execute("DROP TABLE lf_code_counter");
      }
      for (String table : List.of("lf_process_step", "lf_process_flow", "lf_risk_source", "lf_risk_rule",
          "lf_risk_review", "lf_risk_comment")) {
        st.execute(dialect == Dialect.H2 ? "ALTER TABLE " + table + " ALTER COLUMN ordinal RENAME TO position"
            : "ALTER TABLE " + table + " RENAME COLUMN ordinal TO position");
      }
    }
    return written;
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void upgradingFromVersionOneKeepsTheDataAndAddsTheChecks(TestDatabases.Kind kind) throws Exception {
    DataSource ds = TestDatabases.fresh(kind);
    Dialect dialect = dialectOf(kind);
    try (Connection c = ds.getConnection()) {
      JdbcSchema.install(c, dialect, JdbcSchema.migrations().subList(0, 1));
    }
    assertEquals(Set.of(1), JdbcSchema.installed(ds, dialect));
    Written written = writtenBefore(ds, dialect,
        (world, point) -> world.confirmed(point.described("升级前的风险点 𠮷").build()));
    org.lianfang.testing.World w = written.world();
    org.lianfang.risk.RiskPointId id = written.point().id();
    org.lianfang.risk.RiskPoint before = written.point();
    int entries = written.entries();

    assertEquals(JdbcSchema.migrations().subList(1, JdbcSchema.migrations().size()), JdbcSchema.install(ds),
        "only the versions after 1 are applied");

    assertEquals(before, w.lianfang.risks().queries().riskPoint(w.inspector, id).orElseThrow(), "the data is kept");
    assertEquals(entries, w.lianfang.ledger().queries().journal(w.auditor, w.land, 1, 10_000).orElseThrow().size(),
        "the entries are kept");
    org.lianfang.ledger.Verification v = w.lianfang.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow();
    assertEquals(1, ((org.lianfang.ledger.Verification.Broken) v).sequence(), "entries written before journal "
        + "format 2 (version 6) name no record and were hashed without one: they no longer verify, as documented");
    org.lianfang.risk.RiskPointId next = w.draft(w.aPointOnApprover().described("升级后的风险点").build());
    int held = w.lianfang.risks().queries().riskPoints(w.inspector, w.land).size();
    assertEquals(before.code().replaceAll("-\\d+$", "") + String.format("-%04d", held),
        w.lianfang.risks().queries().riskPoint(w.inspector, next).orElseThrow().code(),
        "version 5 numbers the next code after the points written before it");
    try (Connection c = ds.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
        "UPDATE lf_risk_point SET g_probability = 9 WHERE code = ?")) {
      ps.setString(1, before.code());
      org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, ps::executeUpdate,
          "version 2 keeps grades on their scale even against writes around Lianfang");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void upgradingToVersionThreeRenamesTheStoredWordsForPublishing(TestDatabases.Kind kind) throws Exception {
    DataSource ds = TestDatabases.fresh(kind);
    Dialect dialect = dialectOf(kind);
    try (Connection c = ds.getConnection()) {
      JdbcSchema.install(c, dialect, JdbcSchema.migrations().subList(0, 2));
    }
    Written written = writtenBefore(ds, dialect,
        (world, point) -> world.published(point.described("公示中的风险点").build()));
    org.lianfang.testing.World w = written.world();
    org.lianfang.risk.RiskPointId id = written.point().id();
    org.lianfang.risk.RiskPoint before = written.point();
    try (Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement()) {
      // what a database written before version 3 holds: the constants' old names
      st.executeUpdate("UPDATE lf_risk_point SET state = 'POSTED' WHERE state = 'PUBLISHED'");
      st.executeUpdate("UPDATE lf_risk_review SET to_state = 'POSTED', action = 'POST' WHERE action = 'PUBLISH'");
    }

    try (Connection c = ds.getConnection()) {
      assertEquals(List.of(JdbcSchema.migrations().get(2)), JdbcSchema.install(c, dialect,
          JdbcSchema.migrations().subList(0, 3)), "only version 3 is applied");
    }
    JdbcSchema.install(ds); // the later versions, which today's store reads through

    assertEquals(org.lianfang.ledger.ChainDigest.SHA_256, JdbcStore.of(ds, dialect).journal().digest(),
        "version 10 names SHA-256, the digest of every archive made before it");
    assertEquals(before, w.lianfang.risks().queries().riskPoint(w.inspector, id).orElseThrow());
    assertEquals(org.lianfang.risk.ReviewState.PUBLISHED,
        w.lianfang.risks().queries().riskPoint(w.inspector, id).orElseThrow().state());
  }

  /**
   * Version 5 moves each unit's last code number from version 4's {@code lf_code_counter} into its journal head (issue
   * 9), so numbering goes on from the number version 4 had reached, not from the records.
   */
  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void upgradingToVersionFiveCarriesTheCodeNumbersIntoTheHeads(TestDatabases.Kind kind) throws Exception {
    DataSource ds = TestDatabases.fresh(kind);
    Dialect dialect = dialectOf(kind);
    try (Connection c = ds.getConnection()) {
      JdbcSchema.install(c, dialect, JdbcSchema.migrations().subList(0, 4));
    }
    Written written = writtenBefore(ds, dialect,
        (world, point) -> world.draft(point.described("版本 4 的风险点").build()));
    org.lianfang.testing.World w = written.world();
    org.lianfang.risk.RiskPointId id = written.point().id();
    String code = written.point().code();
    try (Connection c = ds.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
        "INSERT INTO lf_code_counter (unit_id, series, last_number) VALUES (?, 'risk_point', 40)")) {
      // what version 4 held for a unit that had numbered 40 codes (points restored since, say, from a ledger)
      new Sql(dialect).uuid(ps, 1, w.land.value());
      ps.executeUpdate();
    }

    try (Connection c = ds.getConnection()) {
      assertEquals(List.of(JdbcSchema.migrations().get(4)), JdbcSchema.install(c, dialect,
          JdbcSchema.migrations().subList(0, 5)), "only version 5 is applied");
    }
    JdbcSchema.install(ds); // the later versions, which today's store writes through

    org.lianfang.risk.RiskPointId next = w.draft(w.aPointOnApprover().described("版本 5 的风险点").build());
    assertEquals(code.replaceAll("-\\d+$", "") + "-0041",
        w.lianfang.risks().queries().riskPoint(w.inspector, next).orElseThrow().code());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void scriptsSplitIntoStatements(TestDatabases.Kind kind) {
    Dialect d = kind == TestDatabases.Kind.MARIADB ? Dialect.MYSQL
        : kind == TestDatabases.Kind.H2 ? Dialect.H2 : Dialect.POSTGRESQL;
    String script = new String(readAll(JdbcSchema.migrations().get(0).resource(d)),
        java.nio.charset.StandardCharsets.UTF_8);
    long creates = script.lines().filter(l -> l.startsWith("CREATE ")).count();
    assertEquals(creates, JdbcSchema.statements(script).size());
  }

  private static byte[] readAll(String resource) {
    try (var in = JdbcSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void migrationsAreNumberedFromOneWithExactlyOneScriptEachPerDialect(Dialect dialect) throws Exception {
    assertEquals(IntStream.rangeClosed(1, JdbcSchema.migrations().size()).boxed().toList(),
        JdbcSchema.migrations().stream().map(JdbcSchema.Migration::version).toList());
    String folder = "org/lianfang/jdbc/schema/" + dialect.folder();
    Path scripts = Path.of(JdbcSchemaTest.class.getClassLoader().getResource(folder).toURI());
    Set<String> found;
    try (Stream<Path> files = Files.list(scripts)) {
      found = files.map(f -> folder + "/" + f.getFileName()).collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(JdbcSchema.migrations().stream().map(m -> m.resource(dialect))
        .collect(Collectors.toCollection(TreeSet::new)), found, "no script without its migration, and no gap");
  }

  @Test
  void theMigrationsFoundInAJarAreThoseFoundInTheFolders(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("lianfang-jdbc.jar");
    copyScripts(jar, name -> true);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      assertEquals(JdbcSchema.migrations(), JdbcSchema.find(loader));
    }
    assertEquals("foundation", JdbcSchema.migrations().get(0).description());
  }

  @Test
  void scriptsWithAGapOrUnlikeAcrossDialectsAreRefusedByName(@TempDir Path dir) throws Exception {
    int last = JdbcSchema.migrations().size();
    String lastScript = JdbcSchema.migrations().get(last - 1).resource(Dialect.POSTGRESQL);
    Path missingOne = dir.resolve("missing.jar");
    copyScripts(missingOne, name -> !name.equals(lastScript));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {missingOne.toUri().toURL()}, null)) {
      JdbcException e = assertThrows(JdbcException.class, () -> JdbcSchema.find(loader));
      assertTrue(e.getMessage().contains("postgresql") && e.getMessage().contains("differ"), e.getMessage());
    }
    String secondScript = JdbcSchema.migrations().get(1).resource(Dialect.H2);
    Path gap = dir.resolve("gap.jar");
    copyScripts(gap, name -> !name.contains("/V002__"));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {gap.toUri().toURL()}, null)) {
      JdbcException e = assertThrows(JdbcException.class, () -> JdbcSchema.find(loader));
      assertTrue(e.getMessage().contains("gap"), e.getMessage() + " (" + secondScript + " left out)");
    }
  }

  /** Writes every dialect's scripts that {@code keep} accepts into a jar, as the build packs them. */
  private static void copyScripts(Path jar, java.util.function.Predicate<String> keep) throws Exception {
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Dialect d : Dialect.values()) {
        for (JdbcSchema.Migration m : JdbcSchema.migrations()) {
          if (keep.test(m.resource(d))) {
            out.putNextEntry(new JarEntry(m.resource(d)));
            out.write(readAll(m.resource(d)));
            out.closeEntry();
          }
        }
      }
    }
  }

  @Test
  void aMigrationNeedsAVersionFromOneAndAFileNameDescription() {
    assertThrows(IllegalArgumentException.class, () -> new JdbcSchema.Migration(0, "control"));
    assertThrows(IllegalArgumentException.class, () -> new JdbcSchema.Migration(4, "Control"));
    assertThrows(IllegalArgumentException.class, () -> new JdbcSchema.Migration(4, "control.sql"));
    assertEquals("org/lianfang/jdbc/schema/h2/V004__control.sql",
        new JdbcSchema.Migration(4, "control").resource(Dialect.H2));
  }

  @Test
  void migrationsOutOfOrderOrWithAGapAreRefusedBeforeAnyIsApplied() throws Exception {
    DataSource ds = TestDatabases.fresh(TestDatabases.Kind.H2);
    try (Connection c = ds.getConnection()) {
      assertThrows(IllegalArgumentException.class, () -> JdbcSchema.install(c, Dialect.H2,
          List.of(JdbcSchema.migrations().get(1), JdbcSchema.migrations().get(0))));
      assertThrows(IllegalArgumentException.class, () -> JdbcSchema.install(c, Dialect.H2,
          List.of(JdbcSchema.migrations().get(0), JdbcSchema.migrations().get(2))));
    }
    assertEquals(JdbcSchema.migrations(), JdbcSchema.install(ds), "nothing had been applied");
  }

  @Test
  void aDatabaseMigratedOutOfOrderAroundJdbcSchemaIsRefusedAndLeftAsItIs() throws Exception {
    DataSource ds = TestDatabases.fresh(TestDatabases.Kind.H2);
    try (Connection c = ds.getConnection()) {
      JdbcSchema.install(c, Dialect.H2, JdbcSchema.migrations().subList(0, 1));
    }
    try (Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement()) {
      // as if a host had run version 3 with its own tool, skipping version 2
      st.executeUpdate("INSERT INTO lf_schema_history (version, description, installed_at) "
          + "VALUES (3, 'publish_word', 0)");
    }

    JdbcException refused = assertThrows(JdbcException.class, () -> JdbcSchema.install(ds));
    assertTrue(refused.getMessage().contains("schema version 2 (value_checks) is missing but version 3 is installed"),
        refused.getMessage());
    assertEquals(Set.of(1, 3), JdbcSchema.installed(ds, Dialect.H2), "version 2 was not applied");
  }
}

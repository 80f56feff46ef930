package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.lianfang.UnitId;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;

/** The embedded default keeps what was committed when the process opens the files again. */
class EmbeddedStoreTest {
  /** ARCHITECTURE.md decision 11: a committed command survives a crash of the host process. */
  @Test
  void whatWasCommittedSurvivesAHaltedProcess(@TempDir Path dir) throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
        CrashingWriter.class.getName(), dir.toString(), "CRASH-1")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(child.waitFor(2, java.util.concurrent.TimeUnit.MINUTES), "the child finished");
    assertEquals(0, child.exitValue());
    try (JdbcStore again = JdbcStore.embedded(dir)) {
      assertTrue(again.units().byCode("CRASH-1").isPresent(), "the commit before the halt is on disk");
    }
  }

  @Test
  void whatWasCommittedIsThereAfterReopening(@TempDir Path dir) {
    Unit city = Unit.register(new UnitId(java.util.UUID.randomUUID()), "5301", "昆明市", UnitKind.CITY,
        Optional.empty()).after();
    try (JdbcStore first = JdbcStore.embedded(dir)) {
      first.transactions().inTransaction(() -> {
        first.units().insert(city);
        return null;
      });
    }
    assertTrue(dir.resolve("lianfang.mv.db").toFile().isFile());
    try (JdbcStore again = JdbcStore.embedded(dir)) {
      assertEquals(List.of(city.withVersion(1)), again.units().roots());
      assertEquals(Dialect.H2, again.dialect());
    }
  }

  /**
   * A host reads the embedded database through {@link JdbcStore#dataSource()} and backs it up with H2's {@code SCRIPT
   * TO} and {@code BACKUP TO} while the store keeps working; the script restores what was there at the backup.
   */
  @Test
  void aHostReadsAndBacksUpTheEmbeddedDatabaseWhileTheStoreWorks(@TempDir Path dir, @TempDir Path backups)
      throws Exception {
    Unit city = Unit.register(new UnitId(java.util.UUID.randomUUID()), "5301", "昆明市", UnitKind.CITY,
        Optional.empty()).after();
    Unit later = Unit.register(new UnitId(java.util.UUID.randomUUID()), "5302", "曲靖市", UnitKind.CITY,
        Optional.empty()).after();
    Path script = backups.resolve("lianfang.sql");
    Path zip = backups.resolve("lianfang.zip");
    try (JdbcStore store = JdbcStore.embedded(dir)) {
      insert(store, city);
      try (Connection c = store.dataSource().getConnection(); Statement st = c.createStatement()) {
        assertEquals(List.of("5301 昆明市"), codesAndNames(st));
        st.execute("SCRIPT TO '" + script + "'");
        st.execute("BACKUP TO '" + zip + "'");
      }
      insert(store, later);
      assertEquals(2, store.units().roots().size(), "the store keeps working after the backups");
    }
    assertTrue(Files.size(zip) > 0, "BACKUP TO wrote the database file into a zip");
    try (Connection restored = DriverManager.getConnection("jdbc:h2:mem:restored-" + System.nanoTime(), "sa", "");
        Statement st = restored.createStatement()) {
      st.execute("RUNSCRIPT FROM '" + script + "'");
      assertEquals(List.of("5301 昆明市"), codesAndNames(st), "the script holds what was committed before it");
    }
  }

  private static void insert(JdbcStore store, Unit unit) {
    store.transactions().inTransaction(() -> {
      store.units().insert(unit);
      return null;
    });
  }

  private static List<String> codesAndNames(Statement st) throws java.sql.SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery("SELECT code, name FROM lf_unit ORDER BY code")) {
      while (rs.next()) {
        out.add(rs.getString(1) + " " + rs.getString(2));
      }
    }
    return out;
  }

  /**
   * Issue 10, finding 14: the directory's path is part of H2's URL, where {@code ;INIT=…} would run SQL on opening. A
   * path with {@code ;}, {@code =} or a control character is refused, naming the rule in both languages, before
   * anything is created.
   */
  @ParameterizedTest
  @ValueSource(strings = {"x;INIT=CREATE TABLE pwned(a INT)", "a=b", "line\nbreak", "tab\there"})
  void finding14AnEmbeddedPathWithUrlSyntaxIsRefusedBeforeAnythingIsCreated(String name, @TempDir Path dir)
      throws Exception {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JdbcStore.embedded(dir.resolve(name)));
    assertTrue(e.getMessage().contains("嵌入式数据库目录"), e.getMessage());
    assertTrue(e.getMessage().contains("embedded database directory: must not contain ';', '='"), e.getMessage());
    try (java.util.stream.Stream<Path> created = Files.list(dir)) {
      assertEquals(List.of(), created.toList(), "nothing was created");
    }
  }

  /** Finding 14's rule refuses URL syntax only: a path with spaces, Chinese and other punctuation opens. */
  @Test
  void finding14AnOrdinaryPathWithSpacesAndChineseOpens(@TempDir Path dir) {
    Path odd = dir.resolve("廉防 数据 (2026) #1, 'a'");
    try (JdbcStore store = JdbcStore.embedded(odd)) {
      assertEquals(List.of(), store.units().roots());
    }
    assertTrue(odd.resolve("lianfang.mv.db").toFile().isFile());
  }
}

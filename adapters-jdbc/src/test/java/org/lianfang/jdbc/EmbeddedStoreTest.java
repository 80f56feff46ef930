package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
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
        Optional.empty());
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
}

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
  @Test
  void whatWasCommittedIsThereAfterReopening(@TempDir Path dir) {
    JdbcStore first = JdbcStore.embedded(dir);
    Unit city = Unit.register(new UnitId(java.util.UUID.randomUUID()), "5301", "昆明市", UnitKind.CITY,
        Optional.empty());
    first.transactions().inTransaction(() -> {
      first.units().insert(city);
      return null;
    });
    JdbcStore again = JdbcStore.embedded(dir);
    assertEquals(List.of(city.withVersion(1)), again.units().roots());
    assertEquals(Dialect.H2, again.dialect());
    assertTrue(dir.resolve("lianfang.mv.db").toFile().isFile());
  }
}

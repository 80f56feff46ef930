package org.lianfang.jdbc;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.UnitId;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;

/** Run in a child JVM by {@link EmbeddedStoreTest}: commits one unit to the embedded database, then halts at once. */
public final class CrashingWriter {
  private CrashingWriter() {}

  /** @param args the database directory and the unit's code */
  public static void main(String[] args) {
    JdbcStore store = JdbcStore.embedded(Path.of(args[0]));
    Unit unit = Unit.register(new UnitId(UUID.randomUUID()), args[1], "崩溃前提交的单位", UnitKind.OTHER,
        Optional.empty()).after();
    store.transactions().inTransaction(() -> {
      store.units().insert(unit);
      return null;
    });
    Runtime.getRuntime().halt(0); // no close, no shutdown hooks: as if the power went
  }
}

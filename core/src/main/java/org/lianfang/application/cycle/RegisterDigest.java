package org.lianfang.application.cycle;

import java.time.Year;
import org.lianfang.UnitId;
import org.lianfang.application.internal.RegisterDigests;
import org.lianfang.cycle.FrozenRegister;
import org.lianfang.spi.Store;

/** The digest of a unit's frozen register as stored ({@link RegisterDigests}). Stateless. */
final class RegisterDigest {
  private RegisterDigest() {}

  /**
   * @param store the store
   * @param unit a unit
   * @param year a year whose register is frozen
   * @return the register's counts and digest
   */
  static FrozenRegister of(Store store, UnitId unit, Year year) {
    return RegisterDigests.of(store.journal().digest(), year, store.registers().points(unit, year),
        store.registers().measures(unit, year));
  }
}

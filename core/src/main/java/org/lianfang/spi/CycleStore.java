package org.lianfang.spi;

/** The repositories of the annual cycle (S-1, S-16): the cycles and the frozen registers. Part of {@link Store}. */
public interface CycleStore {
  /** @return the annual cycles, each of its unit */
  AnnualCycles annualCycles();

  /** @return each unit's registers of its closed years */
  Registers registers();
}

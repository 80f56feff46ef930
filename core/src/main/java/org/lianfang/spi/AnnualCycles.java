package org.lianfang.spi;

import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.AnnualCycleId;

/**
 * The annual cycles (S-16, ARCHITECTURE.md decision 7): the {@link Repository} contract, where a unit's year is a
 * cycle's code (one per unit and year).
 */
public interface AnnualCycles extends Repository<AnnualCycle, AnnualCycleId> {}

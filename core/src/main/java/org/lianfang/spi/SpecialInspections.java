package org.lianfang.spi;

import org.lianfang.checks.SpecialInspection;
import org.lianfang.checks.SpecialInspectionId;

/** The special inspections (专项检查, S-10), each of the body's unit: the {@link Repository} contract, nothing more. */
public interface SpecialInspections extends Repository<SpecialInspection, SpecialInspectionId> {}

package org.lianfang.spi;

import org.lianfang.checks.InspectionFinding;
import org.lianfang.checks.InspectionFindingId;

/** What special inspections found, each of the unit inspected: the {@link Repository} contract, nothing more. */
public interface InspectionFindings extends Repository<InspectionFinding, InspectionFindingId> {}

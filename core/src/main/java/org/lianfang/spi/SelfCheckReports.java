package org.lianfang.spi;

import org.lianfang.checks.SelfCheckReport;
import org.lianfang.checks.SelfCheckReportId;

/**
 * The half-year self-checks (P-12, P-23): the {@link Repository} contract, where a unit's half is a report's code (one
 * per unit and half).
 */
public interface SelfCheckReports extends Repository<SelfCheckReport, SelfCheckReportId> {}

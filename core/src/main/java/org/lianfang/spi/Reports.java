package org.lianfang.spi;

import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.ReportId;

/**
 * The reports (检举控告 / 信访, P-19): the {@link Repository} contract, nothing more. A report's content and reporter
 * are confidential (P-11): an adapter keeps them as it keeps every other text, and never puts them in an exception
 * message or a log line.
 */
public interface Reports extends Repository<Report, ReportId> {}

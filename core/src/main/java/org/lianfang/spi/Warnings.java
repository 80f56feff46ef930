package org.lianfang.spi;

import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningId;

/** The warnings (预警, P-8, P-18): the {@link Repository} contract, nothing more. */
public interface Warnings extends Repository<Warning, WarningId> {}

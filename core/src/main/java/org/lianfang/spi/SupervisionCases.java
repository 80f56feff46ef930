package org.lianfang.spi;

import org.lianfang.monitoring.SupervisionCase;
import org.lianfang.monitoring.SupervisionCaseId;

/** The cases under electronic supervision (P-9, P-20): the {@link Repository} contract, nothing more. */
public interface SupervisionCases extends Repository<SupervisionCase, SupervisionCaseId> {}

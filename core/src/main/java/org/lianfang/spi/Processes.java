package org.lianfang.spi;

import org.lianfang.process.ProcessId;
import org.lianfang.process.BusinessProcess;

/** The business processes (业务流程): the {@link Repository} contract, nothing more. */
public interface Processes extends Repository<BusinessProcess, ProcessId> {}

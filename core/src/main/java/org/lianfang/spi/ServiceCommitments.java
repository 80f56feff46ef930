package org.lianfang.spi;

import org.lianfang.control.ServiceCommitment;
import org.lianfang.control.ServiceCommitmentId;

/** The service commitments (服务承诺, P-17): the {@link Repository} contract, nothing more. */
public interface ServiceCommitments extends Repository<ServiceCommitment, ServiceCommitmentId> {}

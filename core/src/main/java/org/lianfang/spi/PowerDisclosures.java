package org.lianfang.spi;

import org.lianfang.control.PowerDisclosure;
import org.lianfang.control.PowerDisclosureId;

/** The power disclosures (权力公开, P-16): the {@link Repository} contract, nothing more. */
public interface PowerDisclosures extends Repository<PowerDisclosure, PowerDisclosureId> {}

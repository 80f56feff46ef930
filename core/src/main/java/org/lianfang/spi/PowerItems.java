package org.lianfang.spi;

import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.PowerItem;

/** The power items (职权) forming each unit's power list: the {@link Repository} contract, nothing more. */
public interface PowerItems extends Repository<PowerItem, PowerItemId> {}

package org.lianfang.spi;

import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationItemId;

/** The rectification items (整改事项, P-21): the {@link Repository} contract, nothing more. */
public interface RectificationItems extends Repository<RectificationItem, RectificationItemId> {}

package org.lianfang.spi;

/**
 * The repositories of the third defense line (监测预警, S-9): warnings and rectification items, and the deadlines the
 * tick watches. Part of {@link Store}.
 */
public interface MonitoringStore {
  /** @return the warnings (P-8, P-18) */
  Warnings warnings();

  /** @return the rectification items (P-21) */
  RectificationItems rectificationItems();

  /** @return the deadlines the tick watches (ARCHITECTURE.md decision 5) */
  Dues dues();
}

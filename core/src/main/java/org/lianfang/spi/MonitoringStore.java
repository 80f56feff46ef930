package org.lianfang.spi;

/**
 * The repositories of the third defense line (监测预警, S-9): warnings, rectification items, reports and cases under
 * electronic supervision, and the deadlines the tick watches. Part of {@link Store}.
 */
public interface MonitoringStore {
  /** @return the warnings (P-8, P-18) */
  Warnings warnings();

  /** @return the rectification items (P-21) */
  RectificationItems rectificationItems();

  /** @return the reports (P-19) */
  Reports reports();

  /** @return the cases under electronic supervision (P-9, P-20) */
  SupervisionCases supervisionCases();

  /** @return the deadlines the tick watches (ARCHITECTURE.md decision 5) */
  Dues dues();
}

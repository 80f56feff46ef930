package org.lianfang.spi;

/** The repositories of the checks (S-10): monthly checks. Part of {@link Store}. */
public interface ChecksStore {
  /** @return the monthly checks (月查, P-22) */
  MonthlyChecks monthlyChecks();
}

package org.lianfang.spi;

/**
 * One place where Lianfang's records live: a repository per aggregate, the journal, and the transactions that tie a
 * command's writes together (ARCHITECTURE.md decision 2). Thread-safe.
 */
public interface Store {
  /** @return the units */
  Units units();

  /** @return the posts */
  Posts posts();

  /** @return the officials */
  Officials officials();

  /** @return the tenures */
  Tenures tenures();

  /** @return the power items */
  PowerItems powerItems();

  /** @return the business processes */
  Processes processes();

  /** @return the risk points */
  RiskPoints riskPoints();

  /** @return the journal */
  Journal journal();

  /** @return the transactions */
  Transactions transactions();
}

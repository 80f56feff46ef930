package org.lianfang.spi;

/** The repositories of the risk area (S-4 to S-7): risk points. Part of {@link Store}. */
public interface RiskStore {
  /** @return the risk points */
  RiskPoints riskPoints();
}

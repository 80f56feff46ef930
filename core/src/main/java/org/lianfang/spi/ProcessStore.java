package org.lianfang.spi;

/** The repositories of the process area (S-2): business processes. Part of {@link Store}. */
public interface ProcessStore {
  /** @return the business processes */
  Processes processes();
}

package org.lianfang.testing;

import java.util.UUID;

/**
 * The record a test's hand-made journal entry names when the test is about the chain or the journal port, not about
 * records: the entry must name a record and its digest (journal format 2), and these are as good as any.
 */
public final class TestEntries {
  /** A record id no test stores. */
  public static final UUID RECORD = UUID.fromString("01234567-0000-7000-8000-00000000000a");
  /** A digest of no real state: 64 hex digits, as every digest has. */
  public static final String DIGEST = "d1".repeat(32);

  private TestEntries() {}
}

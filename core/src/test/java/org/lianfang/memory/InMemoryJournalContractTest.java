package org.lianfang.memory;

import org.lianfang.spi.Store;
import org.lianfang.testing.JournalContract;

class InMemoryJournalContractTest extends JournalContract {
  @Override
  protected Store newStore() {
    return InMemoryStore.create();
  }
}

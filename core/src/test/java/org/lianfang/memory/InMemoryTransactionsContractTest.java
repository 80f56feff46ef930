package org.lianfang.memory;

import org.lianfang.spi.Store;
import org.lianfang.testing.TransactionsContract;

class InMemoryTransactionsContractTest extends TransactionsContract {
  @Override
  protected Store newStore() {
    return InMemoryStore.create();
  }
}

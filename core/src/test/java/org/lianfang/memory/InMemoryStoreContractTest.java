package org.lianfang.memory;

import org.lianfang.spi.Store;
import org.lianfang.testing.StoreContract;

class InMemoryStoreContractTest extends StoreContract {
  @Override
  protected Store newStore() {
    return InMemoryStore.create();
  }
}

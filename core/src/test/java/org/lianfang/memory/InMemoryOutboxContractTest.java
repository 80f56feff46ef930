package org.lianfang.memory;

import org.lianfang.spi.Store;
import org.lianfang.testing.OutboxContract;

/** Core's outbox contract on the in-memory store. */
class InMemoryOutboxContractTest extends OutboxContract {
  @Override
  protected Store newStore() {
    return InMemoryStore.create();
  }
}

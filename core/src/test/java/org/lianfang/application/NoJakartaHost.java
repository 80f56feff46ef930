package org.lianfang.application;

import org.lianfang.LianfangException;
import org.lianfang.memory.InMemoryStore;

/** A host that builds Lianfang the ordinary way, loaded by {@link ValidationProviderTest} without Jakarta Validation. */
public final class NoJakartaHost {
  private NoJakartaHost() {}

  /** @return "built", or the message of the LianfangException the builder threw */
  public static String build() {
    try {
      Lianfang.builder(InMemoryStore.create()).build();
      return "built";
    } catch (LianfangException e) {
      return e.getMessage();
    }
  }
}

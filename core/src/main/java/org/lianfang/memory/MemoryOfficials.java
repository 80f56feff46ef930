package org.lianfang.memory;

import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.spi.Officials;

/** The {@link Officials} port of {@link InMemoryStore}, over its table. */
final class MemoryOfficials extends MemoryRepository<Official, OfficialId> implements Officials {
  MemoryOfficials(Table<Official> t) {
    super(t);
  }
}

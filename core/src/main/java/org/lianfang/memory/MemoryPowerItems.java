package org.lianfang.memory;

import java.util.List;
import org.lianfang.organization.PostId;

import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.spi.PowerItems;

/** The {@link PowerItems} port of {@link InMemoryStore}, over its table. */
final class MemoryPowerItems extends MemoryRepository<PowerItem, PowerItemId> implements PowerItems {
  MemoryPowerItems(Table<PowerItem> t) {
    super(t);
  }

  @Override
  public List<PowerItem> ofPost(PostId post) {
    return table.where(p -> p.posts().contains(post));
  }
}

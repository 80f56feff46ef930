package org.lianfang.memory;

import java.util.List;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.organization.Official;
import org.lianfang.organization.Post;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.Unit;
import org.lianfang.spi.Officials;
import org.lianfang.spi.OrganizationStore;
import org.lianfang.spi.Posts;
import org.lianfang.spi.PowerItems;
import org.lianfang.spi.Tenures;
import org.lianfang.spi.Units;

/** The organization area of {@link InMemoryStore}: its tables and ports ({@link MemoryStoreCore} on the chain). */
abstract class MemoryOrganizationStore extends MemoryStoreCore implements OrganizationStore {
  private final Table<Unit> units = table(AggregateKinds.UNITS, Unit::withVersion, Unit::code);
  private final Table<Post> posts = table(AggregateKinds.POSTS, Post::withVersion,
      p -> List.of(p.unitId(), p.code()));
  private final Table<Official> officials = table(AggregateKinds.OFFICIALS, Official::withVersion,
      o -> List.of(o.unitId(), o.staffNumber()));
  private final Table<Tenure> tenures = table(AggregateKinds.TENURES, Tenure::withVersion, null);
  private final Table<PowerItem> powerItems = table(AggregateKinds.POWER_ITEMS, PowerItem::withVersion,
      p -> List.of(p.unitId(), p.code()));

  private final Units unitsPort = new MemoryUnits(units);
  private final Posts postsPort = new MemoryPosts(posts);
  private final Officials officialsPort = new MemoryOfficials(officials);
  private final Tenures tenuresPort = new MemoryTenures(tenures);
  private final PowerItems powerItemsPort = new MemoryPowerItems(powerItems);

  @Override
  public Units units() {
    return unitsPort;
  }

  @Override
  public Posts posts() {
    return postsPort;
  }

  @Override
  public Officials officials() {
    return officialsPort;
  }

  @Override
  public Tenures tenures() {
    return tenuresPort;
  }

  @Override
  public PowerItems powerItems() {
    return powerItemsPort;
  }
}

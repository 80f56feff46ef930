package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.spi.PowerItems;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link PowerItems}: the {@link RepositoryContract}, with power item codes unique within their unit.
 * Extend it with a fresh, empty store per call of {@link #newStore()}.
 */
public abstract class PowerItemsContract extends RepositoryContract<PowerItem, PowerItemId> {
  @Override
  protected final Repository<PowerItem, PowerItemId> repository(Store store) {
    return store.powerItems();
  }

  @Override
  protected final Gen<PowerItem> aggregates(UnitId unit) {
    return OrganizationGenerators.powerItems(unit);
  }

  @Override
  protected final PowerItem withVersion(PowerItem aggregate, long version) {
    return aggregate.withVersion(version);
  }

  @Override
  protected final PowerItem changed(PowerItem p) {
    return p.revise(p.name() + "（改）", p.kind(), p.legalBasis(), p.boundary(), p.responsibility(), p.posts())
        .orElseThrow().after();
  }

  @Override
  protected final Optional<PowerItem> rival(PowerItem h) {
    return Optional.of(PowerItem.restore(new PowerItemId(UUID.randomUUID()), h.unitId(), h.code(), "另一职权",
        h.kind(), h.legalBasis(), h.boundary(), h.responsibility(), h.posts(), 0));
  }

  @Test
  public void thePowerItemsOfAPostAreThoseThatNameIt() {
    PowerItems items = store().powerItems();
    UnitId unit = new UnitId(UUID.randomUUID());
    List<PowerItem> drawn = draw(aggregates(unit), 20);
    tx(() -> drawn.forEach(p -> items.insert(p.withVersion(0))));
    Set<PostId> posts = new HashSet<>();
    drawn.forEach(p -> posts.addAll(p.posts()));
    posts.add(new PostId(UUID.randomUUID()));
    for (PostId post : posts) {
      assertEquals(inIdOrder(drawn.stream().filter(p -> p.posts().contains(post)).map(p -> p.withVersion(1))
          .toList()), items.ofPost(post), "the power items naming post " + post);
    }
  }
}

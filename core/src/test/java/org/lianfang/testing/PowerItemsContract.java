package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.organization.Post;
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
        h.kind(), h.legalBasis(), h.boundary(), h.responsibility(), h.posts(), Optional.empty(), 0));
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

  /**
   * {@link Store#exercisedProfile}: a post's profile with the kinds of the power items naming it added (S-2, S-6), as
   * the drawn records say; empty for an unknown post, the profile alone for a post no item names.
   */
  @Test
  public void s2_s6_theExercisedProfileOfAPostAddsTheKindsOfTheItemsNamingIt() {
    Store s = store();
    UnitId unit = new UnitId(UUID.randomUUID());
    List<Post> posts = draw(OrganizationGenerators.posts(unit), 6);
    List<PostId> ids = posts.stream().map(Post::id).toList();
    List<PowerItem> items = new ArrayList<>();
    int n = 0;
    for (PowerItem drawn : draw(aggregates(unit), 8)) { // item k names posts k % 6 and (k + 1) % 6 while k < 4
      Set<PostId> named = n < 4 ? Set.of(ids.get(n % 6), ids.get((n + 1) % 6)) : Set.of(ids.get(0));
      items.add(PowerItem.restore(drawn.id(), unit, drawn.code(), drawn.name(), drawn.kind(), drawn.legalBasis(),
          drawn.boundary(), drawn.responsibility(), named, drawn.secrecy(), 0));
      n++;
    }
    tx(() -> {
      posts.forEach(p -> s.posts().insert(p.withVersion(0)));
      items.forEach(i -> s.powerItems().insert(i));
    });
    for (Post post : posts) {
      List<org.lianfang.organization.AdministrativePower> kinds = items.stream()
          .filter(i -> i.posts().contains(post.id())).map(PowerItem::kind).toList();
      assertEquals(Optional.of(post.profile().withPowers(kinds)), s.exercisedProfile(post.id()),
          "post " + post.code() + " named by " + kinds);
    }
    assertEquals(Optional.empty(), s.exercisedProfile(new PostId(UUID.randomUUID())));
  }
}

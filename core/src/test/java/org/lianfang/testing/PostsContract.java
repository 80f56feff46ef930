package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.spi.Posts;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link Posts}: the {@link RepositoryContract}, with post codes unique within their unit only.
 * Extend it with a fresh, empty store per call of {@link #newStore()}.
 */
public abstract class PostsContract extends RepositoryContract<Post, PostId> {
  @Override
  protected final Repository<Post, PostId> repository(Store store) {
    return store.posts();
  }

  @Override
  protected final Gen<Post> aggregates(UnitId unit) {
    return OrganizationGenerators.posts(unit);
  }

  @Override
  protected final Post withVersion(Post aggregate, long version) {
    return aggregate.withVersion(version);
  }

  @Override
  protected final Post changed(Post p) {
    PostProfile f = p.profile();
    return p.changeProfile(new PostProfile(!f.principalLeader(), f.disposes(), !f.discretionary(), f.majorMatters(),
        f.powers(), f.transparency())).orElseThrow().after();
  }

  @Override
  protected final Optional<Post> rival(Post holder) {
    return Optional.of(Post.register(new PostId(UUID.randomUUID()), holder.unitId(), holder.code(), "另一个",
        PostProfile.ordinary()).after());
  }

  @Test
  public void postCodesAreUniqueWithinTheirUnitOnly() {
    Posts posts = store().posts();
    UnitId unit = new UnitId(UUID.randomUUID());
    Post first = Post.register(new PostId(UUID.randomUUID()), unit, "GT-01", "局长", PostProfile.ordinary()).after();
    tx(() -> posts.insert(first));
    Post same = Post.register(new PostId(UUID.randomUUID()), unit, "GT-01", "另一个", PostProfile.ordinary()).after();
    assertThrows(StaleAggregateException.class, () -> tx(() -> posts.insert(same)));
    Post elsewhere = Post.register(new PostId(UUID.randomUUID()), new UnitId(UUID.randomUUID()), "GT-01", "他单位",
        PostProfile.ordinary()).after();
    tx(() -> posts.insert(elsewhere));
    Post second = Post.register(new PostId(UUID.randomUUID()), unit, "GT-02", "副局长", PostProfile.ordinary()).after();
    tx(() -> posts.insert(second));
    Post renamed = Post.restore(second.id(), unit, "GT-01", "副局长", PostProfile.ordinary(), 1);
    assertThrows(StaleAggregateException.class, () -> tx(() -> posts.update(renamed)));
    assertEquals(inIdOrder(List.of(first.withVersion(1), second.withVersion(1))), posts.inUnit(unit));
    assertEquals(Optional.of(second.withVersion(1)), posts.find(second.id()));
    assertEquals(Optional.of(elsewhere.withVersion(1)), posts.find(elsewhere.id()));
  }
}

package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.TenureId;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.lianfang.spi.Tenures;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link Tenures}: the {@link RepositoryContract} (tenures have no code), plus the tenures of a post
 * and of an official. Extend it with a fresh, empty store per call of {@link #newStore()}.
 */
public abstract class TenuresContract extends RepositoryContract<Tenure, TenureId> {
  @Override
  protected final Repository<Tenure, TenureId> repository(Store store) {
    return store.tenures();
  }

  @Override
  protected final Gen<Tenure> aggregates(UnitId unit) {
    return OrganizationGenerators.tenures(unit);
  }

  @Override
  protected final Tenure withVersion(Tenure aggregate, long version) {
    return aggregate.withVersion(version);
  }

  @Override
  protected final Tenure changed(Tenure t) {
    return Tenure.restore(t.id(), t.unitId(), t.postId(), t.officialId(), t.start(),
        Optional.of(t.end().orElse(t.start()).plusDays(1)), t.version());
  }

  @Override
  protected final Optional<Tenure> rival(Tenure holder) {
    return Optional.empty();
  }

  @Test
  public void tenuresOfAPostAndOfAnOfficial() {
    Tenures tenures = store().tenures();
    qt().withExamples(examples()).forAll(anywhere()).checkAssert(t -> {
      tx(() -> tenures.insert(t.withVersion(0)));
      assertTrue(tenures.ofPost(t.postId()).contains(t));
      assertTrue(tenures.ofOfficial(t.officialId()).contains(t));
    });
    UnitId unit = new UnitId(UUID.randomUUID());
    PostId post = new PostId(UUID.randomUUID());
    OfficialId official = new OfficialId(UUID.randomUUID());
    List<Tenure> onPost = draw(aggregates(unit), 6).stream().map(t -> Tenure.restore(t.id(), unit, post,
        t.officialId(), t.start(), t.end(), 1)).toList();
    List<Tenure> ofOfficial = draw(aggregates(unit), 6).stream().map(t -> Tenure.restore(t.id(), unit,
        t.postId(), official, t.start(), t.end(), 1)).toList();
    tx(() -> {
      onPost.forEach(t -> tenures.insert(t.withVersion(0)));
      ofOfficial.forEach(t -> tenures.insert(t.withVersion(0)));
    });
    assertEquals(inIdOrder(onPost), tenures.ofPost(post));
    assertEquals(inIdOrder(ofOfficial), tenures.ofOfficial(official));
    assertEquals(List.of(), tenures.ofPost(new PostId(UUID.randomUUID())));
  }

  @Test
  public void tenuresEndAndComeBackClosed() {
    Tenures tenures = store().tenures();
    UnitId unit = new UnitId(UUID.randomUUID());
    Tenure t = Tenure.begin(new TenureId(UUID.randomUUID()), unit, new PostId(UUID.randomUUID()),
        new OfficialId(UUID.randomUUID()), World.START).after();
    tx(() -> tenures.insert(t));
    Tenure v1 = tenures.find(t.id()).orElseThrow();
    tx(() -> tenures.update(v1.endOn(World.START.plusYears(2)).orElseThrow().after()));
    assertEquals(Optional.of(World.START.plusYears(2)), tenures.find(t.id()).orElseThrow().end());
  }
}

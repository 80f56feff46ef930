package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.UnitsOf;
import org.lianfang.spi.Officials;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link Officials}: the {@link RepositoryContract}, with staff numbers unique within their unit.
 * Extend it with a fresh, empty store per call of {@link #newStore()}.
 */
public abstract class OfficialsContract extends RepositoryContract<Official, OfficialId> {
  @Override
  protected final Repository<Official, OfficialId> repository(Store store) {
    return store.officials();
  }

  @Override
  protected final Gen<Official> aggregates(UnitId unit) {
    return OrganizationGenerators.officials(unit);
  }

  @Override
  protected final Official withVersion(Official aggregate, long version) {
    return aggregate.withVersion(version);
  }

  @Override
  protected final Official changed(Official o) {
    return Official.restore(o.id(), o.unitId(), o.staffNumber(), o.name() + "（改）", o.version());
  }

  @Override
  protected final Optional<Official> rival(Official holder) {
    return Optional.of(Official.register(new OfficialId(UUID.randomUUID()), holder.unitId(), holder.staffNumber(),
        "他人").after());
  }

  /**
   * {@link Store#unitsOf}, the read that checks a risk point's post and owner chain (S-1, S-4): the unit of the post
   * asked if it exists and the unit of each official asked that exists, by id, whatever unit they are in, with repeats
   * and unknown ids asked, with no post or no official asked; asked again (an adapter may answer from memory), the
   * same.
   */
  @Test
  public void s1_s4_theUnitsOfAPostAndOfficialsAreThoseStoredAmongThoseAsked() {
    Store s = store();
    UnitId unit = new UnitId(UUID.randomUUID());
    UnitId other = new UnitId(UUID.randomUUID());
    List<Post> posts = draw(OrganizationGenerators.posts(unit), 2);
    List<Official> officials = new ArrayList<>(draw(aggregates(unit), 3));
    officials.addAll(draw(aggregates(other), 2));
    tx(() -> {
      posts.forEach(p -> s.posts().insert(p.withVersion(0)));
      officials.forEach(o -> s.officials().insert(o.withVersion(0)));
    });
    OfficialId unknown = new OfficialId(UUID.randomUUID());
    List<List<Official>> asked = List.of(officials.subList(0, 3), List.of(officials.get(0), officials.get(3)),
        List.of(officials.get(4), officials.get(4), officials.get(1)), List.of());
    for (int round = 0; round < 2; round++) {
      for (List<Official> some : asked) {
        List<OfficialId> ids = new ArrayList<>(some.stream().map(Official::id).toList());
        Map<OfficialId, UnitId> expected = new LinkedHashMap<>();
        some.forEach(o -> expected.put(o.id(), o.unitId()));
        for (Optional<PostId> post : List.of(Optional.of(posts.get(1).id()), Optional.<PostId>empty(),
            Optional.of(new PostId(UUID.randomUUID())))) {
          Optional<UnitId> expectedPost = post.filter(posts.get(1).id()::equals).map(x -> unit);
          assertEquals(new UnitsOf(expectedPost, expected), tx(() -> s.unitsOf(post, ids)),
              "post " + post + " with officials " + ids);
          ids.add(unknown);
          assertEquals(new UnitsOf(expectedPost, expected), s.unitsOf(post, ids),
              "post " + post + " with officials " + ids + ", the last unknown");
          ids.remove(unknown);
        }
      }
    }
  }
}

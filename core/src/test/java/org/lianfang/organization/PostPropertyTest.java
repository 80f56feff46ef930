package org.lianfang.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.UnitId;
import org.lianfang.testing.Generators;
import org.lianfang.testing.OrganizationGenerators;
import org.quicktheories.core.Gen;

/** A post's profile changes exactly when it differs, and the event says what it became. */
class PostPropertyTest {
  private final UnitId unit = new UnitId(UUID.randomUUID());

  @Test
  void aProfileChangeIsAcceptedExactlyWhenItChangesSomethingAndKeepsTheRest() {
    Gen<PostProfile> profiles = OrganizationGenerators.postProfiles();
    qt().forAll(OrganizationGenerators.posts(unit), profiles).checkAssert((post, profile) -> {
      Outcome<Change<Post>> o = post.changeProfile(profile);
      assertEquals(!profile.equals(post.profile()), o.isAccepted());
      if (o.isAccepted()) {
        Post after = o.orElseThrow().after();
        assertEquals(Post.restore(post.id(), post.unitId(), post.code(), post.name(), profile, post.section(),
            post.version()), after);
        assertEquals(List.of(new OrganizationEvent.PostProfileChanged(after.unitId(), after.id(), after.profile())),
            o.orElseThrow().events());
      }
    });
  }

  @Test
  void theRegisteredEventIsThePost() {
    Gen<PostProfile> profiles = OrganizationGenerators.postProfiles();
    qt().forAll(Generators.code(), Generators.text(), profiles).checkAssert((code, name, profile) -> {
      Change<Post> c = Post.register(new PostId(UUID.randomUUID()), unit, code, name, profile);
      Post p = c.after();
      assertEquals(List.of(new OrganizationEvent.PostRegistered(p.unitId(), p.id(), p.code(), p.name(), p.profile())),
          c.events());
      assertEquals(List.of(unit, code, name, profile, 0L), List.of(p.unitId(), p.code(), p.name(), p.profile(),
          p.version()));
    });
  }
}

package org.lianfang.process;

import java.util.Objects;
import java.util.Set;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItemId;

/**
 * One step of a business process, done by a post, exercising zero or more of the unit's power items (P-2). Immutable
 * and thread-safe.
 *
 * @param id the step's code
 * @param name what is done
 * @param post the post that does it
 * @param powers the power items exercised at this step
 */
public record ProcessStep(StepId id, String name, PostId post, Set<PowerItemId> powers) implements Archivable {
  /** @throws NullPointerException if a part is null */
  public ProcessStep {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(post, "post");
    powers = Set.copyOf(powers);
  }

  /** @param id the code @param name what is done @param post the post @return a step exercising no power item */
  public static ProcessStep of(StepId id, String name, PostId post) {
    return new ProcessStep(id, name, post, Set.of());
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder()
        .put("id", id)
        .put("name", name)
        .put("post", post)
        .put("powers", powers)
        .build();
  }
}

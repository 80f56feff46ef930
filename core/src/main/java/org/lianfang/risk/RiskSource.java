package org.lianfang.risk;

import java.util.Objects;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;

/**
 * Why a risk exists (风险源). Immutable and thread-safe.
 *
 * @param kind the kind of source
 * @param description the source in the unit's words
 */
public record RiskSource(SourceKind kind, String description) implements Archivable {
  /** @throws NullPointerException if a part is null */
  public RiskSource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder()
        .put("kind", kind)
        .put("description", description)
        .build();
  }
}

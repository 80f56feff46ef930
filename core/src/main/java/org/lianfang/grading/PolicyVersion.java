package org.lianfang.grading;

import java.util.Objects;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;

/**
 * Names a policy and the exact configuration in force, so that a past grade can be re-read under the rules that
 * applied then (ARCHITECTURE.md decision 6). Immutable and thread-safe.
 *
 * @param name the policy's stable name, e.g. {@code seed-s6}
 * @param version the policy's version
 * @param parameters the configuration in canonical text (thresholds, matrix rows, criteria)
 */
public record PolicyVersion(String name, String version, String parameters) implements Archivable {
  /** @throws NullPointerException if a part is null */
  public PolicyVersion {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(parameters, "parameters");
  }

  @Override
  public String toString() {
    return name + "@" + version + (parameters.isEmpty() ? "" : "{" + parameters + "}");
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder()
        .put("name", name)
        .put("version", version)
        .put("parameters", parameters)
        .build();
  }
}

package org.lianfang.control;

import java.util.Objects;
import java.util.Optional;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;

/**
 * Where the proof that a measure exists or was applied is kept (P-13): a document, a photo of a notice board, minutes.
 * Lianfang keeps the reference, not the file; the digest, when the host gives one, lets a reader check that the file
 * at the location is the one referred to. Immutable and thread-safe.
 *
 * @param title what it is (标题)
 * @param location where it is: a document number, a path, a URL of the host's document system
 * @param digest the file's digest as the host computed it (say {@code sm3:…} or {@code sha256:…}), if given
 */
public record EvidenceRef(String title, String location, Optional<String> digest) implements Archivable {
  /** @throws NullPointerException if a part is null */
  public EvidenceRef {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(digest, "digest");
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder()
        .put("title", title)
        .put("location", location)
        .put("digest", digest)
        .build();
  }
}

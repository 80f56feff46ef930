package org.lianfang.application.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.lianfang.Limits;
import org.lianfang.control.EvidenceRef;

/**
 * Where a measure's evidence is kept, as a command gives it (P-13).
 *
 * @param title what it is
 * @param location where it is: a document number, a path, a URL of the host's document system
 * @param digest the file's digest as the host computed it, if given
 */
public record EvidenceInput(
    @NotBlank @Size(max = Limits.NAME) String title,
    @NotBlank @Size(max = Limits.TEXT) String location,
    @NotNull Optional<@Size(min = 1, max = Limits.NAME) String> digest) {
  EvidenceRef toEvidence() {
    return new EvidenceRef(title, location, digest);
  }
}

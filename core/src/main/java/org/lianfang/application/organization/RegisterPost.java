package org.lianfang.application.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.lianfang.Limits;
import org.lianfang.UnitId;
import org.lianfang.organization.PostProfile;

/**
 * Registers a post in a unit (S-2). Codes are unique within the unit.
 *
 * @param unit the unit
 * @param code the code people read
 * @param name the post's name
 * @param profile the facts grading needs
 * @param section the section (科室) of the unit the post belongs to, if any: a name, whose head may be granted the
 *     section's posts ({@link org.lianfang.Grant#inSection}; issue 10, finding 13)
 */
public record RegisterPost(
    @NotNull UnitId unit,
    @NotBlank @Size(max = Limits.CODE) @Pattern(regexp = Limits.TRIMMED, message = Limits.TRIMMED_MESSAGE) String code,
    @NotBlank @Size(max = Limits.NAME) String name,
    @NotNull PostProfile profile,
    @NotNull Optional<@Size(min = 1, max = Limits.NAME) String> section) {

  /**
   * A post in no section.
   *
   * @param unit the unit
   * @param code the code people read
   * @param name the post's name
   * @param profile the facts grading needs
   */
  public RegisterPost(UnitId unit, String code, String name, PostProfile profile) {
    this(unit, code, name, profile, Optional.empty());
  }
}

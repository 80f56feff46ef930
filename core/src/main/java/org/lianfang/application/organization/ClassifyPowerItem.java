package org.lianfang.application.organization;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.Optional;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.organization.PowerItemId;

/**
 * Classifies a power item secret (涉密) on a basis, or declassifies it: a secret item is never published (P-16), and
 * a change of classification makes its disclosure stale until it is published again.
 *
 * @param powerItem the item
 * @param basis the basis of the classification (定密依据: the secrets catalogue or decision it rests on), or empty to
 *     declassify
 * @param expectedVersion the version of the item its user saw; when given and the stored item has another, the command
 *     is refused as {@code STALE} and changes nothing; empty to change whatever version is stored
 */
public record ClassifyPowerItem(
    @NotNull PowerItemId powerItem,
    @NotNull Optional<@Size(min = 1, max = Limits.TEXT) @Pattern(regexp = Limits.NOT_BLANK,
        message = Limits.NOT_BLANK_MESSAGE) String> basis,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /** @param powerItem the item @param basis the basis of the classification @return the command that classifies it */
  public static ClassifyPowerItem secret(PowerItemId powerItem, String basis) {
    return new ClassifyPowerItem(powerItem, Optional.of(basis), OptionalLong.empty());
  }

  /** @param powerItem the item @return the command that declassifies it */
  public static ClassifyPowerItem declassified(PowerItemId powerItem) {
    return new ClassifyPowerItem(powerItem, Optional.empty(), OptionalLong.empty());
  }
}

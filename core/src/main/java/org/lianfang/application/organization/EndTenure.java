package org.lianfang.application.organization;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.lianfang.organization.TenureId;

/**
 * An official leaves a post.
 *
 * @param tenure the open tenure
 * @param end the first day no longer held
 * @param expectedVersion the version of the tenure its user saw ({@link org.lianfang.Aggregate#version()}); when
 *     given and the stored tenure has another, the command is refused as {@code STALE} and changes nothing; empty
 *     to change whatever version is stored
 */
public record EndTenure(
    @NotNull TenureId tenure,
    @NotNull LocalDate end,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /**
   * The command without an expected version: it changes whatever version is stored.
   *
   * @param tenure the open tenure
   * @param end the first day no longer held
   */
  public EndTenure(TenureId tenure, LocalDate end) {
    this(tenure, end, OptionalLong.empty());
  }
}

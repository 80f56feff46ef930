package org.lianfang.application.organization;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.OptionalLong;
import java.util.Set;
import org.lianfang.Limits;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItemId;

/**
 * Revises a power item; the risk points tied to it become stale (P-3).
 *
 * @param powerItem the item
 * @param name the power's name
 * @param kind its kind
 * @param legalBasis 依据
 * @param boundary 界限
 * @param responsibility 责任
 * @param posts the posts exercising it
 * @param expectedVersion the version of the power item its user saw ({@link org.lianfang.Aggregate#version()}); when
 *     given and the stored power item has another, the command is refused as {@code STALE} and changes nothing; empty
 *     to change whatever version is stored
 */
public record RevisePowerItem(
    @NotNull PowerItemId powerItem,
    @NotBlank @Size(max = Limits.NAME) String name,
    @NotNull AdministrativePower kind,
    @NotBlank @Size(max = Limits.TEXT) String legalBasis,
    @NotBlank @Size(max = Limits.TEXT) String boundary,
    @NotBlank @Size(max = Limits.TEXT) String responsibility,
    @NotEmpty @Size(max = Limits.ITEMS) Set<@NotNull PostId> posts,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /**
   * The command without an expected version: it changes whatever version is stored.
   *
   * @param powerItem the item
   * @param name the power's name
   * @param kind its kind
   * @param legalBasis 依据
   * @param boundary 界限
   * @param responsibility 责任
   * @param posts the posts exercising it
   */
  public RevisePowerItem(PowerItemId powerItem, String name, AdministrativePower kind, String legalBasis,
      String boundary, String responsibility, Set<PostId> posts) {
    this(powerItem, name, kind, legalBasis, boundary, responsibility, posts, OptionalLong.empty());
  }
}

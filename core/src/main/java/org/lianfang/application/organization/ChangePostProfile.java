package org.lianfang.application.organization;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.OptionalLong;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;

/**
 * Changes a post's powers or other facts; its reviewed, published and confirmed risk points become stale (P-3).
 *
 * @param post the post
 * @param profile the new facts
 * @param expectedVersion the version of the post its user saw ({@link org.lianfang.Aggregate#version()}); when
 *     given and the stored post has another, the command is refused as {@code STALE} and changes nothing; empty
 *     to change whatever version is stored
 */
public record ChangePostProfile(
    @NotNull PostId post,
    @NotNull PostProfile profile,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /**
   * The command without an expected version: it changes whatever version is stored.
   *
   * @param post the post
   * @param profile the new facts
   */
  public ChangePostProfile(PostId post, PostProfile profile) {
    this(post, profile, OptionalLong.empty());
  }
}

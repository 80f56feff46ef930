package org.lianfang.application.organization;

import jakarta.validation.constraints.NotNull;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;

/**
 * Changes a post's powers or other facts; its reviewed, published and confirmed risk points become stale (P-3).
 *
 * @param post the post
 * @param profile the new facts
 */
public record ChangePostProfile(@NotNull PostId post, @NotNull PostProfile profile) {}

package org.lianfang.application;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;

/**
 * An official takes up a post from a day on. A change of holder (轮岗) makes the post's reviewed, posted and
 * confirmed risk points stale (P-3). The official must be on the staff of the post's unit or of a unit above it.
 *
 * @param post the post
 * @param official the new holder
 * @param start the first day held
 */
public record BeginTenure(@NotNull PostId post, @NotNull OfficialId official, @NotNull LocalDate start) {}

package org.lianfang.application.organization;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;

/**
 * An official takes up a post from a day on. When another official held or holds the post, this is a change of holder
 * (轮岗) and the post's reviewed, published and confirmed risk points become stale (P-3); a post's first holder changes
 * nothing about its points. The official must be on the staff of the post's unit or of a unit above it.
 *
 * @param post the post
 * @param official the new holder
 * @param start the first day held
 */
public record BeginTenure(@NotNull PostId post, @NotNull OfficialId official, @NotNull LocalDate start) {}

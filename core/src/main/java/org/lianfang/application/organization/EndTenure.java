package org.lianfang.application.organization;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.lianfang.organization.TenureId;

/**
 * An official leaves a post.
 *
 * @param tenure the open tenure
 * @param end the first day no longer held
 */
public record EndTenure(@NotNull TenureId tenure, @NotNull LocalDate end) {}

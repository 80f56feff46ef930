package org.lianfang.application.cycle;

import jakarta.validation.constraints.NotNull;
import java.time.Year;
import org.lianfang.UnitId;

/**
 * Opens a unit's year (S-16: 动员部署 begins it) under the instance's cycle policy, recording the versions of the
 * policies in force.
 *
 * @param unit the unit
 * @param year the year: not over today and at most the next; later than any year the unit has opened, whose cycles
 *     are all closed
 */
public record OpenYear(@NotNull UnitId unit, @NotNull Year year) {}

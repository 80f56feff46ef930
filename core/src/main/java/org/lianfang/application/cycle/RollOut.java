package org.lianfang.application.cycle;

import jakarta.validation.constraints.NotNull;
import java.time.Year;
import org.lianfang.UnitId;

/**
 * Opens a year for every unit of a subtree (S-1: from 2011 the whole city), each unit in a transaction of its own as
 * {@link OpenYear} does, those that have the year already left as they are, so that calling it again after an
 * interruption opens what is left.
 *
 * @param root the subtree's top
 * @param year the year
 */
public record RollOut(@NotNull UnitId root, @NotNull Year year) {}

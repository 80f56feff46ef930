/**
 * The annual cycle (修正完善 and the year's loop, S-1, S-16, P-26; ARCHITECTURE.md decision 7): a unit's year worked
 * in the six phases of the seed's timetable under a versioned {@link org.lianfang.cycle.CyclePolicy}, each phase left
 * past the guard the policy sets, and the year closed. Depends on the domain of every earlier area, none on it.
 */
package org.lianfang.cycle;

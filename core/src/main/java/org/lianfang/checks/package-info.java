/**
 * The checks of the third stage (评价考核, S-10, P-22): each post's monthly check of its control measures, rated
 * FULL, PARTIAL or NONE, whose findings become rectification items and, for a measure not applied twice running, a
 * reminder.
 */
package org.lianfang.checks;

/**
 * The checks' area (评价考核, S-10): each post's monthly check of its control measures (月查, P-22), whose findings
 * become rectification items and, for a measure not applied twice running, a reminder.
 */
package org.lianfang.application.checks;

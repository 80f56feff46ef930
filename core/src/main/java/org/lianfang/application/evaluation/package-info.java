/**
 * The evaluation's area (年度考核, S-11, P-24): each unit's year read from its records, kind by kind for a whole subtree
 * at once, and scored under the instance's evaluation policy.
 */
package org.lianfang.application.evaluation;

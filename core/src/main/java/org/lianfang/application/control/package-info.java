/**
 * The control area (防控落实, S-7 to S-9, S-13, S-14, P-13): the commands that draft a unit's control measures and take
 * them through their life, each one transaction that checks access and the rules, writes and journals, and the reads
 * of the measures. Built by {@link org.lianfang.application.Lianfang}.
 */
package org.lianfang.application.control;

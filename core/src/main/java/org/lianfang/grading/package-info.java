/**
 * Grading (S-6, P-4): a {@link org.lianfang.grading.GradingPolicy} turns a risk point's
 * {@link org.lianfang.grading.Assessment} and its post's facts into a {@link org.lianfang.grading.Grade} with the rules
 * that fired. The default is the seed's {@link org.lianfang.grading.SeedGradingPolicy}; the alternatives of wider
 * practice are {@link org.lianfang.grading.PowerBasedGradingPolicy},
 * {@link org.lianfang.grading.LikelihoodConsequencePolicy} and {@link org.lianfang.grading.CriteriaCountPolicy}.
 *
 * <p>All types here are immutable and thread-safe. No method accepts or returns {@code null}.
 */
package org.lianfang.grading;

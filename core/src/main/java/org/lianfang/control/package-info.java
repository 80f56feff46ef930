/**
 * Control (防控落实, the seed's second stage; S-7 to S-9, S-13, S-14, P-13, P-14): the
 * {@link org.lianfang.control.ControlMeasure}s a unit registers on Form 3 (附表3) against its confirmed risk points, by
 * phase (前期预防 / 中期监控 / 后期处置) and defense line (教育 / 制度 / 监督), their one transition table
 * ({@link org.lianfang.control.MeasureTransitions}), and the policies that read them: what a point's coverage lacks
 * ({@link org.lianfang.control.CoveragePolicy}) and the residual grade its measures in force leave it
 * ({@link org.lianfang.control.ResidualGradingPolicy}).
 *
 * <p>Aggregates and values are immutable and thread-safe. No method accepts or returns {@code null}; absent values
 * are returned as {@link java.util.Optional}.
 */
package org.lianfang.control;

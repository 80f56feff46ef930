/**
 * The process area: {@link org.lianfang.application.process.ProcessArea} with its commands
 * ({@link org.lianfang.application.process.DefineProcess} and {@link org.lianfang.application.process.ReviseProcess},
 * whose steps and flows are {@link org.lianfang.application.process.StepInput} and
 * {@link org.lianfang.application.process.FlowInput}) and its {@link org.lianfang.application.process.ProcessQueries}:
 * business flow charts and the risk-prevention flow chart drawn from them (S-2, P-2, P-3).
 *
 * <p>Null policy: no method here accepts or returns {@code null}. Commands are records checked with Jakarta
 * Validation; a {@code null} inside a command is refused as {@code INVALID_INPUT} naming the field, while a
 * {@code null} actor or command fails fast with a {@link NullPointerException}. Reads return
 * {@link java.util.Optional} or an empty list for what is absent or hidden from the actor.
 */
package org.lianfang.application.process;

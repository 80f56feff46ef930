package org.lianfang.application.internal;

import org.lianfang.Outcome;

/**
 * One activity of the domain: checks and carries out one command inside its transaction. Each area names its
 * handlers after their commands ({@code RegisterUnitHandler} for {@code RegisterUnit}) and keeps them package-private;
 * the {@link CommandRunner} runs them.
 *
 * @param <C> the command
 * @param <R> what an accepted command returns
 */
public interface CommandHandler<C, R> {
  /**
   * Refuses before writing anything, or writes and records the events. The runner undoes everything if a refusal
   * comes back after a write, so a refusal never leaves a trace.
   *
   * @param session the store, the actor, the instant and the access checks of this command
   * @param command the validated command
   * @return the value, or a refusal
   */
  Outcome<R> execute(Session session, C command);
}

package org.lianfang.application.internal;

import org.lianfang.Outcome;

/** One activity of the domain: checks and carries out one command inside its transaction. */
public interface CommandHandler<C, R> {
  /**
   * Refuses before writing anything, or writes and records the events. The runner undoes everything if a refusal
   * comes back after a write, so a refusal never leaves a trace.
   */
  Outcome<R> execute(Session session, C command);
}

package org.lianfang.application.process;

import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.application.internal.Areas;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Wiring;
import org.lianfang.process.ProcessId;

/**
 * The process area: a unit's business flow charts (业务流程图, S-2, P-2), on which risk points are then found step by
 * step. Each command takes the {@link Actor} who acts and returns an {@link Outcome}; it is validated, then runs in
 * one transaction that checks access and the rules, writes, and appends its events to the unit's journal. A refused
 * command changes nothing. Built by {@link org.lianfang.application.Lianfang}; immutable and thread-safe when the store
 * is.
 */
public final class ProcessArea {
  static {
    Areas.register(ProcessArea.class, ProcessArea::new);
  }

  private final CommandRunner runner;
  private final DefineProcessHandler define;
  private final ReviseProcessHandler revise = new ReviseProcessHandler();
  private final ProcessQueries queries;

  private ProcessArea(Wiring wiring) {
    this.runner = wiring.runner();
    this.define = new DefineProcessHandler(wiring.ids());
    this.queries = new ProcessQueries(wiring.runner(), wiring.gradeLabels());
  }

  /**
   * Draws a unit's business flow chart (S-2, P-2): exactly one start, every step reachable, only the unit's posts and
   * power items, and a code not yet used in the unit.
   *
   * @param actor who acts (needs {@code MANAGE_ORGANIZATION} on the unit)
   * @param command the flow chart
   * @return the process's id, or a refusal
   */
  public Outcome<ProcessId> define(Actor actor, DefineProcess command) {
    return runner.run(actor, command, define);
  }

  /**
   * Redraws a flow chart; the risk points at its steps become stale (P-3). A step that still carries risk points
   * cannot be removed, and an unchanged chart is refused.
   *
   * @param actor who acts (needs {@code MANAGE_ORGANIZATION} on the process's unit)
   * @param command the new chart
   * @return the process's id, or a refusal
   */
  public Outcome<ProcessId> revise(Actor actor, ReviseProcess command) {
    return runner.run(actor, command, revise);
  }

  /** @return the process reads (processes, flow charts with their risk points), each checked by the access policy */
  public ProcessQueries queries() {
    return queries;
  }
}

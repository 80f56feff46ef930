package org.lianfang.application.internal;

import java.util.Optional;
import org.lianfang.DomainEvent;
import org.lianfang.Refusal;

/**
 * What one area does when another area's records change: the way a rule that crosses areas is kept without the area
 * that changes knowing the one that follows (ARCHITECTURE.md, areas depend one way). The risk area, for one, marks its
 * points stale when a post, power item or process they rest on changes (P-3), so the organisation and process areas
 * never write risk points.
 *
 * <p>An area registers its reactions with the {@link CommandRunner} when it is built. The {@link Session} hands each
 * event to every reaction as soon as the change that caused it is recorded, in the command's own transaction: what a
 * reaction writes and records is committed with the command or not at all, so a refused or failing command still
 * changes nothing, and the events a reaction records follow the event they react to in the journal. Handlers write a
 * change after recording it ({@code repository.update(session.record(change))}), so a reaction still sees the records
 * as they were before the change: a reaction to a revision can read what was revised.
 *
 * <p>A reaction may refuse the command (a rule of its area that the change would break, say a measure left
 * controlling nothing): the whole command is then refused with that refusal and changes nothing.
 *
 * <p>Implementations ignore the events they do not react to, including their own area's, and are thread-safe.
 */
public interface Reaction {
  /**
   * @param session the session of the command that recorded the event
   * @param event the event just recorded
   * @return empty to let the command go on, or why it is refused
   */
  Optional<Refusal> react(Session session, DomainEvent event);
}

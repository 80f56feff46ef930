package org.lianfang.application.ledger;

import java.util.Optional;
import org.lianfang.Refusal;

/**
 * An archive to import: a ledger document being read, say. Called once, inside the import's transaction.
 *
 * @param <X> what reading it may throw
 */
@FunctionalInterface
public interface ArchiveSource<X extends Exception> {
  /**
   * Feeds the whole archive to the sink, in order.
   *
   * @param sink where each part goes
   * @return empty when the archive was read to its end, or why the source refuses it (its form, say); the import then
   *     writes nothing
   * @throws X if reading fails; the import then writes nothing
   */
  Optional<Refusal> feed(ArchiveSink sink) throws X;
}

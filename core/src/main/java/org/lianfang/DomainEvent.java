package org.lianfang;

/**
 * Something that happened to the records of one unit. Every committed command appends its events to that unit's
 * hash-chained journal (ARCHITECTURE.md decision 3). The journal stores the canonical JSON of {@link #toArchive()}
 * (docs/journal-format.md): each event names its fields explicitly, and leaves out its unit, which the journal entry
 * carries, so renaming a Java class, component or constant never changes the archive.
 */
public interface DomainEvent extends Archivable {
  /** @return the unit whose journal chain records this event */
  UnitId unitId();

  /** What the journal records as the actor of an event whose actor is sealed. */
  String SEALED_ACTOR = "sealed";

  /** @return a stable code for the kind of event, e.g. {@code risk.identified}; never a class name */
  String type();

  /**
   * @return whether who caused the event is confidential (P-11: a commenter, a reporter), so that the journal, which
   *     leaders and auditors read, records {@link #SEALED_ACTOR} instead of the actor's id
   */
  default boolean sealsActor() {
    return false;
  }
}

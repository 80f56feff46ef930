package org.lianfang;

/**
 * Something that happened to the records of one unit. Every committed command appends its events to that unit's
 * hash-chained journal (ARCHITECTURE.md decision 3). Implementations are records; the journal stores their canonical
 * text, so an event's record components are part of the archive format.
 */
public interface DomainEvent {
  /** @return the unit whose journal chain records this event */
  UnitId unitId();

  /** @return a stable code for the kind of event, e.g. {@code risk.identified}; never a class name */
  String type();
}

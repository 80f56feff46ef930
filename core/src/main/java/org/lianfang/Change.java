package org.lianfang;

import java.util.List;
import java.util.Objects;

/**
 * What a domain operation produced: the aggregate after the change and the events it caused. Immutable.
 *
 * @param after the changed aggregate
 * @param events the events, in order
 * @param <T> the aggregate type
 */
public record Change<T>(T after, List<DomainEvent> events) {
  /** @throws NullPointerException if a part is null */
  public Change {
    Objects.requireNonNull(after, "after");
    events = List.copyOf(events);
  }

  /**
   * @param after the aggregate
   * @param event the one event
   * @param <T> its type
   * @return the change
   */
  public static <T> Change<T> of(T after, DomainEvent event) {
    return new Change<>(after, List.of(event));
  }
}

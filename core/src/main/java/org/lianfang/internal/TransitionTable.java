package org.lianfang.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A lifecycle's one transition table: for each state, the actions allowed in it and where each leads; anything not in
 * it is refused by the record that consults it. Immutable and thread-safe once built.
 *
 * @param <S> the states
 * @param <A> the actions
 */
public final class TransitionTable<S extends Enum<S>, A extends Enum<A>> {
  private final Map<S, Map<A, S>> table;

  private TransitionTable(Map<S, Map<A, S>> table) {
    this.table = table;
  }

  /**
   * @param states the type of the states
   * @param actions the type of the actions
   * @param <S> the states
   * @param <A> the actions
   * @return an empty table to fill
   */
  public static <S extends Enum<S>, A extends Enum<A>> Builder<S, A> of(Class<S> states, Class<A> actions) {
    return new Builder<>(states, actions);
  }

  /**
   * @param from the current state
   * @param action the action
   * @return the state the action leads to, or empty if the table does not allow it
   */
  public Optional<S> target(S from, A action) {
    return Optional.ofNullable(table.get(from).get(action));
  }

  /** @param from a state @return the actions allowed in it and where they lead, unmodifiable */
  public Map<A, S> from(S from) {
    return table.get(from);
  }

  /**
   * Fills a table. Not thread-safe.
   *
   * @param <S> the states
   * @param <A> the actions
   */
  public static final class Builder<S extends Enum<S>, A extends Enum<A>> {
    private final Map<S, Map<A, S>> table;

    private Builder(Class<S> states, Class<A> actions) {
      table = new EnumMap<>(states);
      for (S s : states.getEnumConstants()) {
        table.put(s, new EnumMap<>(actions));
      }
    }

    /**
     * @param from a state
     * @param action an action allowed in it
     * @param to where it leads
     * @return this builder
     * @throws IllegalStateException if the action is already in the table for that state
     */
    public Builder<S, A> on(S from, A action, S to) {
      S was = table.get(from).putIfAbsent(action, to);
      if (was != null) {
        throw new IllegalStateException(from + " --" + action + "--> is already " + was);
      }
      return this;
    }

    /** @return the table, unmodifiable */
    public TransitionTable<S, A> build() {
      Map<S, Map<A, S>> copy = new EnumMap<>(table);
      copy.replaceAll((s, m) -> Collections.unmodifiableMap(new EnumMap<>(m)));
      return new TransitionTable<>(Collections.unmodifiableMap(copy));
    }
  }
}

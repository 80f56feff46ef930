package org.lianfang;

import java.util.Objects;
import java.util.function.Function;

/**
 * The result of a command: accepted with a value, or refused with a {@link Refusal}. Expected business refusals are
 * values, not exceptions (STYLE.md). A refused command changed nothing.
 *
 * @param <T> the value of an accepted command
 */
public sealed interface Outcome<T> {

  /**
   * The command was carried out and committed.
   *
   * @param value what the command produced, e.g. the id of a new record
   * @param <T> its type
   */
  record Accepted<T>(T value) implements Outcome<T> {
    /** @throws NullPointerException if value is null */
    public Accepted {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The command was refused; nothing changed.
   *
   * @param refusal why
   * @param <T> the type the command would have produced
   */
  record Refused<T>(Refusal refusal) implements Outcome<T> {
    /** @throws NullPointerException if refusal is null */
    public Refused {
      Objects.requireNonNull(refusal, "refusal");
    }
  }

  /**
   * @param value the value
   * @param <T> its type
   * @return an accepted outcome
   */
  static <T> Outcome<T> accepted(T value) {
    return new Accepted<>(value);
  }

  /**
   * @param refusal why
   * @param <T> the type
   * @return a refused outcome
   */
  static <T> Outcome<T> refused(Refusal refusal) {
    return new Refused<>(refusal);
  }

  /** @return the refusal of a refused outcome; empty when accepted */
  default java.util.Optional<Refusal> whyRefused() {
    return this instanceof Refused<T> r ? java.util.Optional.of(r.refusal()) : java.util.Optional.empty();
  }

  /** @return whether the command was accepted */
  default boolean isAccepted() {
    return this instanceof Accepted;
  }

  /**
   * @return the value of an accepted outcome
   * @throws LianfangException with the refusal's message if the outcome is a refusal
   */
  default T orElseThrow() {
    if (this instanceof Accepted<T> a) {
      return a.value();
    }
    throw new RefusedException(((Refused<T>) this).refusal());
  }

  /**
   * @param f applied to the value of an accepted outcome
   * @param <R> the new value type
   * @return the mapped outcome; a refusal stays the same refusal
   */
  default <R> Outcome<R> map(Function<? super T, ? extends R> f) {
    if (this instanceof Accepted<T> a) {
      return new Accepted<>(f.apply(a.value()));
    }
    return new Refused<>(((Refused<T>) this).refusal());
  }

  /**
   * @param f what follows an accepted outcome, itself accepted or refused
   * @param <R> the new value type
   * @return f's outcome for the value of an accepted one; a refusal stays the same refusal
   */
  default <R> Outcome<R> flatMap(Function<? super T, Outcome<R>> f) {
    if (this instanceof Accepted<T> a) {
      return f.apply(a.value());
    }
    return new Refused<>(((Refused<T>) this).refusal());
  }
}

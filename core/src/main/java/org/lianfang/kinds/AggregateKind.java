package org.lianfang.kinds;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.lianfang.Aggregate;
import org.lianfang.AggregateId;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;

/**
 * One kind of aggregate a {@link Store} keeps: its name in documents and counts, its Java type, the repository that
 * keeps it and the form it takes for readers who may not see sealed identities (P-11). The kinds are listed once, in
 * order, by {@link AggregateKinds}; whatever treats every aggregate alike (the ledger document, its counts, import and
 * export, bulk loading, the in-memory snapshot) iterates that list instead of naming each aggregate. Immutable and
 * thread-safe; two kinds are equal only if they are the same constant.
 *
 * @param <A> the aggregate
 * @param <I> the kind of its id
 */
public final class AggregateKind<A extends Aggregate<I>, I extends AggregateId> {
  private final String name;
  private final Class<A> type;
  private final Function<Store, ? extends Repository<A, I>> repository;
  private final UnaryOperator<A> sealed;

  private AggregateKind(
      String name, Class<A> type, Function<Store, ? extends Repository<A, I>> repository, UnaryOperator<A> sealed) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.repository = Objects.requireNonNull(repository, "repository");
    this.sealed = Objects.requireNonNull(sealed, "sealed");
  }

  /**
   * @param name the kind's name: a plural in lower camel case, the ledger document's field for these records
   * @param type the aggregate's class
   * @param repository how a store gives the repository of this kind
   * @param <A> the aggregate
   * @param <I> the kind of its id
   * @return a kind whose records carry no sealed identity
   */
  static <A extends Aggregate<I>, I extends AggregateId> AggregateKind<A, I> of(
      String name, Class<A> type, Function<Store, ? extends Repository<A, I>> repository) {
    return new AggregateKind<>(name, type, repository, UnaryOperator.identity());
  }

  /**
   * @param sealed the form a record takes for readers who may not see sealed identities (P-11)
   * @return this kind, with that form
   */
  AggregateKind<A, I> sealedAs(UnaryOperator<A> sealed) {
    return new AggregateKind<>(name, type, repository, sealed);
  }

  /** @return the kind's name, e.g. {@code riskPoints}: the ledger document's field for these records */
  public String name() {
    return name;
  }

  /** @return the aggregate's class */
  public Class<A> type() {
    return type;
  }

  /**
   * @param store a store
   * @return the store's repository of this kind
   */
  public Repository<A, I> in(Store store) {
    return repository.apply(Objects.requireNonNull(store, "store"));
  }

  /**
   * @param record a record of this kind
   * @return the record as a reader without clearance for sealed identities may see it (P-11): the record itself for
   *     kinds that hold none
   */
  public A sealed(A record) {
    return sealed.apply(record);
  }

  /**
   * @param value a value that should be a record of this kind
   * @return the value, typed
   * @throws ClassCastException if it is not
   */
  public A cast(Object value) {
    return type.cast(value);
  }

  @Override
  public String toString() {
    return name;
  }
}

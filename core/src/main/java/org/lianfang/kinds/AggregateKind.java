package org.lianfang.kinds;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.lianfang.Aggregate;
import org.lianfang.AggregateId;
import org.lianfang.ArchiveObject;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;

/**
 * One kind of aggregate a {@link Store} keeps: its name in documents and counts, its Java type, the repository that
 * keeps it, the form it takes for readers who may not see sealed identities (P-11), what it is called in messages,
 * the references its records make to other records, the texts whose sizes the commands limit and the canonical state
 * of a record that the journal's record digests cover (issue 10, finding 2). The kinds are listed
 * once, in order, by {@link AggregateKinds}; whatever treats every aggregate alike (the ledger document, its counts,
 * import and export, bulk loading, the in-memory snapshot) iterates that list instead of naming each aggregate.
 * Immutable and thread-safe; two kinds are equal only if they are the same constant.
 *
 * @param <A> the aggregate
 * @param <I> the kind of its id
 */
public final class AggregateKind<A extends Aggregate<I>, I extends AggregateId> {
  /**
   * A text of a record whose size the commands limit, so that a store's columns always take it.
   *
   * @param field the text's field in the record's documented form, e.g. {@code code}
   * @param max the most characters (UTF-16 code units) the commands allow
   * @param text reads the text from a record; null when the record has none (an optional text, {@code sizedIfAny})
   * @param <A> the aggregate
   */
  public record SizedText<A>(String field, int max, Function<A, String> text) {
    public SizedText {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(text, "text");
    }
  }

  private final String name;
  private final Class<A> type;
  private final Function<Store, ? extends Repository<A, I>> repository;
  private final UnaryOperator<A> sealed;
  private final String labelZh;
  private final String labelEn;
  private final Function<A, List<Reference>> references;
  private final List<SizedText<A>> texts;
  private final boolean visibleBelow;
  private final BiPredicate<A, Object> hasPart;
  private final Function<A, ArchiveObject> state;

  private AggregateKind(String name, Class<A> type, Function<Store, ? extends Repository<A, I>> repository,
      UnaryOperator<A> sealed, String labelZh, String labelEn, Function<A, List<Reference>> references,
      List<SizedText<A>> texts, boolean visibleBelow, BiPredicate<A, Object> hasPart,
      Function<A, ArchiveObject> state) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.repository = Objects.requireNonNull(repository, "repository");
    this.sealed = Objects.requireNonNull(sealed, "sealed");
    this.labelZh = Objects.requireNonNull(labelZh, "labelZh");
    this.labelEn = Objects.requireNonNull(labelEn, "labelEn");
    this.references = Objects.requireNonNull(references, "references");
    this.texts = List.copyOf(texts);
    this.visibleBelow = visibleBelow;
    this.hasPart = Objects.requireNonNull(hasPart, "hasPart");
    this.state = Objects.requireNonNull(state, "state");
  }

  /**
   * @param name the kind's name: a plural in lower camel case, the ledger document's field for these records
   * @param type the aggregate's class
   * @param repository how a store gives the repository of this kind
   * @param labelZh what one record is called in Chinese messages, e.g. 岗位
   * @param labelEn what one record is called in English messages, e.g. post
   * @param state the record's canonical state: every field it keeps but its version ({@link RecordStates})
   * @param <A> the aggregate
   * @param <I> the kind of its id
   * @return a kind whose records carry no sealed identity, refer to nothing, have no limited texts and no parts
   */
  static <A extends Aggregate<I>, I extends AggregateId> AggregateKind<A, I> of(String name, Class<A> type,
      Function<Store, ? extends Repository<A, I>> repository, String labelZh, String labelEn,
      Function<A, ArchiveObject> state) {
    return new AggregateKind<>(name, type, repository, UnaryOperator.identity(), labelZh, labelEn, r -> List.of(),
        List.of(), false, (r, part) -> false, state);
  }

  /**
   * @param sealed the form a record takes for readers who may not see sealed identities (P-11)
   * @return this kind, with that form
   */
  AggregateKind<A, I> sealedAs(UnaryOperator<A> sealed) {
    return new AggregateKind<>(name, type, repository, sealed, labelZh, labelEn, references, texts, visibleBelow,
        hasPart, state);
  }

  /**
   * @param references the references a record makes, each to a kind listed before this one
   * @return this kind, whose records make those references
   */
  AggregateKind<A, I> referring(Function<A, List<Reference>> references) {
    return new AggregateKind<>(name, type, repository, sealed, labelZh, labelEn, references, texts, visibleBelow,
        hasPart, state);
  }

  /**
   * @param field the text's field in the record's documented form
   * @param max the most characters the commands allow
   * @param text reads the text
   * @return this kind, with that text limited too; every limited text must also not be blank
   */
  AggregateKind<A, I> sized(String field, int max, Function<A, String> text) {
    List<SizedText<A>> more = new ArrayList<>(texts);
    more.add(new SizedText<>(field, max, text));
    return new AggregateKind<>(name, type, repository, sealed, labelZh, labelEn, references, more, visibleBelow,
        hasPart, state);
  }

  /**
   * @param field an optional text's field in the record's documented form
   * @param max the most characters the commands allow
   * @param text reads the text, if the record has it
   * @return this kind, with that text limited too when present; present, it must also not be blank
   */
  AggregateKind<A, I> sizedIfAny(String field, int max, Function<A, Optional<String>> text) {
    return sized(field, max, a -> text.apply(a).orElse(null));
  }

  /** @return this kind, whose records the records of units below their own may refer to too */
  AggregateKind<A, I> alsoVisibleBelow() {
    return new AggregateKind<>(name, type, repository, sealed, labelZh, labelEn, references, texts, true, hasPart,
        state);
  }

  /**
   * @param hasPart whether a record has a part, as a {@link Reference#part()} names it
   * @return this kind, whose records have those parts
   */
  AggregateKind<A, I> withParts(BiPredicate<A, Object> hasPart) {
    return new AggregateKind<>(name, type, repository, sealed, labelZh, labelEn, references, texts, visibleBelow,
        hasPart, state);
  }

  /** @return the kind's name, e.g. {@code riskPoints}: the ledger document's field for these records */
  public String name() {
    return name;
  }

  /** @return what one record is called in Chinese messages, e.g. 岗位 */
  public String labelZh() {
    return labelZh;
  }

  /** @return what one record is called in English messages, e.g. post */
  public String labelEn() {
    return labelEn;
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
   * @param record a record of this kind
   * @return every reference it makes to another record, in the order of its documented form (a unit's parent is not
   *     one: it is the unit's place in the tree, which a ledger document checks by its order)
   */
  public List<Reference> references(A record) {
    return references.apply(record);
  }

  /** @return the texts of its records whose sizes the commands limit */
  public List<SizedText<A>> sizedTexts() {
    return texts;
  }

  /**
   * @return whether the records of units below a record's own unit may refer to it, as a section's risks may be owned
   *     by a leader on the staff of the bureau above (分管领导, P-1); otherwise only the records of its own unit may
   */
  public boolean visibleBelow() {
    return visibleBelow;
  }

  /**
   * @param record a record of this kind
   * @param part a part, as a {@link Reference#part()} names it
   * @return whether the record has it
   */
  public boolean hasPart(A record, Object part) {
    return hasPart.test(record, part);
  }

  /**
   * The record's canonical state, which the journal entry of each change to it carries the digest of (issue 10, finding
   * 2; {@code docs/journal-format.md}, section 8): every field the record keeps but its version, sealed identities in
   * clear with the random seal that keeps them from being guessed back from the digest.
   *
   * @param record a record of this kind
   * @return its canonical state
   */
  public ArchiveObject state(A record) {
    return state.apply(record);
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

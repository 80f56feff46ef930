package org.lianfang;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fields of an archived value, each under a stable name, as the journal's canonical JSON writes them
 * ({@code docs/journal-format.md}): an RFC 8785 object whose members are sorted by name.
 *
 * <p>A field's value is one of: a string; an {@code int} or {@code long} within ±(2<sup>53</sup> − 1) (a JSON number,
 * exact in every language); a boolean; a {@link Coded} constant (its code); an {@link AggregateId} (the UUID's
 * lower-case text); a {@link LocalDate} ({@code 2010-03-01}); an {@link Instant} (UTC, to the millisecond, as
 * {@link Instant#toString()} writes it); a {@link BigDecimal} (its {@link BigDecimal#toPlainString() plain} text, a
 * string, so no reader rounds it); another {@link ArchiveObject} or {@link Archivable}; a {@link java.util.List} of
 * these (an array in order); a {@link Set} of these (an array sorted by each element's canonical text); a
 * {@link Map} with string keys (an object). An absent {@link Optional} leaves the field out. Anything else is refused
 * when the field is put, so a value that could not be verified later never reaches a hash. Immutable and thread-safe.
 */
public final class ArchiveObject implements Archivable {
  /** The largest integer every JSON reader represents exactly, 2<sup>53</sup> − 1. */
  public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  private final Map<String, Object> fields;

  private ArchiveObject(Map<String, Object> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  /** @return a builder of an object with no field yet */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the fields, sorted by name; values are as put (absent optionals left out) */
  public Map<String, Object> fields() {
    return fields;
  }

  @Override
  public ArchiveObject toArchive() {
    return this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArchiveObject other && fields.equals(other.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.toString();
  }

  /** Collects fields. Not thread-safe. */
  public static final class Builder {
    /** Ends the fault of a null, which is refused as {@link Objects#requireNonNull} refuses it. */
    private static final String NULL = "\0null";
    private TreeMap<String, Object> fields = new TreeMap<>();
    /** Whether {@link #fields} is an object's now: a later field goes into a copy. */
    private boolean built;

    private Builder() {}

    /**
     * @param name the field's stable name
     * @param value its value, of a kind the class comment lists; an empty {@link Optional} leaves the field out
     * @return this
     * @throws IllegalArgumentException if the name is taken or the value of a kind the archive cannot write
     */
    public Builder put(String name, Object value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, name);
      if (value instanceof Optional<?> o) {
        return o.isPresent() ? put(name, o.get()) : this;
      }
      checkArgument(!fields.containsKey(name), "field %s is put twice", name);
      check(value, name);
      if (built) {
        fields = new TreeMap<>(fields);
        built = false;
      }
      fields.put(name, value);
      return this;
    }

    /** @return the object; the builder may go on, its later fields not the object's */
    public ArchiveObject build() {
      built = true;
      return new ArchiveObject(fields);
    }

    /**
     * Refuses a value the archive cannot write, naming where in it the fault is. The path is made only for a fault:
     * every record's state and every event is built through here (a restore of a city, millions of times).
     */
    private static void check(Object v, String name) {
      if (v == null) {
        throw new NullPointerException(name);
      }
      String fault = fault(v);
      if (fault != null) {
        if (fault.endsWith(NULL)) {
          throw new NullPointerException(name + fault.substring(0, fault.length() - NULL.length()));
        }
        throw new IllegalArgumentException(name + fault);
      }
    }

    /** @return null if the value can be archived, else the rest of its path and what is wrong there */
    private static String fault(Object v) {
      if (v == null) {
        return NULL;
      }
      if (v instanceof String || v instanceof AggregateId || v instanceof Coded || v instanceof LocalDate
          || v instanceof Boolean || v instanceof Instant || v instanceof BigDecimal || v instanceof Archivable) {
        return null;
      }
      if (v instanceof Integer || v instanceof Long) {
        long n = ((Number) v).longValue();
        return Math.abs(n) <= MAX_SAFE_INTEGER ? null : ": " + n + " is beyond ±(2^53 − 1)";
      }
      if (v instanceof Collection<?> c) {
        for (Object x : c) {
          String f = fault(x);
          if (f != null) {
            return "[]" + f;
          }
        }
        return null;
      }
      if (v instanceof Map<?, ?> m) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (!(e.getKey() instanceof String k)) {
            return ": map keys must be strings: " + e.getKey();
          }
          String f = fault(e.getValue());
          if (f != null) {
            return "." + k + f;
          }
        }
        return null;
      }
      return ": the archive has no form for " + v.getClass().getName();
    }
  }
}

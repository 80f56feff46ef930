package org.lianfang.risk;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The typed extension map a host may attach to a risk point for local columns (e.g. a province's 风险编号 or a sector
 * code). Keys are lower-case ASCII, 1–64 characters ({@code [a-z][a-z0-9_.-]*}); at most 64 fields. Immutable and
 * thread-safe; iteration is in key order.
 */
public final class CustomFields {
  /** The pattern every key must match. */
  public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");
  /** The most fields one risk point may carry. */
  public static final int MAX_FIELDS = 64;

  private static final CustomFields EMPTY = new CustomFields(new TreeMap<>());

  private final Map<String, CustomValue> values;

  private CustomFields(TreeMap<String, CustomValue> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /** @return no custom fields */
  public static CustomFields none() {
    return EMPTY;
  }

  /**
   * @param values the fields
   * @return them, sorted by key
   * @throws IllegalArgumentException if a key does not match {@link #KEY} or there are too many
   */
  public static CustomFields of(Map<String, ? extends CustomValue> values) {
    checkArgument(values.size() <= MAX_FIELDS, "at most %s custom fields, got %s", MAX_FIELDS, values.size());
    TreeMap<String, CustomValue> copy = new TreeMap<>();
    values.forEach((k, v) -> {
      checkArgument(KEY.matcher(k).matches(), "custom field key %s must match %s", k, KEY);
      copy.put(k, Objects.requireNonNull(v, "value"));
    });
    return new CustomFields(copy);
  }

  /** @param key a key @param value its value @return a copy with the field set */
  public CustomFields with(String key, CustomValue value) {
    TreeMap<String, CustomValue> copy = new TreeMap<>(values);
    copy.put(key, value);
    return of(copy);
  }

  /** @param key a key @return its value, if set */
  public Optional<CustomValue> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** @return the fields by key, unmodifiable, in key order */
  public Map<String, CustomValue> asMap() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CustomFields c && values.equals(c.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}

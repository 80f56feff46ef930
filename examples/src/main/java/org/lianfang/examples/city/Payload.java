package org.lianfang.examples.city;

/**
 * The journal payload of a generated event: {@code type{key=value,…}} with text values quoted and {@code "} and
 * {@code \} escaped. Core's canonical event text is internal, so the generated journal carries this simpler, equally
 * stable text; the chain's hashes cover it all the same.
 */
final class Payload {
  private final StringBuilder text;
  private boolean first = true;

  private Payload(String type) {
    text = new StringBuilder(160).append(type).append('{');
  }

  static Payload of(String type) {
    return new Payload(type);
  }

  /** A value written as is: ids, numbers, enums, dates. */
  Payload raw(String key, Object value) {
    key(key).append(value);
    return this;
  }

  /** A text value, quoted. */
  Payload text(String key, String value) {
    StringBuilder b = key(key).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    b.append('"');
    return this;
  }

  private StringBuilder key(String key) {
    if (!first) {
      text.append(',');
    }
    first = false;
    return text.append(key).append('=');
  }

  @Override
  public String toString() {
    return text + "}";
  }
}

package org.lianfang.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The canonical text of an event, stored in the journal and covered by its hash. Records are written as
 * {@code Name{component=value,…}} in declaration order; strings quoted with {@code \} escapes; {@link Optional} as its
 * value or {@code -}; lists in order; sets and maps sorted by their canonical text, so the text never depends on hash
 * iteration order; enums by name; UUIDs, {@code java.time} values, numbers and booleans by {@code toString()}. Any
 * other type is refused with an {@link IllegalArgumentException}: its text might not be the same on every JVM, and a
 * hash over it could not be verified later. Two map keys with the same text are refused too. Stateless and
 * thread-safe.
 */
public final class Canonical {
  private Canonical() {}

  /** @param value an event or any part of one @return its canonical text */
  public static String of(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value);
    return out.toString();
  }

  private static void write(StringBuilder out, Object v) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String s) {
      quote(out, s);
    } else if (v instanceof Optional<?> o) {
      if (o.isPresent()) {
        write(out, o.get());
      } else {
        out.append('-');
      }
    } else if (v instanceof Enum<?> e) {
      out.append(e.name());
    } else if (v instanceof Record r) {
      out.append(r.getClass().getSimpleName()).append('{');
      RecordComponent[] cs = r.getClass().getRecordComponents();
      for (int i = 0; i < cs.length; i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(cs[i].getName()).append('=');
        write(out, read(cs[i], r));
      }
      out.append('}');
    } else if (v instanceof Set<?> set) {
      out.append('{');
      out.append(String.join(",", set.stream().map(Canonical::of).sorted().toList()));
      out.append('}');
    } else if (v instanceof Collection<?> c) {
      out.append('[');
      out.append(String.join(",", c.stream().map(Canonical::of).toList()));
      out.append(']');
    } else if (v instanceof Map<?, ?> m) {
      TreeMap<String, String> sorted = new TreeMap<>();
      m.forEach((k, x) -> {
        if (sorted.put(of(k), of(x)) != null) {
          throw new IllegalArgumentException("two map keys have the same canonical text: " + of(k));
        }
      });
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, String> e : sorted.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        out.append(e.getKey()).append(':').append(e.getValue());
      }
      out.append('}');
    } else if (v instanceof java.util.UUID || v instanceof java.time.temporal.TemporalAccessor
        || v instanceof java.math.BigDecimal || v instanceof Integer || v instanceof Long
        || v instanceof Boolean) {
      out.append(v);
    } else {
      throw new IllegalArgumentException("no canonical text for " + v.getClass().getName()
          + ": events may hold records, strings, enums, Optionals, collections, maps, UUIDs, java.time values, "
          + "BigDecimal, Integer, Long and Boolean");
    }
  }

  private static Object read(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getName(), e);
    }
  }

  private static void quote(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (ch < 0x20) {
            out.append(String.format("\\u%04x", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    out.append('"');
  }
}

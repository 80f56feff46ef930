package org.lianfang.application.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a person calls each field of a command, in Chinese and English, so that a refusal can say {@code 风险描述} /
 * {@code risk description} rather than {@code description}. Each area keeps its labels in one place, the resource
 * {@value #RESOURCE} in its own package, one line per language and field:
 *
 * <pre>
 * IdentifyRiskPoint.description.zh=风险描述
 * IdentifyRiskPoint.description.en=risk description
 * </pre>
 *
 * <p>The key is the record's simple name and the record component's name (or, for a constraint on a method such as
 * {@code isPeriod}, the property's name). A path into nested inputs ({@code steps[0].name}) is labelled segment by
 * segment, following the declared types: {@code 流程环节（第 1 项）的环节名称} / {@code steps (item 1) › step name}.
 * Labelling stops at a type whose package has no labels (a domain value such as a custom field's value), and a field
 * without a label is called by its name; {@code FieldLabelsTest} keeps every field of every command labelled.
 * Thread-safe: each area's table is read once and kept.
 */
final class FieldLabels {
  /** The resource, in each area's package, that holds its labels. */
  static final String RESOURCE = "field-labels.properties";

  private static final Map<String, Map<String, String>> TABLES = new ConcurrentHashMap<>();

  private FieldLabels() {}

  /**
   * A field's label in both languages.
   *
   * @param zh in Chinese
   * @param en in English
   */
  record Label(String zh, String en) {
    Label {
      Objects.requireNonNull(zh, "zh");
      Objects.requireNonNull(en, "en");
    }
  }

  /**
   * @param command the command's class
   * @param path a violation's path in it, as Jakarta Validation writes it ({@code steps[0].name},
   *     {@code custom<K>[key].<map key>}, {@code posts[].<iterable element>})
   * @return the field's label; the path itself for a path that names no labelled field
   */
  static Label of(Class<?> command, String path) {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    Type current = command;
    boolean mapKey = false;
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '<') {
        int close = path.indexOf('>', i);
        if (close < 0) {
          break;
        }
        mapKey = path.startsWith("<K>", i);
        i = close + 1;
      } else if (c == '[') {
        int close = closing(path, i);
        String inside = path.substring(i + 1, close);
        if (!zh.isEmpty() && !inside.isEmpty()) {
          int last = zh.size() - 1;
          if (inside.chars().allMatch(Character::isDigit) && inside.length() < 10) {
            int n = Integer.parseInt(inside) + 1;
            zh.set(last, zh.get(last) + "（第 " + n + " 项）");
            en.set(last, en.get(last) + " (item " + n + ")");
          } else {
            zh.set(last, zh.get(last) + "（" + inside + "）");
            en.set(last, en.get(last) + " (" + inside + ")");
          }
        }
        current = element(current, mapKey);
        mapKey = false;
        i = close + 1;
      } else {
        int end = i;
        while (end < path.length() && ".[<".indexOf(path.charAt(end)) < 0) {
          end++;
        }
        String name = path.substring(i, end);
        Optional<Class<?>> owner = raw(current).filter(o -> !table(o).isEmpty());
        if (owner.isEmpty()) {
          break;
        }
        Label label = component(owner.get(), name).orElse(new Label(name, name));
        zh.add(label.zh());
        en.add(label.en());
        current = unwrapOptional(declared(owner.get(), name).orElse(Object.class));
        i = end;
      }
    }
    return zh.isEmpty() ? new Label(path, path) : new Label(String.join("的", zh), String.join(" › ", en));
  }

  /**
   * @param owner a command or an input record of a command
   * @param name one of its record components, or a property checked by a constraint on a method
   * @return its label, if its area has one for it in both languages
   */
  static Optional<Label> component(Class<?> owner, String name) {
    Map<String, String> table = table(owner);
    String key = owner.getSimpleName() + "." + name;
    String zh = table.get(key + ".zh");
    String en = table.get(key + ".en");
    return zh == null || en == null ? Optional.empty() : Optional.of(new Label(zh, en));
  }

  /**
   * @param member any class of an area's package
   * @return the area's table, keys as written in its {@value #RESOURCE}; empty for a package without one
   */
  static Map<String, String> table(Class<?> member) {
    return TABLES.computeIfAbsent(member.getPackageName(), p -> read(member));
  }

  private static Map<String, String> read(Class<?> member) {
    try (InputStream in = member.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Map.of();
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> out = new java.util.TreeMap<>();
      p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k).strip()));
      return java.util.Collections.unmodifiableMap(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + member.getPackageName() + "/" + RESOURCE, e);
    }
  }

  /** The closing bracket of the one opened at {@code open}: a map key may itself hold brackets and dots. */
  private static int closing(String path, int open) {
    for (int j = open + 1; j < path.length(); j++) {
      if (path.charAt(j) == ']' && (j + 1 == path.length() || ".[<".indexOf(path.charAt(j + 1)) >= 0)) {
        return j;
      }
    }
    return path.length() - 1;
  }

  /** The declared type of a record component, or of the property a constrained method names. */
  private static Optional<Type> declared(Class<?> owner, String name) {
    if (owner.isRecord()) {
      for (RecordComponent rc : owner.getRecordComponents()) {
        if (rc.getName().equals(name)) {
          return Optional.of(rc.getGenericType());
        }
      }
    }
    String capitalised = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (String getter : List.of("is" + capitalised, "get" + capitalised)) {
      try {
        Method m = owner.getMethod(getter);
        return Optional.of(m.getGenericReturnType());
      } catch (NoSuchMethodException e) {
        // not this spelling
      }
    }
    return Optional.empty();
  }

  /** What a container holds: a collection's element, a map's value (or key), an array's component. */
  private static Type element(Type container, boolean mapKey) {
    Type t = unwrapOptional(container);
    if (t instanceof GenericArrayType a) {
      return unwrapOptional(a.getGenericComponentType());
    }
    if (t instanceof Class<?> c && c.isArray()) {
      return c.getComponentType();
    }
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] args = p.getActualTypeArguments();
      if (Map.class.isAssignableFrom(raw) && args.length == 2) {
        return unwrapOptional(args[mapKey ? 0 : 1]);
      }
      if (Collection.class.isAssignableFrom(raw) && args.length == 1) {
        return unwrapOptional(args[0]);
      }
    }
    return t;
  }

  private static Type unwrapOptional(Type t) {
    if (t instanceof ParameterizedType p && p.getRawType() == Optional.class) {
      return unwrapOptional(p.getActualTypeArguments()[0]);
    }
    return t;
  }

  private static Optional<Class<?>> raw(Type t) {
    if (t instanceof Class<?> c) {
      return Optional.of(c);
    }
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return Optional.of(c);
    }
    return Optional.empty();
  }
}

package org.lianfang.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every constraint a command or an input uses (on a component, or on a list's or an optional's element) whose message
 * is a {@code {key}} is worded in Lianfang's own bundles, in Chinese and English: a constraint without a wording would
 * reach the user as its raw template (a {@code @Digits} on an indicator's value did).
 */
class ValidationMessagesTest {
  @Test
  void everyConstraintOfTheCommandsIsWordedInBothLanguages() {
    Set<String> used = new TreeSet<>();
    for (Class<?> record : FieldLabelsTest.commandRecords()) {
      for (RecordComponent rc : record.getRecordComponents()) {
        collect(rc.getAccessor().getAnnotations(), used);
        collect(rc.getAnnotatedType(), used);
      }
    }
    assertTrue(used.contains("Digits") && used.contains("NotNull"), used.toString());
    ResourceBundle en = ResourceBundle.getBundle("org.lianfang.ValidationMessages", Locale.ROOT);
    ResourceBundle zh = ResourceBundle.getBundle("org.lianfang.ValidationMessages", Locale.SIMPLIFIED_CHINESE);
    for (String rule : used) {
      assertTrue(en.containsKey(rule), rule + " has no English wording");
      assertTrue(zh.containsKey(rule) && !zh.getString(rule).equals(en.getString(rule)),
          rule + " has no Chinese wording");
    }
    assertEquals("整数部分最多 15 位，小数部分最多 4 位", zh.getString("Digits").replace("{integer}", "15")
        .replace("{fraction}", "4"));
  }

  private static void collect(AnnotatedType type, Set<String> used) {
    collect(type.getAnnotations(), used);
    if (type instanceof AnnotatedParameterizedType p) {
      for (AnnotatedType argument : p.getAnnotatedActualTypeArguments()) {
        collect(argument, used);
      }
    }
  }

  private static void collect(Annotation[] annotations, Set<String> used) {
    for (Annotation a : annotations) {
      if (a.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class) && keyed(a)) {
        used.add(a.annotationType().getSimpleName());
      }
    }
  }

  /** @return whether the constraint's message is a {@code {key}} (not Lianfang's own "中文 / English" text) */
  private static boolean keyed(Annotation a) {
    try {
      return String.valueOf(a.annotationType().getMethod("message").invoke(a)).startsWith("{");
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(a.toString(), e);
    }
  }
}

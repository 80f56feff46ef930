package org.lianfang.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lianfang.application.process.DefineProcess;
import org.lianfang.application.risk.IdentifyRiskPoint;
import org.lianfang.application.risk.PublishRiskPoint;

/**
 * Every field of every command, and of the inputs commands nest, has a label in Chinese and English in its area's
 * table, so a new command or field without labels fails here; and every label names a field that exists.
 */
class FieldLabelsTest {
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern KEY = Pattern.compile("(\\w+)\\.(\\w+)\\.(zh|en)");

  /** The public records of the application's area packages: the commands and the inputs they nest. */
  static List<Class<?>> commandRecords() {
    List<Class<?>> out = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.lianfang.application")) {
      if (c.getPackageName().endsWith(".internal")) {
        continue;
      }
      Class<?> k = c.reflect();
      if (k.isRecord() && Modifier.isPublic(k.getModifiers())) {
        out.add(k);
      }
    }
    return out;
  }

  /** The fields a refusal may name: the record's components and the properties its constrained methods check. */
  private static Set<String> fields(Class<?> record) {
    Set<String> out = new TreeSet<>();
    for (RecordComponent rc : record.getRecordComponents()) {
      out.add(rc.getName());
    }
    for (Method m : record.getDeclaredMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0) {
        continue;
      }
      for (Annotation a : m.getAnnotations()) {
        if (a.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class)) {
          String n = m.getName().replaceFirst("^(is|get)(?=[A-Z])", "");
          out.add(Character.toLowerCase(n.charAt(0)) + n.substring(1));
        }
      }
    }
    return out;
  }

  /** @return each field of the record without a usable label in both languages, as {@code Record.field: why} */
  static List<String> unlabelled(Class<?> record) {
    List<String> out = new ArrayList<>();
    for (String f : fields(record)) {
      String where = record.getSimpleName() + "." + f;
      FieldLabels.component(record, f).ifPresentOrElse(l -> {
        if (!HAN.matcher(l.zh()).find()) {
          out.add(where + ": the Chinese label has no Chinese: " + l.zh());
        }
        if (l.en().isBlank() || HAN.matcher(l.en()).find()) {
          out.add(where + ": the English label is blank or holds Chinese: " + l.en());
        }
      }, () -> out.add(where + ": no label in Chinese and English"));
    }
    return out;
  }

  @Test
  void everyFieldOfEveryCommandHasALabelInBothLanguages() {
    List<Class<?>> records = commandRecords();
    Set<String> names = new TreeSet<>(records.stream().map(Class::getSimpleName).toList());
    assertTrue(names.containsAll(Set.of("RegisterUnit", "ChangePostProfile", "DefineProcess", "StepInput",
        "FlowInput", "IdentifyRiskPoint", "RiskSourceInput", "GradeRiskPoint", "AssignOwners")), names.toString());
    List<String> missing = new ArrayList<>();
    records.forEach(r -> missing.addAll(unlabelled(r)));
    assertEquals(List.of(), missing);
  }

  @Test
  void aPropertyCheckedByAMethodIsAFieldToo() {
    assertTrue(fields(PublishRiskPoint.class).contains("period"));
    assertEquals("公示期", FieldLabels.component(PublishRiskPoint.class, "period").orElseThrow().zh());
  }

  /** A record of a package with no labels, standing for a new command someone forgot to label. */
  record Unlabelled(String name, int count) {}

  @Test
  void aCommandWithoutLabelsIsFound() {
    assertEquals(List.of("Unlabelled.count: no label in Chinese and English",
        "Unlabelled.name: no label in Chinese and English"), unlabelled(Unlabelled.class));
  }

  @Test
  void everyLabelNamesAFieldThatExistsInBothLanguages() {
    Map<String, Map<String, Class<?>>> byArea = new java.util.TreeMap<>();
    for (Class<?> r : commandRecords()) {
      byArea.computeIfAbsent(r.getPackageName(), p -> new java.util.TreeMap<>()).put(r.getSimpleName(), r);
    }
    List<String> orphans = new ArrayList<>();
    for (Map<String, Class<?>> area : byArea.values()) {
      Class<?> any = area.values().iterator().next();
      Map<String, String> table = FieldLabels.table(any);
      assertTrue(!table.isEmpty(), "no labels for " + any.getPackageName());
      for (String key : table.keySet()) {
        Matcher m = KEY.matcher(key);
        if (!m.matches()) {
          orphans.add(key + ": not <record>.<field>.<zh|en>");
          continue;
        }
        Class<?> r = area.get(m.group(1));
        if (r == null || !fields(r).contains(m.group(2))) {
          orphans.add(key + ": no such field in " + any.getPackageName());
        }
        String other = m.group(1) + "." + m.group(2) + (m.group(3).equals("zh") ? ".en" : ".zh");
        if (!table.containsKey(other)) {
          orphans.add(key + ": no " + other);
        }
        if (table.get(key).isBlank()) {
          orphans.add(key + ": blank");
        }
      }
    }
    assertEquals(List.of(), orphans);
  }

  @Test
  void pathsAreLabelledSegmentBySegment() {
    assertEquals(new FieldLabels.Label("流程环节（第 3 项）的环节编码", "steps (item 3) › step code"),
        FieldLabels.of(DefineProcess.class, "steps[2].code"));
    assertEquals(new FieldLabels.Label("环节走向（第 1 项）的后一环节", "flows (item 1) › to step"),
        FieldLabels.of(DefineProcess.class, "flows[0].to"));
    assertEquals(new FieldLabels.Label("流程环节（第 1 项）的行使的职权", "steps (item 1) › powers exercised"),
        FieldLabels.of(DefineProcess.class, "steps[0].powers[].<iterable element>"));
    assertEquals(new FieldLabels.Label("风险描述", "risk description"),
        FieldLabels.of(IdentifyRiskPoint.class, "description"));
  }

  @Test
  void aMapKeyMayHoldBracketsAndDots() {
    assertEquals(new FieldLabels.Label("自定义字段（风险]编号.1）", "custom fields (风险]编号.1)"),
        FieldLabels.of(IdentifyRiskPoint.class, "custom<K>[风险]编号.1].<map key>"));
    assertEquals(new FieldLabels.Label("自定义字段（a.b）", "custom fields (a.b)"),
        FieldLabels.of(IdentifyRiskPoint.class, "custom[a.b].value"), "a domain value's own fields stay unlabelled");
  }

  @Test
  void aPathThatNamesNoLabelledFieldIsItsOwnLabel() {
    assertEquals(new FieldLabels.Label("nosuch", "nosuch"), FieldLabels.of(IdentifyRiskPoint.class, "nosuch"));
    assertEquals(new FieldLabels.Label("", ""), FieldLabels.of(IdentifyRiskPoint.class, ""));
    assertEquals(new FieldLabels.Label("name", "name"), FieldLabels.of(Unlabelled.class, "name"));
  }
}

package org.lianfang.json;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Comparator;
import java.util.List;
import org.lianfang.Coded;

/** Every enum of Lianfang that implements {@link Coded}, found in the compiled classes rather than listed by hand. */
final class CodedEnums {
  static final List<EnumCodes.Table<?>> ALL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.lianfang").stream()
      .filter(JavaClass::isEnum)
      .filter(c -> c.isAssignableTo(Coded.class))
      .map(JavaClass::reflect)
      .sorted(Comparator.comparing(Class::getName))
      .<EnumCodes.Table<?>>map(EnumCodes::of)
      .toList();

  private CodedEnums() {}
}

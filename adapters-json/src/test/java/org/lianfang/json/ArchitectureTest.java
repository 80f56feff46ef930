package org.lianfang.json;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.lianfang.testing.ArchitectureRules;

/** STYLE.md's rules on the JSON adapter's own classes. */
@AnalyzeClasses(packages = "org.lianfang.json", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule noInternal = ArchitectureRules.ADAPTERS_DO_NOT_USE_INTERNAL;

  @ArchTest
  static final ArchRule noJdbc = ArchitectureRules.JSON_DOES_NOT_USE_JDBC;

  @ArchTest
  static final ArchRule exceptions = ArchitectureRules.EXCEPTIONS_EXTEND_THE_ROOT;

  @ArchTest
  static final ArchRule noNow = ArchitectureRules.NO_NOW;

  @ArchTest
  static final ArchRule noStandardStreams = ArchitectureRules.NO_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule noJavaUtilLogging = ArchitectureRules.NO_JUL;
}

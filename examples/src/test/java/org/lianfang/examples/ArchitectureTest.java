package org.lianfang.examples;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.lianfang.testing.ArchitectureRules;

/** Examples use public API only (STYLE.md): never core's internal package. */
@AnalyzeClasses(packages = "org.lianfang.examples", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule publicApiOnly = ArchitectureRules.ADAPTERS_DO_NOT_USE_INTERNAL;
}

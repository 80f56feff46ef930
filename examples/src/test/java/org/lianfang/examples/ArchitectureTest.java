package org.lianfang.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Examples use public API only (STYLE.md): never core's internal package. The rule is written here rather than taken
 * from core's tests jar, because the README's main job ({@code compile exec:java}) resolves test scope before any jar
 * is packaged.
 */
@AnalyzeClasses(packages = "org.lianfang.examples", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule publicApiOnly = noClasses().should().dependOnClassesThat()
      .resideInAPackage("org.lianfang.internal..");
}

package org.lianfang.archfixture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.lianfang.testing.ArchitectureRules;

/** The architecture rules are not vacuous: each catches a class that breaks it. */
class ArchitectureRulesTest {
  private static final JavaClasses BREAKERS = new ClassFileImporter().importPackages("org.lianfang.archfixture");

  private static void catches(ArchRule rule) {
    assertTrue(rule.evaluate(BREAKERS).hasViolation(), rule.getDescription());
  }

  @Test
  void eachRuleCatchesItsBreaker() {
    catches(ArchitectureRules.NO_NOW);
    catches(ArchitectureRules.CORE_IS_PURE);
    catches(ArchitectureRules.NO_STANDARD_STREAMS);
    catches(ArchitectureRules.EXCEPTIONS_EXTEND_THE_ROOT);
    catches(ArchitectureRules.AGGREGATES_REFER_BY_ID);
    catches(ArchitectureRules.NO_GUAVA_IN_PUBLIC_SIGNATURES);
  }
}

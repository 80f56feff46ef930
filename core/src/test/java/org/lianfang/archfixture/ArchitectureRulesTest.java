package org.lianfang.archfixture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianfang.archfixture.application.first.EarlyHandler;
import org.lianfang.archfixture.application.first.EarlyQuery;
import org.lianfang.archfixture.application.second.LateHandler;
import org.lianfang.archfixture.first.Early;
import org.lianfang.archfixture.first.EarlyKnowsLate;
import org.lianfang.archfixture.second.Late;
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

  @Test
  void areasDependOneWayCatchesAnEarlierAreaThatUsesALaterOneInTheSameLayer() {
    ArchRule rule = ArchitectureRules.areasDependOneWay("org.lianfang.archfixture", List.of("first", "second"));
    ClassFileImporter importer = new ClassFileImporter();
    assertFalse(rule.evaluate(importer.importClasses(Early.class, Late.class, EarlyQuery.class, LateHandler.class))
        .hasViolation(), "later on earlier, and an application area on a later domain area, are allowed");
    assertTrue(rule.evaluate(importer.importClasses(EarlyKnowsLate.class)).hasViolation(), "domain first -> second");
    assertTrue(rule.evaluate(importer.importClasses(EarlyHandler.class)).hasViolation(),
        "application first -> application second");
  }
}

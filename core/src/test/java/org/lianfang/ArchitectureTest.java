package org.lianfang;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.lianfang.testing.ArchitectureRules;

/** STYLE.md's architecture rules, checked on core's main classes. */
@AnalyzeClasses(packages = "org.lianfang", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule coreIsPure = ArchitectureRules.CORE_IS_PURE;

  @ArchTest
  static final ArchRule noPackageCycles = ArchitectureRules.NO_PACKAGE_CYCLES;

  @ArchTest
  static final ArchRule noCyclesInTheApplication = ArchitectureRules.NO_CYCLES_IN_THE_APPLICATION;

  @ArchTest
  static final ArchRule jdbcDoesNotUseJson = ArchitectureRules.JDBC_DOES_NOT_USE_JSON;

  @ArchTest
  static final ArchRule jsonDoesNotUseJdbc = ArchitectureRules.JSON_DOES_NOT_USE_JDBC;

  @ArchTest
  static final ArchRule adaptersDoNotUseInternal = ArchitectureRules.ADAPTERS_DO_NOT_USE_INTERNAL;

  @ArchTest
  static final ArchRule areasDependOneWay = ArchitectureRules.AREAS_DEPEND_ONE_WAY;

  @ArchTest
  static final ArchRule everyAreaIsListed = ArchitectureRules.EVERY_AREA_IS_LISTED;

  @ArchTest
  static final ArchRule spiIsInterfaces = ArchitectureRules.SPI_IS_INTERFACES;

  @ArchTest
  static final ArchRule domainIsInnermost = ArchitectureRules.DOMAIN_IS_INNERMOST;

  @ArchTest
  static final ArchRule portsDoNotKnowAdapters = ArchitectureRules.PORTS_DO_NOT_KNOW_ADAPTERS;

  @ArchTest
  static final ArchRule exceptionsExtendTheRoot = ArchitectureRules.EXCEPTIONS_EXTEND_THE_ROOT;

  @ArchTest
  static final ArchRule noNow = ArchitectureRules.NO_NOW;

  @ArchTest
  static final ArchRule noStandardStreams = ArchitectureRules.NO_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule noJavaUtilLogging = ArchitectureRules.NO_JUL;

  @ArchTest
  static final ArchRule aggregatesReferById = ArchitectureRules.AGGREGATES_REFER_BY_ID;

  @ArchTest
  static final ArchRule noGuavaInPublicSignatures = ArchitectureRules.NO_GUAVA_IN_PUBLIC_SIGNATURES;
}

package org.lianfang.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.LianfangException;

/**
 * The architecture rules of STYLE.md, as ArchUnit rules every module applies to its own classes. Rules about other
 * modules' packages allow an empty match, so a module without such classes still passes them.
 */
public final class ArchitectureRules {
  private ArchitectureRules() {}

  /** Core is free of JDBC, Jackson and Hibernate. */
  public static final ArchRule CORE_IS_PURE = noClasses()
      .that().resideInAPackage("org.lianfang..")
      .and().resideOutsideOfPackages("org.lianfang.jdbc..", "org.lianfang.json..", "org.lianfang.examples..")
      .should().dependOnClassesThat()
      .resideInAnyPackage("java.sql..", "javax.sql..", "com.fasterxml.jackson..", "org.hibernate..")
      .because("core is pure Java with Guava (ARCHITECTURE.md, modules)");

  /** No cycles between packages. */
  public static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.lianfang.(*)..").should().beFreeOfCycles();

  private static final SliceAssignment APPLICATION_PACKAGES = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass c) {
      String p = c.getPackageName();
      return p.equals("org.lianfang.application") || p.startsWith("org.lianfang.application.")
          ? SliceIdentifier.of(p) : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "the packages of org.lianfang.application";
    }
  };

  /**
   * No cycles between the application's own packages either — the entry point, the areas and their internal package —
   * which {@link #NO_PACKAGE_CYCLES} sees as one slice.
   */
  public static final ArchRule NO_CYCLES_IN_THE_APPLICATION = slices().assignedFrom(APPLICATION_PACKAGES)
      .should().beFreeOfCycles();

  /** The spi package holds only interfaces. */
  public static final ArchRule SPI_IS_INTERFACES = classes()
      .that().resideInAPackage("org.lianfang.spi").and().doNotHaveSimpleName("package-info")
      .should().beInterfaces()
      .because("everything an integrator implements is an interface in one package (STYLE.md)");

  /**
   * The domain does not know the application, the ports or the in-memory adapter. The domain is every package of
   * Lianfang that is not one of those, nor the kinds list, the internal helpers, an adapter, the examples or the test
   * kit, so a new stage's domain package is covered without naming it.
   */
  public static final ArchRule DOMAIN_IS_INNERMOST = noClasses()
      .that().resideInAPackage("org.lianfang..")
      .and().resideOutsideOfPackages("org.lianfang.application..", "org.lianfang.spi..", "org.lianfang.memory..",
          "org.lianfang.kinds..", "org.lianfang.internal..", "org.lianfang.jdbc..", "org.lianfang.json..",
          "org.lianfang.examples..", "org.lianfang.testing..", "org.lianfang.archfixture..")
      .should().dependOnClassesThat()
      .resideInAnyPackage("org.lianfang.application..", "org.lianfang.spi..", "org.lianfang.memory..");

  /**
   * The areas, each after the ones it builds on: an area may depend on the areas before it, never on one after it.
   * A new area is covered by naming its package here, in its place.
   */
  public static final List<String> AREAS = List.of("organization", "process", "risk", "control", "monitoring",
      "checks", "evaluation", "cycle");

  /**
   * Areas depend one way, in the order of {@link #AREAS}: neither an application area package
   * ({@code org.lianfang.application.risk}) nor a domain package ({@code org.lianfang.risk}) depends on one of a
   * later area in the same layer. What runs against the order is a {@code Reaction} of the later area.
   */
  public static final ArchRule AREAS_DEPEND_ONE_WAY = areasDependOneWay("org.lianfang", AREAS);

  /**
   * Every application package ({@code org.lianfang.application.<area>}) is an area of {@link #AREAS}, so a new
   * stage's package cannot escape {@link #AREAS_DEPEND_ONE_WAY} by not being listed; but for {@code internal} (the
   * runner) and {@code ledger} (the archive, which reads every area's records and so stands after them all).
   */
  public static final ArchRule EVERY_AREA_IS_LISTED = classes().should(
      new ArchCondition<JavaClass>("be in an area listed in " + AREAS + " if in an application package") {
        @Override
        public void check(JavaClass c, ConditionEvents events) {
          String prefix = "org.lianfang.application.";
          if (!c.getPackageName().startsWith(prefix)) {
            return;
          }
          String area = c.getPackageName().substring(prefix.length()).split("\\.")[0];
          if (!area.equals("internal") && !area.equals("ledger") && !AREAS.contains(area)) {
            events.add(SimpleConditionEvent.violated(c, c.getName() + " is in the application area " + area
                + ", which ArchitectureRules.AREAS does not list"));
          }
        }
      }).allowEmptyShould(true).because("the one-way rule knows an area only by its place in AREAS");

  /**
   * The rule behind {@link #AREAS_DEPEND_ONE_WAY}, for any root package.
   *
   * @param root the root package: its areas are {@code root.<area>} (domain) and {@code root.application.<area>}
   * @param areas the area names, each after the ones it may depend on
   * @return the rule; classes outside the areas are not concerned
   */
  public static ArchRule areasDependOneWay(String root, List<String> areas) {
    List<String> order = List.copyOf(areas);
    return classes().should(new ArchCondition<JavaClass>("depend on no area after their own, in " + order) {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        Optional<AreaOf> from = AreaOf.of(root, order, c.getPackageName());
        if (from.isEmpty()) {
          return;
        }
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
          Optional<AreaOf> to = AreaOf.of(root, order, d.getTargetClass().getBaseComponentType().getPackageName());
          if (to.isPresent() && to.get().layer().equals(from.get().layer()) && to.get().rank() > from.get().rank()) {
            events.add(SimpleConditionEvent.violated(c, d.getDescription() + ": area " + order.get(from.get().rank())
                + " may not depend on the later area " + order.get(to.get().rank())));
          }
        }
      }
    }).allowEmptyShould(true).because("areas depend one way, organization ← process ← risk ← … (docs/decisions.md)");
  }

  /** Where a package sits: in the application's areas or the domain's, and which area by its place in the order. */
  private record AreaOf(String layer, int rank) {
    static Optional<AreaOf> of(String root, List<String> order, String pkg) {
      for (String layer : List.of(root + ".application.", root + ".")) {
        if (pkg.startsWith(layer)) {
          String area = pkg.substring(layer.length()).split("\\.", 2)[0];
          int rank = order.indexOf(area);
          return rank < 0 ? Optional.empty() : Optional.of(new AreaOf(layer, rank));
        }
      }
      return Optional.empty();
    }
  }

  /** Ports know the domain, not the use cases or adapters. */
  public static final ArchRule PORTS_DO_NOT_KNOW_ADAPTERS = noClasses()
      .that().resideInAPackage("org.lianfang.spi..")
      .should().dependOnClassesThat().resideInAnyPackage("org.lianfang.application..", "org.lianfang.memory..");

  /**
   * Adapters and examples never touch internal: neither core's nor the application's; and the JDBC adapter's own
   * internal package is for the JDBC adapter only, not for the JSON adapter or the examples.
   */
  public static final ArchRule ADAPTERS_DO_NOT_USE_INTERNAL = CompositeArchRule.of(noClasses()
      .that().resideInAnyPackage("org.lianfang.jdbc..", "org.lianfang.json..", "org.lianfang.examples..")
      .should().dependOnClassesThat()
      .resideInAnyPackage("org.lianfang.internal..", "org.lianfang.application.internal..")
      .allowEmptyShould(true))
      .and(noClasses()
          .that().resideInAnyPackage("org.lianfang.json..", "org.lianfang.examples..")
          .should().dependOnClassesThat().resideInAPackage("org.lianfang.jdbc.internal..")
          .allowEmptyShould(true));

  /** The JDBC adapter never depends on the JSON adapter. */
  public static final ArchRule JDBC_DOES_NOT_USE_JSON = noClasses()
      .that().resideInAPackage("org.lianfang.jdbc..")
      .should().dependOnClassesThat().resideInAPackage("org.lianfang.json..")
      .allowEmptyShould(true);

  /** The JSON adapter never depends on the JDBC adapter. */
  public static final ArchRule JSON_DOES_NOT_USE_JDBC = noClasses()
      .that().resideInAPackage("org.lianfang.json..")
      .should().dependOnClassesThat().resideInAPackage("org.lianfang.jdbc..")
      .allowEmptyShould(true);

  /** Every exception Lianfang defines extends {@link LianfangException}. */
  public static final ArchRule EXCEPTIONS_EXTEND_THE_ROOT = classes()
      .that().resideInAPackage("org.lianfang..").and().areAssignableTo(Throwable.class)
      .should().beAssignableTo(LianfangException.class)
      .allowEmptyShould(true);

  private static final DescribedPredicate<JavaMethodCall> NOW_WITHOUT_CLOCK = DescribedPredicate.describe(
      "now() of java.time without a Clock", call -> call.getTarget().getName().equals("now")
          && call.getTarget().getOwner().getPackageName().equals("java.time")
          && call.getTarget().getRawParameterTypes().isEmpty());

  /** Time comes from the injected Clock. */
  public static final ArchRule NO_NOW = noClasses()
      .that().resideInAPackage("org.lianfang..")
      .should().callMethodWhere(NOW_WITHOUT_CLOCK)
      .orShould().callMethod(System.class, "currentTimeMillis")
      .orShould().callMethod(System.class, "nanoTime")
      .because("time comes from the injected Clock (STYLE.md)");

  /** Library code writes to no standard stream. */
  public static final ArchRule NO_STANDARD_STREAMS = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  /** Library code does not use java.util.logging. */
  public static final ArchRule NO_JUL = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  /** Aggregates refer to each other by id only: no field of an aggregate holds another aggregate (jmolecules). */
  public static final ArchRule AGGREGATES_REFER_BY_ID = fields()
      .that().areDeclaredInClassesThat().implement(Aggregate.class)
      .should().notHaveRawType(JavaClass.Predicates.assignableTo(Aggregate.class))
      .allowEmptyShould(true)
      .because("aggregates refer to other aggregates by id only (STYLE.md)");

  /** Public signatures expose JDK types: no public method, constructor or field of a public class names Guava. */
  public static final ArchRule NO_GUAVA_IN_PUBLIC_SIGNATURES = members()
      .that().arePublic().and().areDeclaredInClassesThat().arePublic()
      .and().areDeclaredInClassesThat().resideInAPackage("org.lianfang..")
      .should(new ArchCondition<JavaMember>("expose no Guava type") {
        @Override
        public void check(JavaMember member, ConditionEvents events) {
          List<JavaClass> exposed = new ArrayList<>();
          if (member instanceof JavaCodeUnit unit) {
            exposed.add(unit.getRawReturnType());
            exposed.addAll(unit.getRawParameterTypes());
          } else if (member instanceof JavaField field) {
            exposed.add(field.getRawType());
          }
          exposed.stream().filter(t -> t.getPackageName().startsWith("com.google.common"))
              .forEach(t -> events.add(SimpleConditionEvent.violated(member,
                  member.getFullName() + " exposes " + t.getName())));
        }
      })
      .because("every type a public signature exposes is forced on every embedding team (STYLE.md)");
}

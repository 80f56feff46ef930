package org.lianfang.application.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.lianfang.LianfangException;
import org.lianfang.Limits;
import org.lianfang.Refusal;
import org.lianfang.TextHygiene;
import org.lianfang.application.internal.ValueRules.Shape;
import org.lianfang.risk.CustomValue;

/**
 * Checks commands with Jakarta Validation and words each violation in Chinese and English from Lianfang's own {@code
 * org/lianfang/ValidationMessages} bundles, so a host's {@code ValidationMessages.properties} is never shadowed and
 * never shadows ours. Each message is led by the field's label from its area's {@link FieldLabels}. A constraint's own
 * message text, when it is not a {@code {key}}, is used as the wording for both languages ("中文 / English" messages on
 * {@code AssertTrue} methods). Thread-safe.
 */
public final class InputValidator {
  private static final String BUNDLE = "org.lianfang.ValidationMessages";

  private final Validator validator;
  private final ResourceBundle en;
  private final ResourceBundle zh;

  private InputValidator(Validator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.en = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, InputValidator.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.zh = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE, InputValidator.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** @param validator the host's Jakarta Validator @return a checker using it */
  public static InputValidator using(Validator validator) {
    return new InputValidator(validator);
  }

  /**
   * Bootstraps the default provider with an interpolator that needs no expression language, and with every property
   * reachable: commands are records, never JPA entities, so the provider need not ask a persistence provider on the
   * classpath whether a property is loaded (Hibernate Validator does when it finds one: about a tenth of a command's
   * time in the command benchmark, which carries Hibernate ORM; issue 9).
   *
   * @return a checker using the default provider
   * @throws LianfangException if no provider can be started
   */
  public static InputValidator defaultProvider() {
    try {
      Validator v = Validation.byDefaultProvider().configure()
          .messageInterpolator(new PlainInterpolator())
          .traversableResolver(new EverythingReachable())
          // nothing to cache for an answer that is always yes (Hibernate Validator's name; other providers ignore it)
          .addProperty("hibernate.validator.enable_traversable_resolver_result_cache", "false")
          .buildValidatorFactory()
          .getValidator();
      return new InputValidator(v);
    } catch (jakarta.validation.ValidationException e) {
      throw new LianfangException("no Jakarta Validation provider could be started; add "
          + "org.hibernate.validator:hibernate-validator to the classpath, or pass a Validator to the builder", e);
    }
  }

  List<Refusal.Violation> check(Object command) {
    List<Refusal.Violation> out = new ArrayList<>();
    for (ConstraintViolation<Object> v : validator.validate(command)) {
      String rule = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
      Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
      String template = v.getMessageTemplate();
      // a list element's constraint names the element: items[2], not Jakarta's items[2].<list element>
      String path = v.getPropertyPath().toString().replaceAll("\\.<[a-z ]+>", "");
      String zhText;
      String enText;
      if (template.startsWith("{")) {
        zhText = wording(zh, rule, attributes).orElse(v.getMessage());
        enText = wording(en, rule, attributes).orElse(v.getMessage());
      } else {
        int split = template.indexOf(" / ");
        zhText = split < 0 ? template : template.substring(0, split);
        enText = split < 0 ? template : template.substring(split + 3);
      }
      out.add(violation(command.getClass(), path, rule, zhText, enText));
    }
    List<Refusal.Violation> more = new ArrayList<>();
    wellFormed(command.getClass(), command, "", more);
    java.util.Set<String> refused = new java.util.HashSet<>();
    out.forEach(v -> refused.add(v.path()));
    more.stream().filter(v -> !refused.contains(v.path())).forEach(out::add); // a field's constraint speaks first
    out.sort(Comparator.comparing(Refusal.Violation::path).thenComparing(Refusal.Violation::rule));
    return out;
  }

  /**
   * The rules Jakarta's constraints do not say, walked over every value of a command (records, collections, maps,
   * optionals; paths as Jakarta writes them), issue 10 findings 7 and 8. Text ({@link TextHygiene#ofText}): no unpaired
   * surrogate (no UTF-8 form: databases would store a replacement character and the archive could not hash it alike
   * everywhere) and no control character but line breaks and tabs, NUL included. Codes (components constrained by
   * {@link Limits#TRIMMED}): one line, and no white space, bidi control or zero-width character anywhere ({@link
   * TextHygiene#ofCode}). Names (components of at most {@link Limits#NAME}): one line with a visible character ({@link
   * TextHygiene#ofName}). Every date and month from {@link Limits#FIRST_DAY} to {@link Limits#LAST_DAY}; every number
   * within {@link Limits#NUMBER_DIGITS} digits; a custom text value within {@link Limits#TEXT} characters, as other
   * long text.
   */
  private static void wellFormed(Class<?> root, Object value, String path, List<Refusal.Violation> out) {
    wellFormed(root, value, path, Shape.TEXT, out);
  }

  private static void wellFormed(Class<?> root, Object value, String path, Shape shape, List<Refusal.Violation> out) {
    Optional<TextHygiene.Problem> problem = Optional.empty();
    if (value instanceof String text) {
      problem = ValueRules.text(text, shape);
    } else if (value instanceof LocalDate day) {
      problem = ValueRules.day(day);
    } else if (value instanceof java.time.YearMonth month) {
      problem = ValueRules.day(month.atDay(1)).or(() -> ValueRules.day(month.atEndOfMonth()));
    } else if (value instanceof BigDecimal n) {
      problem = ValueRules.number(n);
    } else if (value instanceof CustomValue.Text t) {
      problem = ValueRules.length(t.value());
      if (problem.isEmpty()) {
        wellFormed(root, t.value(), path, Shape.TEXT, out);
      }
    } else if (value instanceof CustomValue.Day d) {
      wellFormed(root, d.value(), path, shape, out); // a custom value is named by its key alone
    } else if (value instanceof CustomValue.Number n) {
      wellFormed(root, n.value(), path, shape, out);
    } else if (value instanceof Optional<?> o) {
      o.ifPresent(x -> wellFormed(root, x, path, shape, out));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        wellFormed(root, list.get(i), path + "[" + i + "]", shape, out);
      }
    } else if (value instanceof java.util.Collection<?> c) {
      c.forEach(x -> wellFormed(root, x, path + "[]", shape, out));
    } else if (value instanceof Map<?, ?> m) {
      m.forEach((k, x) -> {
        wellFormed(root, k, path + "<K>[" + k + "]", Shape.CODE, out);
        wellFormed(root, x, path + "[" + k + "]", shape, out);
      });
    } else if (value instanceof Record r) {
      for (Component rc : COMPONENTS.get(r.getClass())) {
        try {
          wellFormed(root, rc.accessor().invoke(r), path.isEmpty() ? rc.name() : path + "." + rc.name(),
              rc.shape(), out);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + rc.name() + " of " + r.getClass().getName(), e);
        }
      }
    }
    problem.ifPresent(p -> out.add(violation(root, path, p.rule(), p.messageZh(), p.messageEn())));
  }

  /** A record's component as the walk reads it: its name, its accessor and the shape its constraints give its text. */
  private record Component(String name, java.lang.reflect.Method accessor, Shape shape) {}

  /**
   * Each record class's components, found once per class (issue 9: every command walks its records, and reflection
   * copies the components and reads their annotations anew at every call).
   */
  private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
    @Override
    protected List<Component> computeValue(Class<?> type) {
      List<Component> found = new ArrayList<>();
      for (java.lang.reflect.RecordComponent rc : type.getRecordComponents()) {
        found.add(new Component(rc.getName(), rc.getAccessor(), shape(rc)));
      }
      return List.copyOf(found);
    }
  };

  /** A component's shape from its own constraints or, for an {@code Optional<@Size(…) String>}, its value's. */
  private static Shape shape(java.lang.reflect.RecordComponent rc) {
    java.lang.reflect.AnnotatedElement constrained = rc.getAccessor();
    if (rc.getType() == Optional.class
        && rc.getAnnotatedType() instanceof java.lang.reflect.AnnotatedParameterizedType optional) {
      constrained = optional.getAnnotatedActualTypeArguments()[0];
    }
    Pattern pattern = constrained.getAnnotation(Pattern.class);
    if (pattern != null && pattern.regexp().equals(Limits.TRIMMED)) {
      return Shape.CODE;
    }
    Size size = constrained.getAnnotation(Size.class);
    return size != null && size.max() == Limits.NAME ? Shape.NAME : Shape.TEXT;
  }

  /**
   * A violation led by the field's label ({@link FieldLabels}), so a person reads 风险描述：不能为空 / risk
   * description: must not be blank; programs match it by its path and rule.
   */
  private static Refusal.Violation violation(Class<?> root, String path, String rule, String zh, String en) {
    FieldLabels.Label label = FieldLabels.of(root, path);
    return new Refusal.Violation(path, rule, label.zh() + "：" + zh, label.en() + ": " + en, label.zh(), label.en());
  }

  private static Optional<String> wording(ResourceBundle b, String rule, Map<String, Object> attributes) {
    try {
      String text = b.getString(rule);
      for (Map.Entry<String, Object> a : attributes.entrySet()) {
        text = text.replace("{" + a.getKey() + "}", String.valueOf(a.getValue()));
      }
      return java.util.Optional.of(text);
    } catch (MissingResourceException e) {
      return java.util.Optional.empty();
    }
  }

  /** Returns templates as they are; Lianfang words the messages itself. Needs no expression language. */
  /** Every property of a command is there to be checked: commands are plain records, with nothing loaded lazily. */
  private static final class EverythingReachable implements TraversableResolver {
    @Override
    public boolean isReachable(Object bean, Path.Node node, Class<?> root, Path path, ElementType type) {
      return true;
    }

    @Override
    public boolean isCascadable(Object bean, Path.Node node, Class<?> root, Path path, ElementType type) {
      return true;
    }
  }

  private static final class PlainInterpolator implements MessageInterpolator {
    @Override
    public String interpolate(String messageTemplate, Context context) {
      return messageTemplate;
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
      return messageTemplate;
    }
  }
}

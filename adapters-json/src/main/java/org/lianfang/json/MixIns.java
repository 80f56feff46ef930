package org.lianfang.json;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.json.Codecs.IsoInstant;

/**
 * The Jackson mix-ins for core's types, one per type, in one file per area ({@link OrganizationMixIns}, {@link
 * ProcessMixIns}, {@link RiskMixIns}, {@link ControlMixIns}, {@link MonitoringMixIns}, {@link ChecksMixIns}, {@link
 * InformationMixIns}, {@link GradingMixIns}, {@link LedgerMixIns}); this file holds what they share — the ids, the
 * refusal and the notification — and the table {@link LianfangModule} registers. Each mix-in pins its JSON field names
 * and their order and lets Jackson see nothing it was not told (all auto-detection off).
 *
 * <p>Every type is read through its public construction and written through its public accessors, never through a
 * field: records through their canonical constructor and component accessors, aggregates and other classes through
 * their public static factory ({@code restore}, {@code of}) and accessors. So the domain's checks run on every value
 * read, and a private field can be renamed without changing the format. Optional parts, {@code Optional} in the
 * public API, are left out when absent, never written as {@code null} ({@link MayBeAbsent}, {@link LeftOutWhenAbsent}).
 */
final class MixIns {
  private MixIns() {}

  /** Every mix-in with the class it annotates; {@link LianfangModule} registers them all. */
  static final Map<Class<?>, Class<?>> ALL = all();

  private static Map<Class<?>, Class<?>> all() {
    Map<Class<?>, Class<?>> all = new HashMap<>(Map.ofEntries(
        Map.entry(UnitId.class, Id.class),
        Map.entry(org.lianfang.monitoring.Notification.class, Notification.class),
        Map.entry(Refusal.class, RefusalMixIn.class),
        Map.entry(Refusal.Violation.class, Violation.class)));
    for (Map<Class<?>, Class<?>> area : List.of(OrganizationMixIns.ALL, ProcessMixIns.ALL, RiskMixIns.ALL,
        ControlMixIns.ALL, MonitoringMixIns.ALL, ChecksMixIns.ALL, AppraisalMixIns.ALL, EvaluationMixIns.ALL,
        CycleMixIns.ALL, InformationMixIns.ALL, GradingMixIns.ALL, LedgerMixIns.ALL)) {
      for (Map.Entry<Class<?>, Class<?>> e : area.entrySet()) {
        if (all.put(e.getKey(), e.getValue()) != null) {
          throw new IllegalStateException("two mix-ins for " + e.getKey());
        }
      }
    }
    return Map.copyOf(all);
  }

  /** Sees only what is annotated. */
  @Retention(RetentionPolicy.RUNTIME)
  @JsonAutoDetect(fieldVisibility = NONE, getterVisibility = NONE, isGetterVisibility = NONE,
      setterVisibility = NONE, creatorVisibility = NONE)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JacksonAnnotationsInside
  @interface Explicit {}

  /**
   * An optional part of a factory ({@code Optional<T>}), left out of the document when absent: an absent field reads
   * as empty, and so does an explicit {@code null}. The strict mapper's null-failing setting would refuse the absent
   * field too (Jackson asks the same null provider for a missing creator property), so a unit without a parent or an
   * open tenure could not be read back; {@code SET} here hands {@code null} to {@link Codecs.OptionalReader}, which
   * reads it as empty.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.PARAMETER)
  @JacksonAnnotationsInside
  @JsonSetter(nulls = Nulls.SET)
  @JsonDeserialize(using = Codecs.OptionalReader.class)
  @interface MayBeAbsent {}

  /** An optional part of an accessor ({@code Optional<T>}): its value when present, left out when empty. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @JacksonAnnotationsInside
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonSerialize(using = Codecs.OptionalWriter.class)
  @interface LeftOutWhenAbsent {}

  /** Every id: a plain string, the UUID's canonical text. */
  abstract static class Id {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    Id(@JsonDeserialize(using = Codecs.UuidReader.class) UUID value) {}

    @JsonValue
    abstract UUID value();
  }

  /** A step's id is its code within the process, a plain string. */
  abstract static class StepCode {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    StepCode(String code) {}

    @JsonValue
    abstract String code();
  }

  @Explicit
  @JsonPropertyOrder({"idempotencyKey", "unitId", "recipient", "kind", "link", "subjectZh", "subjectEn", "bodyZh",
      "bodyEn", "createdAt"})
  abstract static class Notification {
    @JsonCreator
    Notification(
        @JsonProperty(value = "idempotencyKey", required = true) String idempotencyKey,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "recipient", required = true) String recipient,
        @JsonProperty(value = "kind", required = true) String kind,
        @JsonProperty(value = "link", required = true) String link,
        @JsonProperty(value = "subjectZh", required = true) String subjectZh,
        @JsonProperty(value = "subjectEn", required = true) String subjectEn,
        @JsonProperty(value = "bodyZh", required = true) String bodyZh,
        @JsonProperty(value = "bodyEn", required = true) String bodyEn,
        @JsonProperty(value = "createdAt", required = true) @IsoInstant Instant createdAt) {}

    @JsonProperty("idempotencyKey") abstract String idempotencyKey();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("recipient") abstract String recipient();

    @JsonProperty("kind") abstract String kind();

    @JsonProperty("link") abstract String link();

    @JsonProperty("subjectZh") abstract String subjectZh();

    @JsonProperty("subjectEn") abstract String subjectEn();

    @JsonProperty("bodyZh") abstract String bodyZh();

    @JsonProperty("bodyEn") abstract String bodyEn();

    @JsonProperty("createdAt") @IsoInstant abstract Instant createdAt();
  }

  @Explicit
  @JsonPropertyOrder({"code", "messageZh", "messageEn", "violations"})
  abstract static class RefusalMixIn {
    @JsonCreator
    RefusalMixIn(
        @JsonProperty(value = "code", required = true) Refusal.Code code,
        @JsonProperty(value = "messageZh", required = true) String messageZh,
        @JsonProperty(value = "messageEn", required = true) String messageEn,
        @JsonProperty(value = "violations", required = true) List<Refusal.Violation> violations) {}

    @JsonProperty("code") abstract Refusal.Code code();

    @JsonProperty("messageZh") abstract String messageZh();

    @JsonProperty("messageEn") abstract String messageEn();

    @JsonProperty("violations") abstract List<Refusal.Violation> violations();
  }

  @Explicit
  @JsonPropertyOrder({"path", "rule", "messageZh", "messageEn"})
  abstract static class Violation {
    @JsonCreator
    Violation(
        @JsonProperty(value = "path", required = true) String path,
        @JsonProperty(value = "rule", required = true) String rule,
        @JsonProperty(value = "messageZh", required = true) String messageZh,
        @JsonProperty(value = "messageEn", required = true) String messageEn) {}

    @JsonProperty("path") abstract String path();

    @JsonProperty("rule") abstract String rule();

    @JsonProperty("messageZh") abstract String messageZh();

    @JsonProperty("messageEn") abstract String messageEn();
  }
}

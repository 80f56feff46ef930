package org.lianfang.json;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.Nulls;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.grading.Assessment;
import org.lianfang.grading.FiredRule;
import org.lianfang.grading.Grade;
import org.lianfang.grading.PolicyVersion;
import org.lianfang.grading.RiskGrade;
import org.lianfang.json.Codecs.IsoDate;
import org.lianfang.json.Codecs.IsoInstant;
import org.lianfang.json.Codecs.Sorted;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.Resource;
import org.lianfang.organization.TenureId;
import org.lianfang.organization.Transparency;
import org.lianfang.organization.UnitKind;
import org.lianfang.process.Flow;
import org.lianfang.process.ProcessId;
import org.lianfang.process.ProcessStep;
import org.lianfang.process.StepId;
import org.lianfang.risk.Confirmation;
import org.lianfang.risk.CustomFields;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.DiscoveryChannel;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.GradingRecord;
import org.lianfang.risk.NoticeComment;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.PublicNotice;
import org.lianfang.risk.ReviewAction;
import org.lianfang.risk.ReviewRecord;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.RiskDescription;
import org.lianfang.risk.RiskLocation;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.RiskSource;
import org.lianfang.risk.SourceKind;
import org.lianfang.risk.StepRef;

/**
 * The Jackson mix-ins for core's types, one per type. Each pins its JSON field names and their order, lets Jackson see
 * nothing it was not told (all auto-detection off), and builds the type through its own constructor, so the domain's
 * checks run on every value read. Optional parts are left out when absent, never written as {@code null}.
 *
 * <p>Types with private state (the aggregates) are written from their fields and read through their private
 * constructor, which takes {@code null} for an absent part; records through their canonical constructor.
 */
final class MixIns {
  private MixIns() {}

  /** Every mix-in with the class it annotates; {@link LianfangModule} registers them all. */
  static final Map<Class<?>, Class<?>> ALL = Map.ofEntries(
      Map.entry(UnitId.class, Id.class),
      Map.entry(PostId.class, Id.class),
      Map.entry(OfficialId.class, Id.class),
      Map.entry(TenureId.class, Id.class),
      Map.entry(PowerItemId.class, Id.class),
      Map.entry(ProcessId.class, Id.class),
      Map.entry(StepId.class, StepCode.class),
      Map.entry(RiskPointId.class, Id.class),
      Map.entry(org.lianfang.organization.Unit.class, Unit.class),
      Map.entry(org.lianfang.organization.Post.class, Post.class),
      Map.entry(PostProfile.class, Profile.class),
      Map.entry(org.lianfang.organization.Official.class, Official.class),
      Map.entry(org.lianfang.organization.Tenure.class, Tenure.class),
      Map.entry(org.lianfang.organization.PowerItem.class, PowerItem.class),
      Map.entry(org.lianfang.process.BusinessProcess.class, Process.class),
      Map.entry(ProcessStep.class, Step.class),
      Map.entry(Flow.class, FlowMixIn.class),
      Map.entry(org.lianfang.risk.RiskPoint.class, RiskPoint.class),
      Map.entry(RiskLocation.class, Location.class),
      Map.entry(StepRef.class, StepRefMixIn.class),
      Map.entry(RiskDescription.class, Description.class),
      Map.entry(RiskSource.class, Source.class),
      Map.entry(OwnerChain.class, Owners.class),
      Map.entry(CustomFields.class, Custom.class),
      Map.entry(CustomValue.class, Value.class),
      Map.entry(CustomValue.Text.class, TextValue.class),
      Map.entry(CustomValue.Number.class, NumberValue.class),
      Map.entry(CustomValue.Day.class, DayValue.class),
      Map.entry(CustomValue.Flag.class, FlagValue.class),
      Map.entry(GradingRecord.class, Grading.class),
      Map.entry(Assessment.class, AssessmentMixIn.class),
      Map.entry(Grade.class, GradeMixIn.class),
      Map.entry(FiredRule.class, Rule.class),
      Map.entry(PolicyVersion.class, Policy.class),
      Map.entry(PublicNotice.class, Notice.class),
      Map.entry(NoticeComment.class, Comment.class),
      Map.entry(Confirmation.class, ConfirmationMixIn.class),
      Map.entry(ReviewRecord.class, Review.class),
      Map.entry(org.lianfang.risk.PublishedRisk.class, PublishedRisk.class),
      Map.entry(org.lianfang.ledger.JournalEntry.class, JournalEntry.class),
      Map.entry(org.lianfang.ledger.ChainHead.class, ChainHead.class),
      Map.entry(org.lianfang.ledger.Verification.class, Verification.class),
      Map.entry(org.lianfang.ledger.Verification.Intact.class, Intact.class),
      Map.entry(org.lianfang.ledger.Verification.Broken.class, Broken.class),
      Map.entry(org.lianfang.monitoring.Notification.class, Notification.class),
      Map.entry(Refusal.class, RefusalMixIn.class),
      Map.entry(Refusal.Violation.class, Violation.class));

  /** Sees only what is annotated. */
  @Retention(RetentionPolicy.RUNTIME)
  @JsonAutoDetect(fieldVisibility = NONE, getterVisibility = NONE, isGetterVisibility = NONE,
      setterVisibility = NONE, creatorVisibility = NONE)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @com.fasterxml.jackson.annotation.JacksonAnnotationsInside
  @interface Explicit {}

  /**
   * An optional part, left out when absent: an absent field reads as {@code null}. The strict mapper's default
   * {@code Nulls.FAIL} would refuse the absent field too (Jackson asks the same null provider for a missing creator
   * property), so a unit without a parent or an open tenure could not be read back; {@code SET} here reads {@code
   * null} as absent, the same part.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.PARAMETER)
  @com.fasterxml.jackson.annotation.JacksonAnnotationsInside
  @JsonSetter(nulls = Nulls.SET)
  @interface MayBeAbsent {}

  /** Every id: a plain string, the UUID's canonical text. */
  abstract static class Id {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    Id(@com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = Codecs.UuidReader.class) UUID value) {}

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
  @JsonPropertyOrder({"id", "code", "name", "kind", "parent", "version"})
  abstract static class Unit {
    @JsonProperty("id") UnitId id;
    @JsonProperty("code") String code;
    @JsonProperty("name") String name;
    @JsonProperty("kind") UnitKind kind;
    @JsonProperty("parent") UnitId parent;
    @JsonProperty("version") long version;

    @JsonCreator
    Unit(
        @JsonProperty(value = "id", required = true) UnitId id,
        @JsonProperty(value = "code", required = true) String code,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "kind", required = true) UnitKind kind,
        @MayBeAbsent @JsonProperty("parent") UnitId parent,
        @JsonProperty(value = "version", required = true) long version) {}
  }

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "code", "name", "profile", "version"})
  abstract static class Post {
    @JsonProperty("id") PostId id;
    @JsonProperty("unitId") UnitId unitId;
    @JsonProperty("code") String code;
    @JsonProperty("name") String name;
    @JsonProperty("profile") PostProfile profile;
    @JsonProperty("version") long version;

    @JsonCreator
    Post(
        @JsonProperty(value = "id", required = true) PostId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "code", required = true) String code,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "profile", required = true) PostProfile profile,
        @JsonProperty(value = "version", required = true) long version) {}
  }

  @Explicit
  @JsonPropertyOrder({"principalLeader", "disposes", "discretionary", "majorMatters", "powers", "transparency"})
  abstract static class Profile {
    @JsonCreator
    Profile(
        @JsonProperty(value = "principalLeader", required = true) boolean principalLeader,
        @JsonProperty(value = "disposes", required = true) Set<Resource> disposes,
        @JsonProperty(value = "discretionary", required = true) boolean discretionary,
        @JsonProperty(value = "majorMatters", required = true) boolean majorMatters,
        @JsonProperty(value = "powers", required = true) Set<AdministrativePower> powers,
        @JsonProperty(value = "transparency", required = true) Transparency transparency) {}

    @JsonProperty("principalLeader") abstract boolean principalLeader();

    @JsonProperty("disposes") @Sorted abstract Set<Resource> disposes();

    @JsonProperty("discretionary") abstract boolean discretionary();

    @JsonProperty("majorMatters") abstract boolean majorMatters();

    @JsonProperty("powers") @Sorted abstract Set<AdministrativePower> powers();

    @JsonProperty("transparency") abstract Transparency transparency();
  }

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "staffNumber", "name", "version"})
  abstract static class Official {
    @JsonProperty("id") OfficialId id;
    @JsonProperty("unitId") UnitId unitId;
    @JsonProperty("staffNumber") String staffNumber;
    @JsonProperty("name") String name;
    @JsonProperty("version") long version;

    @JsonCreator
    Official(
        @JsonProperty(value = "id", required = true) OfficialId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "staffNumber", required = true) String staffNumber,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "version", required = true) long version) {}
  }

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "postId", "officialId", "start", "end", "version"})
  abstract static class Tenure {
    @JsonProperty("id") TenureId id;
    @JsonProperty("unitId") UnitId unitId;
    @JsonProperty("postId") PostId postId;
    @JsonProperty("officialId") OfficialId officialId;
    @JsonProperty("start") @IsoDate LocalDate start;
    @JsonProperty("end") @IsoDate LocalDate end;
    @JsonProperty("version") long version;

    @JsonCreator
    Tenure(
        @JsonProperty(value = "id", required = true) TenureId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "postId", required = true) PostId postId,
        @JsonProperty(value = "officialId", required = true) OfficialId officialId,
        @JsonProperty(value = "start", required = true) @IsoDate LocalDate start,
        @MayBeAbsent @JsonProperty("end") @IsoDate LocalDate end,
        @JsonProperty(value = "version", required = true) long version) {}
  }

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "code", "name", "kind", "legalBasis", "boundary", "responsibility", "posts",
      "version"})
  abstract static class PowerItem {
    @JsonProperty("id") PowerItemId id;
    @JsonProperty("unitId") UnitId unitId;
    @JsonProperty("code") String code;
    @JsonProperty("name") String name;
    @JsonProperty("kind") AdministrativePower kind;
    @JsonProperty("legalBasis") String legalBasis;
    @JsonProperty("boundary") String boundary;
    @JsonProperty("responsibility") String responsibility;
    @JsonProperty("posts") @Sorted Set<PostId> posts;
    @JsonProperty("version") long version;

    @JsonCreator
    PowerItem(
        @JsonProperty(value = "id", required = true) PowerItemId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "code", required = true) String code,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "kind", required = true) AdministrativePower kind,
        @JsonProperty(value = "legalBasis", required = true) String legalBasis,
        @JsonProperty(value = "boundary", required = true) String boundary,
        @JsonProperty(value = "responsibility", required = true) String responsibility,
        @JsonProperty(value = "posts", required = true) Set<PostId> posts,
        @JsonProperty(value = "version", required = true) long version) {}
  }

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "code", "name", "steps", "flows", "version"})
  abstract static class Process {
    @JsonProperty("id") ProcessId id;
    @JsonProperty("unitId") UnitId unitId;
    @JsonProperty("code") String code;
    @JsonProperty("name") String name;
    @JsonProperty("steps") List<ProcessStep> steps;
    @JsonProperty("flows") List<Flow> flows;
    @JsonProperty("version") long version;

    @JsonCreator
    Process(
        @JsonProperty(value = "id", required = true) ProcessId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "code", required = true) String code,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "steps", required = true) List<ProcessStep> steps,
        @JsonProperty(value = "flows", required = true) List<Flow> flows,
        @JsonProperty(value = "version", required = true) long version) {}
  }

  @Explicit
  @JsonPropertyOrder({"id", "name", "post", "powers"})
  abstract static class Step {
    @JsonCreator
    Step(
        @JsonProperty(value = "id", required = true) StepId id,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "post", required = true) PostId post,
        @JsonProperty(value = "powers", required = true) Set<PowerItemId> powers) {}

    @JsonProperty("id") abstract StepId id();

    @JsonProperty("name") abstract String name();

    @JsonProperty("post") abstract PostId post();

    @JsonProperty("powers") @Sorted abstract Set<PowerItemId> powers();
  }

  @Explicit
  @JsonPropertyOrder({"from", "to"})
  abstract static class FlowMixIn {
    @JsonCreator
    FlowMixIn(
        @JsonProperty(value = "from", required = true) StepId from,
        @JsonProperty(value = "to", required = true) StepId to) {}

    @JsonProperty("from") abstract StepId from();

    @JsonProperty("to") abstract StepId to();
  }

  @Explicit
  @JsonPropertyOrder({"id", "code", "location", "description", "owners", "custom", "state", "grading", "notice",
      "confirmation", "history", "identifiedBy", "identifiedAt", "version"})
  abstract static class RiskPoint {
    @JsonProperty("id") RiskPointId id;
    @JsonProperty("code") String code;
    @JsonProperty("location") RiskLocation location;
    @JsonProperty("description") RiskDescription description;
    @JsonProperty("owners") OwnerChain owners;
    @JsonProperty("custom") CustomFields custom;
    @JsonProperty("state") ReviewState state;
    @JsonProperty("grading") GradingRecord grading;
    @JsonProperty("notice") PublicNotice notice;
    @JsonProperty("confirmation") Confirmation confirmation;
    @JsonProperty("history") List<ReviewRecord> history;
    @JsonProperty("identifiedBy") String identifiedBy;
    @JsonProperty("identifiedAt") @IsoInstant Instant identifiedAt;
    @JsonProperty("version") long version;

    @JsonCreator
    RiskPoint(
        @JsonProperty(value = "id", required = true) RiskPointId id,
        @JsonProperty(value = "code", required = true) String code,
        @JsonProperty(value = "location", required = true) RiskLocation location,
        @JsonProperty(value = "description", required = true) RiskDescription description,
        @MayBeAbsent @JsonProperty("owners") OwnerChain owners,
        @JsonProperty(value = "custom", required = true) CustomFields custom,
        @JsonProperty(value = "state", required = true) ReviewState state,
        @MayBeAbsent @JsonProperty("grading") GradingRecord grading,
        @MayBeAbsent @JsonProperty("notice") PublicNotice notice,
        @MayBeAbsent @JsonProperty("confirmation") Confirmation confirmation,
        @JsonProperty(value = "history", required = true) List<ReviewRecord> history,
        @JsonProperty(value = "identifiedBy", required = true) String identifiedBy,
        @JsonProperty(value = "identifiedAt", required = true) @IsoInstant Instant identifiedAt,
        @JsonProperty(value = "version", required = true) long version) {}
  }

  @Explicit
  @JsonPropertyOrder({"unit", "post", "step", "powerItem"})
  abstract static class Location {
    @JsonProperty("unit") UnitId unit;
    @JsonProperty("post") PostId post;
    @JsonProperty("step") StepRef step;
    @JsonProperty("powerItem") PowerItemId powerItem;

    @JsonCreator
    Location(
        @JsonProperty(value = "unit", required = true) UnitId unit,
        @MayBeAbsent @JsonProperty("post") PostId post,
        @MayBeAbsent @JsonProperty("step") StepRef step,
        @MayBeAbsent @JsonProperty("powerItem") PowerItemId powerItem) {}
  }

  @Explicit
  @JsonPropertyOrder({"process", "step"})
  abstract static class StepRefMixIn {
    @JsonCreator
    StepRefMixIn(
        @JsonProperty(value = "process", required = true) ProcessId process,
        @JsonProperty(value = "step", required = true) StepId step) {}

    @JsonProperty("process") abstract ProcessId process();

    @JsonProperty("step") abstract StepId step();
  }

  @Explicit
  @JsonPropertyOrder({"category", "description", "manifestation", "sources", "method", "channel"})
  abstract static class Description {
    @JsonCreator
    Description(
        @JsonProperty(value = "category", required = true) RiskCategory category,
        @JsonProperty(value = "description", required = true) String description,
        @JsonProperty(value = "manifestation", required = true) String manifestation,
        @JsonProperty(value = "sources", required = true) List<RiskSource> sources,
        @JsonProperty(value = "method", required = true) DiscoveryMethod method,
        @JsonProperty(value = "channel", required = true) DiscoveryChannel channel) {}

    @JsonProperty("category") abstract RiskCategory category();

    @JsonProperty("description") abstract String description();

    @JsonProperty("manifestation") abstract String manifestation();

    @JsonProperty("sources") abstract List<RiskSource> sources();

    @JsonProperty("method") abstract DiscoveryMethod method();

    @JsonProperty("channel") abstract DiscoveryChannel channel();
  }

  @Explicit
  @JsonPropertyOrder({"kind", "description"})
  abstract static class Source {
    @JsonCreator
    Source(
        @JsonProperty(value = "kind", required = true) SourceKind kind,
        @JsonProperty(value = "description", required = true) String description) {}

    @JsonProperty("kind") abstract SourceKind kind();

    @JsonProperty("description") abstract String description();
  }

  @Explicit
  @JsonPropertyOrder({"directOwner", "sectionHead", "responsibleLeader"})
  abstract static class Owners {
    @JsonCreator
    Owners(
        @JsonProperty(value = "directOwner", required = true) OfficialId directOwner,
        @JsonProperty(value = "sectionHead", required = true) OfficialId sectionHead,
        @JsonProperty(value = "responsibleLeader", required = true) OfficialId responsibleLeader) {}

    @JsonProperty("directOwner") abstract OfficialId directOwner();

    @JsonProperty("sectionHead") abstract OfficialId sectionHead();

    @JsonProperty("responsibleLeader") abstract OfficialId responsibleLeader();
  }

  /** Custom fields: an object of key to typed value, keys in order. */
  abstract static class Custom {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static CustomFields of(Map<String, ? extends CustomValue> values) {
      throw new AssertionError("mix-in");
    }

    @JsonValue
    abstract Map<String, CustomValue> asMap();
  }

  /** A custom value names its kind: {@code {"type": "day", "value": "2010-03-01"}}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = CustomValue.Text.class, name = "text"),
      @JsonSubTypes.Type(value = CustomValue.Number.class, name = "number"),
      @JsonSubTypes.Type(value = CustomValue.Day.class, name = "day"),
      @JsonSubTypes.Type(value = CustomValue.Flag.class, name = "flag")})
  abstract static class Value {}

  @Explicit
  abstract static class TextValue {
    @JsonCreator
    TextValue(@JsonProperty(value = "value", required = true) String value) {}

    @JsonProperty("value") abstract String value();
  }

  @Explicit
  abstract static class NumberValue {
    @JsonCreator
    NumberValue(@JsonProperty(value = "value", required = true) BigDecimal value) {}

    @JsonProperty("value") abstract BigDecimal value();
  }

  @Explicit
  abstract static class DayValue {
    @JsonCreator
    DayValue(@JsonProperty(value = "value", required = true) @IsoDate LocalDate value) {}

    @JsonProperty("value") @IsoDate abstract LocalDate value();
  }

  @Explicit
  abstract static class FlagValue {
    @JsonCreator
    FlagValue(@JsonProperty(value = "value", required = true) boolean value) {}

    @JsonProperty("value") abstract boolean value();
  }

  @Explicit
  @JsonPropertyOrder({"assessment", "grade", "gradedBy", "gradedAt", "stale"})
  abstract static class Grading {
    @JsonCreator
    Grading(
        @JsonProperty(value = "assessment", required = true) Assessment assessment,
        @JsonProperty(value = "grade", required = true) Grade grade,
        @JsonProperty(value = "gradedBy", required = true) String gradedBy,
        @JsonProperty(value = "gradedAt", required = true) @IsoInstant Instant gradedAt,
        @JsonProperty(value = "stale", required = true) boolean stale) {}

    @JsonProperty("assessment") abstract Assessment assessment();

    @JsonProperty("grade") abstract Grade grade();

    @JsonProperty("gradedBy") abstract String gradedBy();

    @JsonProperty("gradedAt") @IsoInstant abstract Instant gradedAt();

    @JsonProperty("stale") abstract boolean stale();
  }

  @Explicit
  @JsonPropertyOrder({"probability", "harm", "majorMatter", "commonProblem"})
  abstract static class AssessmentMixIn {
    @JsonCreator
    AssessmentMixIn(
        @JsonProperty(value = "probability", required = true) int probability,
        @JsonProperty(value = "harm", required = true) int harm,
        @JsonProperty(value = "majorMatter", required = true) boolean majorMatter,
        @JsonProperty(value = "commonProblem", required = true) boolean commonProblem) {}

    @JsonProperty("probability") abstract int probability();

    @JsonProperty("harm") abstract int harm();

    @JsonProperty("majorMatter") abstract boolean majorMatter();

    @JsonProperty("commonProblem") abstract boolean commonProblem();
  }

  @Explicit
  @JsonPropertyOrder({"level", "rationale", "policy"})
  abstract static class GradeMixIn {
    @JsonCreator
    GradeMixIn(
        @JsonProperty(value = "level", required = true) RiskGrade level,
        @JsonProperty(value = "rationale", required = true) List<FiredRule> rationale,
        @JsonProperty(value = "policy", required = true) PolicyVersion policy) {}

    @JsonProperty("level") abstract RiskGrade level();

    @JsonProperty("rationale") abstract List<FiredRule> rationale();

    @JsonProperty("policy") abstract PolicyVersion policy();
  }

  @Explicit
  @JsonPropertyOrder({"code", "result", "zh", "en"})
  abstract static class Rule {
    @JsonCreator
    Rule(
        @JsonProperty(value = "code", required = true) String code,
        @JsonProperty(value = "result", required = true) RiskGrade result,
        @JsonProperty(value = "zh", required = true) String zh,
        @JsonProperty(value = "en", required = true) String en) {}

    @JsonProperty("code") abstract String code();

    @JsonProperty("result") abstract RiskGrade result();

    @JsonProperty("zh") abstract String zh();

    @JsonProperty("en") abstract String en();
  }

  @Explicit
  @JsonPropertyOrder({"name", "version", "parameters"})
  abstract static class Policy {
    @JsonCreator
    Policy(
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "version", required = true) String version,
        @JsonProperty(value = "parameters", required = true) String parameters) {}

    @JsonProperty("name") abstract String name();

    @JsonProperty("version") abstract String version();

    @JsonProperty("parameters") abstract String parameters();
  }

  @Explicit
  @JsonPropertyOrder({"scope", "start", "end", "comments"})
  abstract static class Notice {
    @JsonCreator
    Notice(
        @JsonProperty(value = "scope", required = true) String scope,
        @JsonProperty(value = "start", required = true) @IsoDate LocalDate start,
        @JsonProperty(value = "end", required = true) @IsoDate LocalDate end,
        @JsonProperty(value = "comments", required = true) List<NoticeComment> comments) {}

    @JsonProperty("scope") abstract String scope();

    @JsonProperty("start") @IsoDate abstract LocalDate start();

    @JsonProperty("end") @IsoDate abstract LocalDate end();

    @JsonProperty("comments") abstract List<NoticeComment> comments();
  }

  @Explicit
  @JsonPropertyOrder({"authorId", "text", "receivedAt"})
  abstract static class Comment {
    @JsonCreator
    Comment(
        @JsonProperty(value = "authorId", required = true) String authorId,
        @JsonProperty(value = "text", required = true) String text,
        @JsonProperty(value = "receivedAt", required = true) @IsoInstant Instant receivedAt) {}

    @JsonProperty("authorId") abstract String authorId();

    @JsonProperty("text") abstract String text();

    @JsonProperty("receivedAt") @IsoInstant abstract Instant receivedAt();
  }

  @Explicit
  @JsonPropertyOrder({"decidedBy", "decidedOn", "recordedBy", "recordedAt"})
  abstract static class ConfirmationMixIn {
    @JsonCreator
    ConfirmationMixIn(
        @JsonProperty(value = "decidedBy", required = true) String decidedBy,
        @JsonProperty(value = "decidedOn", required = true) @IsoDate LocalDate decidedOn,
        @JsonProperty(value = "recordedBy", required = true) String recordedBy,
        @JsonProperty(value = "recordedAt", required = true) @IsoInstant Instant recordedAt) {}

    @JsonProperty("decidedBy") abstract String decidedBy();

    @JsonProperty("decidedOn") @IsoDate abstract LocalDate decidedOn();

    @JsonProperty("recordedBy") abstract String recordedBy();

    @JsonProperty("recordedAt") @IsoInstant abstract Instant recordedAt();
  }

  @Explicit
  @JsonPropertyOrder({"from", "action", "to", "actorId", "at", "note"})
  abstract static class Review {
    @JsonCreator
    Review(
        @JsonProperty(value = "from", required = true) ReviewState from,
        @JsonProperty(value = "action", required = true) ReviewAction action,
        @JsonProperty(value = "to", required = true) ReviewState to,
        @JsonProperty(value = "actorId", required = true) String actorId,
        @JsonProperty(value = "at", required = true) @IsoInstant Instant at,
        @JsonProperty(value = "note", required = true) String note) {}

    @JsonProperty("from") abstract ReviewState from();

    @JsonProperty("action") abstract ReviewAction action();

    @JsonProperty("to") abstract ReviewState to();

    @JsonProperty("actorId") abstract String actorId();

    @JsonProperty("at") @IsoInstant abstract Instant at();

    @JsonProperty("note") abstract String note();
  }

  @Explicit
  @JsonPropertyOrder({"code", "unitName", "postName", "category", "description", "manifestation", "gradeLabel",
      "noticeScope", "noticeStart", "noticeEnd", "confirmed"})
  abstract static class PublishedRisk {
    @JsonCreator
    PublishedRisk(
        @JsonProperty(value = "code", required = true) String code,
        @JsonProperty(value = "unitName", required = true) String unitName,
        @JsonProperty(value = "postName", required = true) String postName,
        @JsonProperty(value = "category", required = true) RiskCategory category,
        @JsonProperty(value = "description", required = true) String description,
        @JsonProperty(value = "manifestation", required = true) String manifestation,
        @JsonProperty(value = "gradeLabel", required = true) String gradeLabel,
        @JsonProperty(value = "noticeScope", required = true) String noticeScope,
        @JsonProperty(value = "noticeStart", required = true) @IsoDate LocalDate noticeStart,
        @JsonProperty(value = "noticeEnd", required = true) @IsoDate LocalDate noticeEnd,
        @JsonProperty(value = "confirmed", required = true) boolean confirmed) {}

    @JsonProperty("code") abstract String code();

    @JsonProperty("unitName") abstract String unitName();

    @JsonProperty("postName") abstract String postName();

    @JsonProperty("category") abstract RiskCategory category();

    @JsonProperty("description") abstract String description();

    @JsonProperty("manifestation") abstract String manifestation();

    @JsonProperty("gradeLabel") abstract String gradeLabel();

    @JsonProperty("noticeScope") abstract String noticeScope();

    @JsonProperty("noticeStart") @IsoDate abstract LocalDate noticeStart();

    @JsonProperty("noticeEnd") @IsoDate abstract LocalDate noticeEnd();

    @JsonProperty("confirmed") abstract boolean confirmed();
  }

  @Explicit
  @JsonPropertyOrder({"unitId", "sequence", "eventType", "actorId", "at", "payload", "previousHash", "hash"})
  abstract static class JournalEntry {
    @JsonCreator
    JournalEntry(
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "sequence", required = true) long sequence,
        @JsonProperty(value = "eventType", required = true) String eventType,
        @JsonProperty(value = "actorId", required = true) String actorId,
        @JsonProperty(value = "at", required = true) @IsoInstant Instant at,
        @JsonProperty(value = "payload", required = true) String payload,
        @JsonProperty(value = "previousHash", required = true) String previousHash,
        @JsonProperty(value = "hash", required = true) String hash) {}

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("sequence") abstract long sequence();

    @JsonProperty("eventType") abstract String eventType();

    @JsonProperty("actorId") abstract String actorId();

    @JsonProperty("at") @IsoInstant abstract Instant at();

    @JsonProperty("payload") abstract String payload();

    @JsonProperty("previousHash") abstract String previousHash();

    @JsonProperty("hash") abstract String hash();
  }

  @Explicit
  @JsonPropertyOrder({"unitId", "sequence", "hash"})
  abstract static class ChainHead {
    @JsonCreator
    ChainHead(
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "sequence", required = true) long sequence,
        @JsonProperty(value = "hash", required = true) String hash) {}

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("sequence") abstract long sequence();

    @JsonProperty("hash") abstract String hash();
  }

  /** What verifying a chain found: {@code {"result": "intact", ...}} or {@code {"result": "broken", ...}}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "result")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = org.lianfang.ledger.Verification.Intact.class, name = "intact"),
      @JsonSubTypes.Type(value = org.lianfang.ledger.Verification.Broken.class, name = "broken")})
  abstract static class Verification {}

  @Explicit
  abstract static class Intact {
    @JsonCreator
    Intact(@JsonProperty(value = "entries", required = true) long entries) {}

    @JsonProperty("entries") abstract long entries();
  }

  @Explicit
  @JsonPropertyOrder({"sequence", "reasonZh", "reasonEn"})
  abstract static class Broken {
    @JsonCreator
    Broken(
        @JsonProperty(value = "sequence", required = true) long sequence,
        @JsonProperty(value = "reasonZh", required = true) String reasonZh,
        @JsonProperty(value = "reasonEn", required = true) String reasonEn) {}

    @JsonProperty("sequence") abstract long sequence();

    @JsonProperty("reasonZh") abstract String reasonZh();

    @JsonProperty("reasonEn") abstract String reasonEn();
  }

  @Explicit
  @JsonPropertyOrder({"idempotencyKey", "unitId", "recipient", "kind", "subject", "body", "createdAt"})
  abstract static class Notification {
    @JsonCreator
    Notification(
        @JsonProperty(value = "idempotencyKey", required = true) String idempotencyKey,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "recipient", required = true) String recipient,
        @JsonProperty(value = "kind", required = true) String kind,
        @JsonProperty(value = "subject", required = true) String subject,
        @JsonProperty(value = "body", required = true) String body,
        @JsonProperty(value = "createdAt", required = true) @IsoInstant Instant createdAt) {}

    @JsonProperty("idempotencyKey") abstract String idempotencyKey();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("recipient") abstract String recipient();

    @JsonProperty("kind") abstract String kind();

    @JsonProperty("subject") abstract String subject();

    @JsonProperty("body") abstract String body();

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

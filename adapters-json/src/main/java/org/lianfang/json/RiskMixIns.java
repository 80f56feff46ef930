package org.lianfang.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.json.Codecs.IsoDate;
import org.lianfang.json.Codecs.IsoInstant;
import org.lianfang.json.MixIns.Explicit;
import org.lianfang.json.MixIns.LeftOutWhenAbsent;
import org.lianfang.json.MixIns.MayBeAbsent;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItemId;
import org.lianfang.process.ProcessId;
import org.lianfang.process.StepId;
import org.lianfang.risk.Confirmation;
import org.lianfang.risk.CustomFields;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.DiscoveryChannel;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.GradingRecord;
import org.lianfang.risk.NoticeAudience;
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
 * The mix-ins of the risk points (S-3 to S-6, P-1, P-2, P-5): the point with its location, description, owners and
 * custom fields, its review (state, history, notice with comments, confirmation) and the published form the public
 * sees. The point is read through {@code RiskPoint.restore} and its location through {@code RiskLocation.of}, and
 * both are written through their public accessors (see {@link MixIns}); the rest are records.
 */
final class RiskMixIns {
  private RiskMixIns() {}

  /** The area's mix-ins with the classes they annotate. */
  static final Map<Class<?>, Class<?>> ALL = Map.ofEntries(
      Map.entry(RiskPointId.class, MixIns.Id.class),
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
      Map.entry(PublicNotice.class, Notice.class),
      Map.entry(NoticeComment.class, Comment.class),
      Map.entry(Confirmation.class, ConfirmationMixIn.class),
      Map.entry(ReviewRecord.class, Review.class),
      Map.entry(org.lianfang.risk.PublishedRisk.class, PublishedRisk.class));

  @Explicit
  @JsonPropertyOrder({"id", "code", "location", "description", "owners", "custom", "state", "grading", "notice",
      "confirmation", "history", "earlierComments", "identifiedBy", "raiserSeal", "identifiedAt", "version"})
  abstract static class RiskPoint {
    @JsonCreator
    static org.lianfang.risk.RiskPoint restore(
        @JsonProperty(value = "id", required = true) RiskPointId id,
        @JsonProperty(value = "code", required = true) String code,
        @JsonProperty(value = "location", required = true) RiskLocation location,
        @JsonProperty(value = "description", required = true) RiskDescription description,
        @MayBeAbsent @JsonProperty("owners") Optional<OwnerChain> owners,
        @JsonProperty(value = "custom", required = true) CustomFields custom,
        @JsonProperty(value = "state", required = true) ReviewState state,
        @MayBeAbsent @JsonProperty("grading") Optional<GradingRecord> grading,
        @MayBeAbsent @JsonProperty("notice") Optional<PublicNotice> notice,
        @MayBeAbsent @JsonProperty("confirmation") Optional<Confirmation> confirmation,
        @JsonProperty(value = "history", required = true) List<ReviewRecord> history,
        @JsonProperty(value = "earlierComments", required = true) List<NoticeComment> earlierComments,
        @JsonProperty(value = "identifiedBy", required = true) String identifiedBy,
        @JsonProperty(value = "raiserSeal", required = true) String raiserSeal,
        @JsonProperty(value = "identifiedAt", required = true) @IsoInstant Instant identifiedAt,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract RiskPointId id();

    @JsonProperty("code") abstract String code();

    @JsonProperty("location") abstract RiskLocation location();

    @JsonProperty("description") abstract RiskDescription description();

    @JsonProperty("owners") @LeftOutWhenAbsent abstract Optional<OwnerChain> owners();

    @JsonProperty("custom") abstract CustomFields custom();

    @JsonProperty("state") abstract ReviewState state();

    @JsonProperty("grading") @LeftOutWhenAbsent abstract Optional<GradingRecord> grading();

    @JsonProperty("notice") @LeftOutWhenAbsent abstract Optional<PublicNotice> notice();

    @JsonProperty("confirmation") @LeftOutWhenAbsent abstract Optional<Confirmation> confirmation();

    @JsonProperty("history") abstract List<ReviewRecord> history();

    @JsonProperty("earlierComments") abstract List<NoticeComment> earlierComments();

    @JsonProperty("identifiedBy") abstract String identifiedBy();

    @JsonProperty("raiserSeal") abstract String raiserSeal();

    @JsonProperty("identifiedAt") @IsoInstant abstract Instant identifiedAt();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"unit", "post", "step", "powerItem"})
  abstract static class Location {
    @JsonCreator
    static RiskLocation of(
        @JsonProperty(value = "unit", required = true) UnitId unit,
        @MayBeAbsent @JsonProperty("post") Optional<PostId> post,
        @MayBeAbsent @JsonProperty("step") Optional<StepRef> step,
        @MayBeAbsent @JsonProperty("powerItem") Optional<PowerItemId> powerItem) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("unit") abstract UnitId unit();

    @JsonProperty("post") @LeftOutWhenAbsent abstract Optional<PostId> post();

    @JsonProperty("step") @LeftOutWhenAbsent abstract Optional<StepRef> step();

    @JsonProperty("powerItem") @LeftOutWhenAbsent abstract Optional<PowerItemId> powerItem();
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
  @JsonPropertyOrder({"audience", "scope", "start", "end", "comments"})
  abstract static class Notice {
    @JsonCreator
    Notice(
        @JsonProperty(value = "audience", required = true) NoticeAudience audience,
        @JsonProperty(value = "scope", required = true) String scope,
        @JsonProperty(value = "start", required = true) @IsoDate LocalDate start,
        @JsonProperty(value = "end", required = true) @IsoDate LocalDate end,
        @JsonProperty(value = "comments", required = true) List<NoticeComment> comments) {}

    @JsonProperty("audience") abstract NoticeAudience audience();

    @JsonProperty("scope") abstract String scope();

    @JsonProperty("start") @IsoDate abstract LocalDate start();

    @JsonProperty("end") @IsoDate abstract LocalDate end();

    @JsonProperty("comments") abstract List<NoticeComment> comments();
  }

  @Explicit
  @JsonPropertyOrder({"authorId", "text", "receivedAt", "seal"})
  abstract static class Comment {
    @JsonCreator
    Comment(
        @JsonProperty(value = "authorId", required = true) String authorId,
        @JsonProperty(value = "text", required = true) String text,
        @JsonProperty(value = "receivedAt", required = true) @IsoInstant Instant receivedAt,
        @JsonProperty(value = "seal", required = true) String seal) {}

    @JsonProperty("authorId") abstract String authorId();

    @JsonProperty("text") abstract String text();

    @JsonProperty("receivedAt") @IsoInstant abstract Instant receivedAt();

    @JsonProperty("seal") abstract String seal();
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
      "noticeAudience", "noticeScope", "noticeStart", "noticeEnd", "confirmed"})
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
        @JsonProperty(value = "noticeAudience", required = true) NoticeAudience noticeAudience,
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

    @JsonProperty("noticeAudience") abstract NoticeAudience noticeAudience();

    @JsonProperty("noticeScope") abstract String noticeScope();

    @JsonProperty("noticeStart") @IsoDate abstract LocalDate noticeStart();

    @JsonProperty("noticeEnd") @IsoDate abstract LocalDate noticeEnd();

    @JsonProperty("confirmed") abstract boolean confirmed();
  }
}

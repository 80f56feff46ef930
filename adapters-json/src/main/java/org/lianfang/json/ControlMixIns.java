package org.lianfang.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lianfang.UnitId;
import org.lianfang.control.Cadence;
import org.lianfang.control.CommitmentDimension;
import org.lianfang.control.CommitmentLife;
import org.lianfang.control.CommitmentState;
import org.lianfang.control.CommitmentTerms;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.ControlPhase;
import org.lianfang.control.DefenseLine;
import org.lianfang.control.DisclosureChannel;
import org.lianfang.control.DisclosureContent;
import org.lianfang.control.DisclosureField;
import org.lianfang.control.EducationActivity;
import org.lianfang.control.EducationActivityId;
import org.lianfang.control.EducationContent;
import org.lianfang.control.EducationForm;
import org.lianfang.control.EvidenceRef;
import org.lianfang.control.MeasureLife;
import org.lianfang.control.MeasurePlan;
import org.lianfang.control.MeasureState;
import org.lianfang.control.MonitoringIndicator;
import org.lianfang.control.PowerDisclosure;
import org.lianfang.control.PowerDisclosureId;
import org.lianfang.control.ServiceCommitment;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.control.Verdict;
import org.lianfang.control.Withdrawal;
import org.lianfang.json.Codecs.IsoDate;
import org.lianfang.json.MixIns.Explicit;
import org.lianfang.json.MixIns.LeftOutWhenAbsent;
import org.lianfang.json.MixIns.MayBeAbsent;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItemId;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.RiskPointId;

/**
 * The mix-ins of the control stage: a control measure with its plan, life, indicator and evidence (P-13); an education
 * activity with its content and withdrawal (P-15); a power disclosure with what it publishes (P-16); a service
 * commitment with its terms and life (P-17). Aggregates are read through their public {@code restore} factory and
 * written through their public accessors (see {@link MixIns}).
 */
final class ControlMixIns {
  private ControlMixIns() {}

  /** The area's mix-ins with the classes they annotate. */
  static final Map<Class<?>, Class<?>> ALL = Map.ofEntries(
      Map.entry(ControlMeasureId.class, MixIns.Id.class),
      Map.entry(ControlMeasure.class, Measure.class),
      Map.entry(MeasurePlan.class, Plan.class),
      Map.entry(MeasureLife.class, Life.class),
      Map.entry(MonitoringIndicator.class, Indicator.class),
      Map.entry(EvidenceRef.class, Evidence.class),
      Map.entry(EducationActivityId.class, MixIns.Id.class),
      Map.entry(EducationActivity.class, Activity.class),
      Map.entry(EducationContent.class, Content.class),
      Map.entry(Withdrawal.class, WithdrawalMixIn.class),
      Map.entry(PowerDisclosureId.class, MixIns.Id.class),
      Map.entry(PowerDisclosure.class, Disclosure.class),
      Map.entry(DisclosureContent.class, DisclosureContentMixIn.class),
      Map.entry(ServiceCommitmentId.class, MixIns.Id.class),
      Map.entry(ServiceCommitment.class, Commitment.class),
      Map.entry(CommitmentTerms.class, Terms.class),
      Map.entry(CommitmentLife.class, CommitmentLifeMixIn.class));

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "points", "plan", "drafted", "life", "version"})
  abstract static class Measure {
    @JsonCreator
    static ControlMeasure restore(
        @JsonProperty(value = "id", required = true) ControlMeasureId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "points", required = true) List<RiskPointId> points,
        @JsonProperty(value = "plan", required = true) MeasurePlan plan,
        @JsonProperty(value = "drafted", required = true) @IsoDate LocalDate drafted,
        @JsonProperty(value = "life", required = true) MeasureLife life,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract ControlMeasureId id();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("points") abstract List<RiskPointId> points();

    @JsonProperty("plan") abstract MeasurePlan plan();

    @JsonProperty("drafted") @IsoDate abstract LocalDate drafted();

    @JsonProperty("life") abstract MeasureLife life();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"phase", "line", "content", "basis", "owners", "due", "cadence", "indicator", "evidence"})
  abstract static class Plan {
    @JsonCreator
    Plan(
        @JsonProperty(value = "phase", required = true) ControlPhase phase,
        @JsonProperty(value = "line", required = true) DefenseLine line,
        @JsonProperty(value = "content", required = true) String content,
        @JsonProperty(value = "basis", required = true) String basis,
        @JsonProperty(value = "owners", required = true) OwnerChain owners,
        @JsonProperty(value = "due", required = true) @IsoDate LocalDate due,
        @MayBeAbsent @JsonProperty("cadence") Optional<Cadence> cadence,
        @MayBeAbsent @JsonProperty("indicator") Optional<MonitoringIndicator> indicator,
        @JsonProperty(value = "evidence", required = true) List<EvidenceRef> evidence) {}

    @JsonProperty("phase") abstract ControlPhase phase();

    @JsonProperty("line") abstract DefenseLine line();

    @JsonProperty("content") abstract String content();

    @JsonProperty("basis") abstract String basis();

    @JsonProperty("owners") abstract OwnerChain owners();

    @JsonProperty("due") @IsoDate abstract LocalDate due();

    @JsonProperty("cadence") @LeftOutWhenAbsent abstract Optional<Cadence> cadence();

    @JsonProperty("indicator") @LeftOutWhenAbsent abstract Optional<MonitoringIndicator> indicator();

    @JsonProperty("evidence") abstract List<EvidenceRef> evidence();
  }

  @Explicit
  @JsonPropertyOrder({"state", "registered", "inForce", "ended", "reason", "supersededBy"})
  abstract static class Life {
    @JsonCreator
    Life(
        @JsonProperty(value = "state", required = true) MeasureState state,
        @MayBeAbsent @JsonProperty("registered") Optional<LocalDate> registered,
        @MayBeAbsent @JsonProperty("inForce") Optional<LocalDate> inForce,
        @MayBeAbsent @JsonProperty("ended") Optional<LocalDate> ended,
        @MayBeAbsent @JsonProperty("reason") Optional<String> reason,
        @MayBeAbsent @JsonProperty("supersededBy") Optional<ControlMeasureId> supersededBy) {}

    @JsonProperty("state") abstract MeasureState state();

    @JsonProperty("registered") @LeftOutWhenAbsent abstract Optional<LocalDate> registered();

    @JsonProperty("inForce") @LeftOutWhenAbsent abstract Optional<LocalDate> inForce();

    @JsonProperty("ended") @LeftOutWhenAbsent abstract Optional<LocalDate> ended();

    @JsonProperty("reason") @LeftOutWhenAbsent abstract Optional<String> reason();

    @JsonProperty("supersededBy") @LeftOutWhenAbsent abstract Optional<ControlMeasureId> supersededBy();
  }

  @Explicit
  @JsonPropertyOrder({"name", "unit", "rule", "threshold", "direction"})
  abstract static class Indicator {
    @JsonCreator
    Indicator(
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "unit", required = true) String unit,
        @JsonProperty(value = "rule", required = true) String rule,
        @JsonProperty(value = "threshold", required = true) BigDecimal threshold,
        @JsonProperty(value = "direction", required = true) MonitoringIndicator.Direction direction) {}

    @JsonProperty("name") abstract String name();

    @JsonProperty("unit") abstract String unit();

    @JsonProperty("rule") abstract String rule();

    @JsonProperty("threshold") abstract BigDecimal threshold();

    @JsonProperty("direction") abstract MonitoringIndicator.Direction direction();
  }

  @Explicit
  @JsonPropertyOrder({"title", "location", "digest"})
  abstract static class Evidence {
    @JsonCreator
    Evidence(
        @JsonProperty(value = "title", required = true) String title,
        @JsonProperty(value = "location", required = true) String location,
        @MayBeAbsent @JsonProperty("digest") Optional<String> digest) {}

    @JsonProperty("title") abstract String title();

    @JsonProperty("location") abstract String location();

    @JsonProperty("digest") @LeftOutWhenAbsent abstract Optional<String> digest();
  }
  @Explicit
  @JsonPropertyOrder({"id", "unitId", "content", "recorded", "withdrawal", "version"})
  abstract static class Activity {
    @JsonCreator
    static EducationActivity restore(
        @JsonProperty(value = "id", required = true) EducationActivityId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "content", required = true) EducationContent content,
        @JsonProperty(value = "recorded", required = true) @IsoDate LocalDate recorded,
        @MayBeAbsent @JsonProperty("withdrawal") Optional<Withdrawal> withdrawal,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract EducationActivityId id();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("content") abstract EducationContent content();

    @JsonProperty("recorded") @IsoDate abstract LocalDate recorded();

    @JsonProperty("withdrawal") @LeftOutWhenAbsent abstract Optional<Withdrawal> withdrawal();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"form", "held", "topic", "lecturer", "lecturerId", "attendees", "hours", "posts", "points",
      "evidence"})
  abstract static class Content {
    @JsonCreator
    Content(
        @JsonProperty(value = "form", required = true) EducationForm form,
        @JsonProperty(value = "held", required = true) @IsoDate LocalDate held,
        @JsonProperty(value = "topic", required = true) String topic,
        @JsonProperty(value = "lecturer", required = true) String lecturer,
        @MayBeAbsent @JsonProperty("lecturerId") Optional<OfficialId> lecturerId,
        @JsonProperty(value = "attendees", required = true) List<OfficialId> attendees,
        @JsonProperty(value = "hours", required = true) BigDecimal hours,
        @JsonProperty(value = "posts", required = true) List<PostId> posts,
        @JsonProperty(value = "points", required = true) List<RiskPointId> points,
        @JsonProperty(value = "evidence", required = true) List<EvidenceRef> evidence) {}

    @JsonProperty("form") abstract EducationForm form();

    @JsonProperty("held") @IsoDate abstract LocalDate held();

    @JsonProperty("topic") abstract String topic();

    @JsonProperty("lecturer") abstract String lecturer();

    @JsonProperty("lecturerId") @LeftOutWhenAbsent abstract Optional<OfficialId> lecturerId();

    @JsonProperty("attendees") abstract List<OfficialId> attendees();

    @JsonProperty("hours") abstract BigDecimal hours();

    @JsonProperty("posts") abstract List<PostId> posts();

    @JsonProperty("points") abstract List<RiskPointId> points();

    @JsonProperty("evidence") abstract List<EvidenceRef> evidence();
  }

  @Explicit
  @JsonPropertyOrder({"day", "reason"})
  abstract static class WithdrawalMixIn {
    @JsonCreator
    WithdrawalMixIn(
        @JsonProperty(value = "day", required = true) @IsoDate LocalDate day,
        @JsonProperty(value = "reason", required = true) String reason) {}

    @JsonProperty("day") @IsoDate abstract LocalDate day();

    @JsonProperty("reason") abstract String reason();
  }
  @Explicit
  @JsonPropertyOrder({"id", "unitId", "powerItem", "itemVersion", "content", "published", "withdrawal", "version"})
  abstract static class Disclosure {
    @JsonCreator
    static PowerDisclosure restore(
        @JsonProperty(value = "id", required = true) PowerDisclosureId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "powerItem", required = true) PowerItemId powerItem,
        @JsonProperty(value = "itemVersion", required = true) long itemVersion,
        @JsonProperty(value = "content", required = true) DisclosureContent content,
        @JsonProperty(value = "published", required = true) @IsoDate LocalDate published,
        @MayBeAbsent @JsonProperty("withdrawal") Optional<Withdrawal> withdrawal,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract PowerDisclosureId id();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("powerItem") abstract PowerItemId powerItem();

    @JsonProperty("itemVersion") abstract long itemVersion();

    @JsonProperty("content") abstract DisclosureContent content();

    @JsonProperty("published") @IsoDate abstract LocalDate published();

    @JsonProperty("withdrawal") @LeftOutWhenAbsent abstract Optional<Withdrawal> withdrawal();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"fields", "channels", "from", "until"})
  abstract static class DisclosureContentMixIn {
    @JsonCreator
    DisclosureContentMixIn(
        @JsonProperty(value = "fields", required = true) Map<DisclosureField, String> fields,
        @JsonProperty(value = "channels", required = true) Set<DisclosureChannel> channels,
        @JsonProperty(value = "from", required = true) @IsoDate LocalDate from,
        @MayBeAbsent @JsonProperty("until") Optional<LocalDate> until) {}

    @JsonProperty("fields") abstract Map<DisclosureField, String> fields();

    @JsonProperty("channels") abstract Set<DisclosureChannel> channels();

    @JsonProperty("from") @IsoDate abstract LocalDate from();

    @JsonProperty("until") @LeftOutWhenAbsent abstract Optional<LocalDate> until();
  }

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "terms", "proposed", "life", "version"})
  abstract static class Commitment {
    @JsonCreator
    static ServiceCommitment restore(
        @JsonProperty(value = "id", required = true) ServiceCommitmentId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "terms", required = true) CommitmentTerms terms,
        @JsonProperty(value = "proposed", required = true) @IsoDate LocalDate proposed,
        @JsonProperty(value = "life", required = true) CommitmentLife life,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract ServiceCommitmentId id();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("terms") abstract CommitmentTerms terms();

    @JsonProperty("proposed") @IsoDate abstract LocalDate proposed();

    @JsonProperty("life") abstract CommitmentLife life();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"dimension", "content", "target", "timeLimitDays", "holder", "post", "from", "until"})
  abstract static class Terms {
    @JsonCreator
    Terms(
        @JsonProperty(value = "dimension", required = true) CommitmentDimension dimension,
        @JsonProperty(value = "content", required = true) String content,
        @JsonProperty(value = "target", required = true) String target,
        @MayBeAbsent @JsonProperty("timeLimitDays") Optional<Integer> timeLimitDays,
        @JsonProperty(value = "holder", required = true) OfficialId holder,
        @MayBeAbsent @JsonProperty("post") Optional<PostId> post,
        @JsonProperty(value = "from", required = true) @IsoDate LocalDate from,
        @JsonProperty(value = "until", required = true) @IsoDate LocalDate until) {}

    @JsonProperty("dimension") abstract CommitmentDimension dimension();

    @JsonProperty("content") abstract String content();

    @JsonProperty("target") abstract String target();

    @JsonProperty("timeLimitDays") @LeftOutWhenAbsent abstract Optional<Integer> timeLimitDays();

    @JsonProperty("holder") abstract OfficialId holder();

    @JsonProperty("post") @LeftOutWhenAbsent abstract Optional<PostId> post();

    @JsonProperty("from") @IsoDate abstract LocalDate from();

    @JsonProperty("until") @IsoDate abstract LocalDate until();
  }

  @Explicit
  @JsonPropertyOrder({"state", "reviewed", "published", "started", "ended", "verdict", "explanation"})
  abstract static class CommitmentLifeMixIn {
    @JsonCreator
    CommitmentLifeMixIn(
        @JsonProperty(value = "state", required = true) CommitmentState state,
        @MayBeAbsent @JsonProperty("reviewed") Optional<LocalDate> reviewed,
        @MayBeAbsent @JsonProperty("published") Optional<LocalDate> published,
        @MayBeAbsent @JsonProperty("started") Optional<LocalDate> started,
        @MayBeAbsent @JsonProperty("ended") Optional<LocalDate> ended,
        @MayBeAbsent @JsonProperty("verdict") Optional<Verdict> verdict,
        @MayBeAbsent @JsonProperty("explanation") Optional<String> explanation) {}

    @JsonProperty("state") abstract CommitmentState state();

    @JsonProperty("reviewed") @LeftOutWhenAbsent abstract Optional<LocalDate> reviewed();

    @JsonProperty("published") @LeftOutWhenAbsent abstract Optional<LocalDate> published();

    @JsonProperty("started") @LeftOutWhenAbsent abstract Optional<LocalDate> started();

    @JsonProperty("ended") @LeftOutWhenAbsent abstract Optional<LocalDate> ended();

    @JsonProperty("verdict") @LeftOutWhenAbsent abstract Optional<Verdict> verdict();

    @JsonProperty("explanation") @LeftOutWhenAbsent abstract Optional<String> explanation();
  }
}

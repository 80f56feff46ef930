package org.lianfang.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.json.Codecs.IsoDate;
import org.lianfang.json.Codecs.IsoDuration;
import org.lianfang.json.Codecs.IsoInstant;
import org.lianfang.json.MixIns.Explicit;
import org.lianfang.json.MixIns.LeftOutWhenAbsent;
import org.lianfang.json.MixIns.MayBeAbsent;
import org.lianfang.monitoring.CaseLife;
import org.lianfang.monitoring.CaseTerms;
import org.lianfang.monitoring.Disposal;
import org.lianfang.monitoring.Remark;
import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.ReportChannel;
import org.lianfang.monitoring.ReportDisposal;
import org.lianfang.monitoring.ReportId;
import org.lianfang.monitoring.ReportIntake;
import org.lianfang.monitoring.ReportLife;
import org.lianfang.monitoring.ReportLinks;
import org.lianfang.monitoring.Reporter;
import org.lianfang.monitoring.SupervisionCase;
import org.lianfang.monitoring.SupervisionCaseId;
import org.lianfang.monitoring.SupervisionSignal;
import org.lianfang.monitoring.WarningId;
import org.lianfang.monitoring.WarningSubject;
import org.lianfang.organization.PowerItemId;
import org.lianfang.risk.RiskPointId;

/**
 * The mix-ins of the information the third line starts from: a report with its intake (the reporter and the content
 * in clear, or sealed in an export without clearance, P-11), life and links (P-19); a case under electronic supervision
 * with its terms and life (P-9, P-20). Aggregates are read through their public {@code restore} factory and written
 * through their public accessors (see {@link MixIns}).
 */
final class InformationMixIns {
  private InformationMixIns() {}

  /** The mix-ins with the classes they annotate. */
  static final Map<Class<?>, Class<?>> ALL = Map.ofEntries(
      Map.entry(ReportId.class, MixIns.Id.class),
      Map.entry(Report.class, ReportMixIn.class),
      Map.entry(ReportIntake.class, Intake.class),
      Map.entry(Reporter.class, ReporterMixIn.class),
      Map.entry(ReportLife.class, ReportLifeMixIn.class),
      Map.entry(ReportDisposal.class, DisposalMixIn.class),
      Map.entry(ReportLinks.class, Links.class),
      Map.entry(SupervisionCaseId.class, MixIns.Id.class),
      Map.entry(SupervisionCase.class, CaseMixIn.class),
      Map.entry(CaseTerms.class, Terms.class),
      Map.entry(CaseLife.class, CaseLifeMixIn.class),
      Map.entry(CaseLife.Step.class, StepMixIn.class),
      Map.entry(CaseLife.Pause.class, PauseMixIn.class),
      Map.entry(CaseLife.Raised.class, RaisedMixIn.class));

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "intake", "life", "links", "version"})
  abstract static class ReportMixIn {
    @JsonCreator
    static Report restore(
        @JsonProperty(value = "id", required = true) ReportId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "intake", required = true) ReportIntake intake,
        @JsonProperty(value = "life", required = true) ReportLife life,
        @JsonProperty(value = "links", required = true) ReportLinks links,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract ReportId id();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("intake") abstract ReportIntake intake();

    @JsonProperty("life") abstract ReportLife life();

    @JsonProperty("links") abstract ReportLinks links();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"channel", "received", "subject", "content", "reporter", "seal"})
  abstract static class Intake {
    @JsonCreator
    Intake(
        @JsonProperty(value = "channel", required = true) ReportChannel channel,
        @JsonProperty(value = "received", required = true) @IsoDate LocalDate received,
        @JsonProperty(value = "subject", required = true) WarningSubject subject,
        @JsonProperty(value = "content", required = true) String content,
        @MayBeAbsent @JsonProperty("reporter") Optional<Reporter> reporter,
        @JsonProperty(value = "seal", required = true) String seal) {}

    @JsonProperty("channel") abstract ReportChannel channel();

    @JsonProperty("received") @IsoDate abstract LocalDate received();

    @JsonProperty("subject") abstract WarningSubject subject();

    @JsonProperty("content") abstract String content();

    @JsonProperty("reporter") @LeftOutWhenAbsent abstract Optional<Reporter> reporter();

    @JsonProperty("seal") abstract String seal();
  }

  @Explicit
  @JsonPropertyOrder({"name", "contact"})
  abstract static class ReporterMixIn {
    @JsonCreator
    ReporterMixIn(
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "contact", required = true) String contact) {}

    @JsonProperty("name") abstract String name();

    @JsonProperty("contact") abstract String contact();
  }

  @Explicit
  @JsonPropertyOrder({"forwarded", "accepted", "acceptanceTold", "disposal", "closed", "resultTold"})
  abstract static class ReportLifeMixIn {
    @JsonCreator
    ReportLifeMixIn(
        @MayBeAbsent @JsonProperty("forwarded") Optional<Remark> forwarded,
        @MayBeAbsent @JsonProperty("accepted") Optional<LocalDate> accepted,
        @MayBeAbsent @JsonProperty("acceptanceTold") Optional<LocalDate> acceptanceTold,
        @MayBeAbsent @JsonProperty("disposal") Optional<ReportDisposal> disposal,
        @MayBeAbsent @JsonProperty("closed") Optional<Remark> closed,
        @MayBeAbsent @JsonProperty("resultTold") Optional<LocalDate> resultTold) {}

    @JsonProperty("forwarded") @LeftOutWhenAbsent abstract Optional<Remark> forwarded();

    @JsonProperty("accepted") @LeftOutWhenAbsent abstract Optional<LocalDate> accepted();

    @JsonProperty("acceptanceTold") @LeftOutWhenAbsent abstract Optional<LocalDate> acceptanceTold();

    @JsonProperty("disposal") @LeftOutWhenAbsent abstract Optional<ReportDisposal> disposal();

    @JsonProperty("closed") @LeftOutWhenAbsent abstract Optional<Remark> closed();

    @JsonProperty("resultTold") @LeftOutWhenAbsent abstract Optional<LocalDate> resultTold();
  }

  @Explicit
  @JsonPropertyOrder({"day", "way", "note"})
  abstract static class DisposalMixIn {
    @JsonCreator
    DisposalMixIn(
        @JsonProperty(value = "day", required = true) @IsoDate LocalDate day,
        @JsonProperty(value = "way", required = true) Disposal way,
        @JsonProperty(value = "note", required = true) String note) {}

    @JsonProperty("day") @IsoDate abstract LocalDate day();

    @JsonProperty("way") abstract Disposal way();

    @JsonProperty("note") abstract String note();
  }

  @Explicit
  @JsonPropertyOrder({"points", "warnings"})
  abstract static class Links {
    @JsonCreator
    Links(
        @JsonProperty(value = "points", required = true) List<RiskPointId> points,
        @JsonProperty(value = "warnings", required = true) List<WarningId> warnings) {}

    @JsonProperty("points") abstract List<RiskPointId> points();

    @JsonProperty("warnings") abstract List<WarningId> warnings();
  }

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "terms", "life", "version"})
  abstract static class CaseMixIn {
    @JsonCreator
    static SupervisionCase restore(
        @JsonProperty(value = "id", required = true) SupervisionCaseId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "terms", required = true) CaseTerms terms,
        @JsonProperty(value = "life", required = true) CaseLife life,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract SupervisionCaseId id();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("terms") abstract CaseTerms terms();

    @JsonProperty("life") abstract CaseLife life();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"powerItem", "number", "started", "limit", "commitment"})
  abstract static class Terms {
    @JsonCreator
    Terms(
        @JsonProperty(value = "powerItem", required = true) PowerItemId powerItem,
        @JsonProperty(value = "number", required = true) String number,
        @JsonProperty(value = "started", required = true) @IsoInstant Instant started,
        @JsonProperty(value = "limit", required = true) @IsoDuration Duration limit,
        @MayBeAbsent @JsonProperty("commitment") Optional<ServiceCommitmentId> commitment) {}

    @JsonProperty("powerItem") abstract PowerItemId powerItem();

    @JsonProperty("number") abstract String number();

    @JsonProperty("started") @IsoInstant abstract Instant started();

    @JsonProperty("limit") @IsoDuration abstract Duration limit();

    @JsonProperty("commitment") @LeftOutWhenAbsent abstract Optional<ServiceCommitmentId> commitment();
  }

  @Explicit
  @JsonPropertyOrder({"steps", "pauses", "pausedSince", "completed", "signals"})
  abstract static class CaseLifeMixIn {
    @JsonCreator
    CaseLifeMixIn(
        @JsonProperty(value = "steps", required = true) List<CaseLife.Step> steps,
        @JsonProperty(value = "pauses", required = true) List<CaseLife.Pause> pauses,
        @MayBeAbsent @JsonProperty("pausedSince") Optional<Instant> pausedSince,
        @MayBeAbsent @JsonProperty("completed") Optional<Instant> completed,
        @JsonProperty(value = "signals", required = true) List<CaseLife.Raised> signals) {}

    @JsonProperty("steps") abstract List<CaseLife.Step> steps();

    @JsonProperty("pauses") abstract List<CaseLife.Pause> pauses();

    @JsonProperty("pausedSince") @LeftOutWhenAbsent abstract Optional<Instant> pausedSince();

    @JsonProperty("completed") @LeftOutWhenAbsent abstract Optional<Instant> completed();

    @JsonProperty("signals") abstract List<CaseLife.Raised> signals();
  }

  @Explicit
  @JsonPropertyOrder({"name", "at", "limit"})
  abstract static class StepMixIn {
    @JsonCreator
    StepMixIn(
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "at", required = true) @IsoInstant Instant at,
        @MayBeAbsent @JsonProperty("limit") Optional<Duration> limit) {}

    @JsonProperty("name") abstract String name();

    @JsonProperty("at") @IsoInstant abstract Instant at();

    @JsonProperty("limit") @LeftOutWhenAbsent abstract Optional<Duration> limit();
  }

  @Explicit
  @JsonPropertyOrder({"from", "to"})
  abstract static class PauseMixIn {
    @JsonCreator
    PauseMixIn(
        @JsonProperty(value = "from", required = true) @IsoInstant Instant from,
        @JsonProperty(value = "to", required = true) @IsoInstant Instant to) {}

    @JsonProperty("from") @IsoInstant abstract Instant from();

    @JsonProperty("to") @IsoInstant abstract Instant to();
  }

  @Explicit
  @JsonPropertyOrder({"signal", "at", "warning"})
  abstract static class RaisedMixIn {
    @JsonCreator
    RaisedMixIn(
        @JsonProperty(value = "signal", required = true) SupervisionSignal signal,
        @JsonProperty(value = "at", required = true) @IsoInstant Instant at,
        @MayBeAbsent @JsonProperty("warning") Optional<WarningId> warning) {}

    @JsonProperty("signal") abstract SupervisionSignal signal();

    @JsonProperty("at") @IsoInstant abstract Instant at();

    @JsonProperty("warning") @LeftOutWhenAbsent abstract Optional<WarningId> warning();
  }
}

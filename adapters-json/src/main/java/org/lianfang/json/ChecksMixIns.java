package org.lianfang.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lianfang.UnitId;
import org.lianfang.checks.Accountability;
import org.lianfang.checks.CheckLife;
import org.lianfang.checks.CheckRating;
import org.lianfang.checks.CheckRow;
import org.lianfang.checks.HalfYear;
import org.lianfang.checks.InspectionFinding;
import org.lianfang.checks.InspectionFindingId;
import org.lianfang.checks.InspectionLife;
import org.lianfang.checks.InspectionMethod;
import org.lianfang.checks.InspectionPlan;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.checks.SelfCheckFigures;
import org.lianfang.checks.SelfCheckReport;
import org.lianfang.checks.SelfCheckReportId;
import org.lianfang.checks.SelfCheckSections;
import org.lianfang.checks.SpecialInspection;
import org.lianfang.checks.SpecialInspectionId;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.EvidenceRef;
import org.lianfang.json.Codecs.IsoDate;
import org.lianfang.json.Codecs.IsoMonth;
import org.lianfang.json.Codecs.Sorted;
import org.lianfang.json.MixIns.Explicit;
import org.lianfang.json.MixIns.LeftOutWhenAbsent;
import org.lianfang.json.MixIns.MayBeAbsent;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.Remark;
import org.lianfang.monitoring.WarningId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPointId;

/**
 * The mix-ins of the checks: a monthly check with its rows and life (P-22), its month written {@code 2010-10}; a
 * special inspection with its plan and life, and what it found in a unit with who was held accountable (S-10); a
 * half-year self-check with its sections, figures and acknowledgement (P-23). The public appraisal's are {@link
 * AppraisalMixIns}.
 * Aggregates are read through their public {@code restore} factory and written through their public accessors (see
 * {@link MixIns}).
 */
final class ChecksMixIns {
  private ChecksMixIns() {}

  /** The area's mix-ins with the classes they annotate. */
  static final Map<Class<?>, Class<?>> ALL = Map.ofEntries(
      Map.entry(MonthlyCheckId.class, MixIns.Id.class),
      Map.entry(MonthlyCheck.class, Check.class),
      Map.entry(CheckRow.class, Row.class),
      Map.entry(CheckLife.class, Life.class),
      Map.entry(SpecialInspectionId.class, MixIns.Id.class),
      Map.entry(SpecialInspection.class, Inspection.class),
      Map.entry(InspectionPlan.class, Plan.class),
      Map.entry(InspectionLife.class, InspectionLifeMixIn.class),
      Map.entry(InspectionFindingId.class, MixIns.Id.class),
      Map.entry(InspectionFinding.class, Finding.class),
      Map.entry(Accountability.class, Held.class),
      Map.entry(SelfCheckReportId.class, MixIns.Id.class),
      Map.entry(SelfCheckReport.class, SelfCheck.class),
      Map.entry(HalfYear.class, Half.class),
      Map.entry(SelfCheckSections.class, Sections.class),
      Map.entry(SelfCheckFigures.class, Figures.class));

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "post", "month", "checker", "opened", "rows", "life", "version"})
  abstract static class Check {
    @JsonCreator
    static MonthlyCheck restore(
        @JsonProperty(value = "id", required = true) MonthlyCheckId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "post", required = true) PostId post,
        @JsonProperty(value = "month", required = true) @IsoMonth YearMonth month,
        @JsonProperty(value = "checker", required = true) OfficialId checker,
        @JsonProperty(value = "opened", required = true) @IsoDate LocalDate opened,
        @JsonProperty(value = "rows", required = true) List<CheckRow> rows,
        @JsonProperty(value = "life", required = true) CheckLife life,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract MonthlyCheckId id();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("post") abstract PostId post();

    @JsonProperty("month") @IsoMonth abstract YearMonth month();

    @JsonProperty("checker") abstract OfficialId checker();

    @JsonProperty("opened") @IsoDate abstract LocalDate opened();

    @JsonProperty("rows") abstract List<CheckRow> rows();

    @JsonProperty("life") abstract CheckLife life();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"measure", "rating", "indicatorValue", "problem", "requirement", "evidence", "item",
      "warning"})
  abstract static class Row {
    @JsonCreator
    Row(
        @JsonProperty(value = "measure", required = true) ControlMeasureId measure,
        @JsonProperty(value = "rating", required = true) CheckRating rating,
        @MayBeAbsent @JsonProperty("indicatorValue") Optional<BigDecimal> indicatorValue,
        @MayBeAbsent @JsonProperty("problem") Optional<String> problem,
        @MayBeAbsent @JsonProperty("requirement") Optional<String> requirement,
        @JsonProperty(value = "evidence", required = true) List<EvidenceRef> evidence,
        @MayBeAbsent @JsonProperty("item") Optional<RectificationItemId> item,
        @MayBeAbsent @JsonProperty("warning") Optional<WarningId> warning) {}

    @JsonProperty("measure") abstract ControlMeasureId measure();

    @JsonProperty("rating") abstract CheckRating rating();

    @JsonProperty("indicatorValue") @LeftOutWhenAbsent abstract Optional<BigDecimal> indicatorValue();

    @JsonProperty("problem") @LeftOutWhenAbsent abstract Optional<String> problem();

    @JsonProperty("requirement") @LeftOutWhenAbsent abstract Optional<String> requirement();

    @JsonProperty("evidence") abstract List<EvidenceRef> evidence();

    @JsonProperty("item") @LeftOutWhenAbsent abstract Optional<RectificationItemId> item();

    @JsonProperty("warning") @LeftOutWhenAbsent abstract Optional<WarningId> warning();
  }

  @Explicit
  @JsonPropertyOrder({"submitted", "returned", "reviewed"})
  abstract static class Life {
    @JsonCreator
    Life(
        @MayBeAbsent @JsonProperty("submitted") Optional<LocalDate> submitted,
        @MayBeAbsent @JsonProperty("returned") Optional<Remark> returned,
        @MayBeAbsent @JsonProperty("reviewed") Optional<LocalDate> reviewed) {}

    @JsonProperty("submitted") @LeftOutWhenAbsent abstract Optional<LocalDate> submitted();

    @JsonProperty("returned") @LeftOutWhenAbsent abstract Optional<Remark> returned();

    @JsonProperty("reviewed") @LeftOutWhenAbsent abstract Optional<LocalDate> reviewed();
  }

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "plan", "planned", "life", "version"})
  abstract static class Inspection {
    @JsonCreator
    static SpecialInspection restore(
        @JsonProperty(value = "id", required = true) SpecialInspectionId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "plan", required = true) InspectionPlan plan,
        @JsonProperty(value = "planned", required = true) @IsoDate LocalDate planned,
        @JsonProperty(value = "life", required = true) InspectionLife life,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract SpecialInspectionId id();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("plan") abstract InspectionPlan plan();

    @JsonProperty("planned") @IsoDate abstract LocalDate planned();

    @JsonProperty("life") abstract InspectionLife life();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"number", "subject", "scope", "methods", "from", "to"})
  abstract static class Plan {
    @JsonCreator
    Plan(
        @JsonProperty(value = "number", required = true) String number,
        @JsonProperty(value = "subject", required = true) String subject,
        @JsonProperty(value = "scope", required = true) List<UnitId> scope,
        @JsonProperty(value = "methods", required = true) Set<InspectionMethod> methods,
        @JsonProperty(value = "from", required = true) @IsoDate LocalDate from,
        @JsonProperty(value = "to", required = true) @IsoDate LocalDate to) {}

    @JsonProperty("number") abstract String number();

    @JsonProperty("subject") abstract String subject();

    @JsonProperty("scope") abstract List<UnitId> scope();

    @JsonProperty("methods") @Sorted abstract Set<InspectionMethod> methods();

    @JsonProperty("from") @IsoDate abstract LocalDate from();

    @JsonProperty("to") @IsoDate abstract LocalDate to();
  }

  @Explicit
  @JsonPropertyOrder({"started", "reported", "closed"})
  abstract static class InspectionLifeMixIn {
    @JsonCreator
    InspectionLifeMixIn(
        @MayBeAbsent @JsonProperty("started") Optional<LocalDate> started,
        @MayBeAbsent @JsonProperty("reported") Optional<Remark> reported,
        @MayBeAbsent @JsonProperty("closed") Optional<LocalDate> closed) {}

    @JsonProperty("started") @LeftOutWhenAbsent abstract Optional<LocalDate> started();

    @JsonProperty("reported") @LeftOutWhenAbsent abstract Optional<Remark> reported();

    @JsonProperty("closed") @LeftOutWhenAbsent abstract Optional<LocalDate> closed();
  }

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "inspection", "recorded", "problem", "points", "item", "accountability",
      "version"})
  abstract static class Finding {
    @JsonCreator
    static InspectionFinding restore(
        @JsonProperty(value = "id", required = true) InspectionFindingId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "inspection", required = true) SpecialInspectionId inspection,
        @JsonProperty(value = "recorded", required = true) @IsoDate LocalDate recorded,
        @JsonProperty(value = "problem", required = true) String problem,
        @JsonProperty(value = "points", required = true) List<RiskPointId> points,
        @JsonProperty(value = "item", required = true) RectificationItemId item,
        @JsonProperty(value = "accountability", required = true) List<Accountability> accountability,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract InspectionFindingId id();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("inspection") abstract SpecialInspectionId inspection();

    @JsonProperty("recorded") @IsoDate abstract LocalDate recorded();

    @JsonProperty("problem") abstract String problem();

    @JsonProperty("points") abstract List<RiskPointId> points();

    @JsonProperty("item") abstract RectificationItemId item();

    @JsonProperty("accountability") abstract List<Accountability> accountability();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"official", "measure", "decision", "day"})
  abstract static class Held {
    @JsonCreator
    Held(
        @JsonProperty(value = "official", required = true) OfficialId official,
        @JsonProperty(value = "measure", required = true) String measure,
        @JsonProperty(value = "decision", required = true) String decision,
        @JsonProperty(value = "day", required = true) @IsoDate LocalDate day) {}

    @JsonProperty("official") abstract OfficialId official();

    @JsonProperty("measure") abstract String measure();

    @JsonProperty("decision") abstract String decision();

    @JsonProperty("day") @IsoDate abstract LocalDate day();
  }

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "half", "drafted", "sections", "figures", "acknowledged", "version"})
  abstract static class SelfCheck {
    @JsonCreator
    static SelfCheckReport restore(
        @JsonProperty(value = "id", required = true) SelfCheckReportId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "half", required = true) HalfYear half,
        @JsonProperty(value = "drafted", required = true) @IsoDate LocalDate drafted,
        @JsonProperty(value = "sections", required = true) SelfCheckSections sections,
        @MayBeAbsent @JsonProperty("figures") Optional<SelfCheckFigures> figures,
        @MayBeAbsent @JsonProperty("acknowledged") Optional<Remark> acknowledged,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract SelfCheckReportId id();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("half") abstract HalfYear half();

    @JsonProperty("drafted") @IsoDate abstract LocalDate drafted();

    @JsonProperty("sections") abstract SelfCheckSections sections();

    @JsonProperty("figures") @LeftOutWhenAbsent abstract Optional<SelfCheckFigures> figures();

    @JsonProperty("acknowledged") @LeftOutWhenAbsent abstract Optional<Remark> acknowledged();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"year", "half"})
  abstract static class Half {
    @JsonCreator
    Half(
        @JsonProperty(value = "year", required = true) int year,
        @JsonProperty(value = "half", required = true) int half) {}

    @JsonProperty("year") abstract int year();

    @JsonProperty("half") abstract int half();
  }

  @Explicit
  @JsonPropertyOrder({"effect", "selfDiscipline", "ruleGaps", "fixes", "nextSteps"})
  abstract static class Sections {
    @JsonCreator
    Sections(
        @JsonProperty(value = "effect", required = true) String effect,
        @JsonProperty(value = "selfDiscipline", required = true) String selfDiscipline,
        @JsonProperty(value = "ruleGaps", required = true) String ruleGaps,
        @JsonProperty(value = "fixes", required = true) String fixes,
        @JsonProperty(value = "nextSteps", required = true) String nextSteps) {}

    @JsonProperty("effect") abstract String effect();

    @JsonProperty("selfDiscipline") abstract String selfDiscipline();

    @JsonProperty("ruleGaps") abstract String ruleGaps();

    @JsonProperty("fixes") abstract String fixes();

    @JsonProperty("nextSteps") abstract String nextSteps();
  }

  @Explicit
  @JsonPropertyOrder({"asOf", "checks", "full", "partial", "none", "itemsOpened", "itemsClosed", "itemsOverdue",
      "warningsIssued", "warningsClosed"})
  abstract static class Figures {
    @JsonCreator
    Figures(
        @JsonProperty(value = "asOf", required = true) @IsoDate LocalDate asOf,
        @JsonProperty(value = "checks", required = true) int checks,
        @JsonProperty(value = "full", required = true) int full,
        @JsonProperty(value = "partial", required = true) int partial,
        @JsonProperty(value = "none", required = true) int none,
        @JsonProperty(value = "itemsOpened", required = true) int itemsOpened,
        @JsonProperty(value = "itemsClosed", required = true) int itemsClosed,
        @JsonProperty(value = "itemsOverdue", required = true) int itemsOverdue,
        @JsonProperty(value = "warningsIssued", required = true) int warningsIssued,
        @JsonProperty(value = "warningsClosed", required = true) int warningsClosed) {}

    @JsonProperty("asOf") @IsoDate abstract LocalDate asOf();

    @JsonProperty("checks") abstract int checks();

    @JsonProperty("full") abstract int full();

    @JsonProperty("partial") abstract int partial();

    @JsonProperty("none") abstract int none();

    @JsonProperty("itemsOpened") abstract int itemsOpened();

    @JsonProperty("itemsClosed") abstract int itemsClosed();

    @JsonProperty("itemsOverdue") abstract int itemsOverdue();

    @JsonProperty("warningsIssued") abstract int warningsIssued();

    @JsonProperty("warningsClosed") abstract int warningsClosed();
  }
}

package org.lianfang.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.control.ControlMeasure;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CycleFigures;
import org.lianfang.cycle.CyclePhase;
import org.lianfang.cycle.CyclePolicies;
import org.lianfang.cycle.CycleRules;
import org.lianfang.cycle.CycleTimetable;
import org.lianfang.cycle.FrozenYear;
import org.lianfang.cycle.PhaseWindow;
import org.lianfang.cycle.RevisionNotice;
import org.lianfang.grading.PolicyVersion;
import org.lianfang.json.Codecs.IsoDate;
import org.lianfang.json.Codecs.IsoYear;
import org.lianfang.json.MixIns.Explicit;
import org.lianfang.json.MixIns.LeftOutWhenAbsent;
import org.lianfang.json.MixIns.MayBeAbsent;
import org.lianfang.risk.RiskPoint;

/**
 * The mix-ins of the annual cycle (S-16): a cycle with the day it opened, its timetable (a window per phase), its
 * rules, the versions of its policies and what the records held when each phase was left; a year written as its number.
 * Aggregates are read through their public {@code restore} factory and written through their public accessors (see
 * {@link MixIns}).
 */
final class CycleMixIns {
  private CycleMixIns() {}

  /** The area's mix-ins with the classes they annotate. */
  static final Map<Class<?>, Class<?>> ALL = Map.ofEntries(
      Map.entry(AnnualCycleId.class, MixIns.Id.class),
      Map.entry(AnnualCycle.class, Cycle.class),
      Map.entry(CycleTimetable.class, Timetable.class),
      Map.entry(PhaseWindow.class, Window.class),
      Map.entry(CycleRules.class, Rules.class),
      Map.entry(CyclePolicies.class, Policies.class),
      Map.entry(CycleFigures.class, Figures.class),
      Map.entry(RevisionNotice.class, Notice.class),
      Map.entry(FrozenYear.class, Register.class));

  /** A closed year's register in a unit's section (format 18): its records as the section's are written. */
  @Explicit
  @JsonPropertyOrder({"year", "frozenOn", "riskPoints", "controlMeasures"})
  abstract static class Register {
    @JsonCreator
    Register(
        @JsonProperty(value = "year", required = true) @IsoYear Year year,
        @JsonProperty(value = "frozenOn", required = true) @IsoDate LocalDate frozenOn,
        @JsonProperty(value = "riskPoints", required = true) List<RiskPoint> points,
        @JsonProperty(value = "controlMeasures", required = true) List<ControlMeasure> measures) {}

    @JsonProperty("year") @IsoYear abstract Year year();

    @JsonProperty("frozenOn") @IsoDate abstract LocalDate frozenOn();

    @JsonProperty("riskPoints") abstract List<RiskPoint> points();

    @JsonProperty("controlMeasures") abstract List<ControlMeasure> measures();
  }

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "opened", "timetable", "rules", "policies", "steps", "revision", "version"})
  abstract static class Cycle {
    @JsonCreator
    static AnnualCycle restore(
        @JsonProperty(value = "id", required = true) AnnualCycleId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "opened", required = true) @IsoDate LocalDate opened,
        @JsonProperty(value = "timetable", required = true) CycleTimetable timetable,
        @JsonProperty(value = "rules", required = true) CycleRules rules,
        @JsonProperty(value = "policies", required = true) CyclePolicies policies,
        @JsonProperty(value = "steps", required = true) List<CycleFigures> steps,
        @MayBeAbsent @JsonProperty("revision") Optional<RevisionNotice> revision,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract AnnualCycleId id();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("opened") @IsoDate abstract LocalDate opened();

    @JsonProperty("timetable") abstract CycleTimetable timetable();

    @JsonProperty("rules") abstract CycleRules rules();

    @JsonProperty("policies") abstract CyclePolicies policies();

    @JsonProperty("steps") abstract List<CycleFigures> steps();

    @JsonProperty("revision") @LeftOutWhenAbsent abstract Optional<RevisionNotice> revision();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"year", "windows"})
  abstract static class Timetable {
    @JsonCreator
    Timetable(
        @JsonProperty(value = "year", required = true) @IsoYear Year year,
        @JsonProperty(value = "windows", required = true) List<PhaseWindow> windows) {}

    @JsonProperty("year") @IsoYear abstract Year year();

    @JsonProperty("windows") abstract List<PhaseWindow> windows();
  }

  @Explicit
  @JsonPropertyOrder({"phase", "from", "to"})
  abstract static class Window {
    @JsonCreator
    Window(
        @JsonProperty(value = "phase", required = true) CyclePhase phase,
        @JsonProperty(value = "from", required = true) @IsoDate LocalDate from,
        @JsonProperty(value = "to", required = true) @IsoDate LocalDate to) {}

    @JsonProperty("phase") abstract CyclePhase phase();

    @JsonProperty("from") @IsoDate abstract LocalDate from();

    @JsonProperty("to") @IsoDate abstract LocalDate to();
  }

  @Explicit
  @JsonPropertyOrder({"pointsSettled", "noCoverageGaps", "itemsSettled", "revisionPosted"})
  abstract static class Rules {
    /** {@code revisionPosted} may be absent: a year written before format 19 ran without that rule. */
    @JsonCreator
    Rules(
        @JsonProperty(value = "pointsSettled", required = true) boolean pointsSettled,
        @JsonProperty(value = "noCoverageGaps", required = true) boolean noCoverageGaps,
        @JsonProperty(value = "itemsSettled", required = true) boolean itemsSettled,
        @JsonProperty("revisionPosted") @JsonDeserialize(using = Codecs.AbsentAsOff.class) boolean revisionPosted) {}

    @JsonProperty("pointsSettled") abstract boolean pointsSettled();

    @JsonProperty("noCoverageGaps") abstract boolean noCoverageGaps();

    @JsonProperty("itemsSettled") abstract boolean itemsSettled();

    @JsonProperty("revisionPosted") abstract boolean revisionPosted();
  }

  @Explicit
  @JsonPropertyOrder({"start", "end", "scope", "added", "adjusted", "deleted", "digest", "versions"})
  abstract static class Notice {
    @JsonCreator
    Notice(
        @JsonProperty(value = "start", required = true) @IsoDate LocalDate start,
        @JsonProperty(value = "end", required = true) @IsoDate LocalDate end,
        @JsonProperty(value = "scope", required = true) String scope,
        @JsonProperty(value = "added", required = true) int added,
        @JsonProperty(value = "adjusted", required = true) int adjusted,
        @JsonProperty(value = "deleted", required = true) int deleted,
        @JsonProperty(value = "digest", required = true) String digest,
        @JsonProperty(value = "versions", required = true) String versions) {}

    @JsonProperty("start") @IsoDate abstract LocalDate start();

    @JsonProperty("end") @IsoDate abstract LocalDate end();

    @JsonProperty("scope") abstract String scope();

    @JsonProperty("added") abstract int added();

    @JsonProperty("adjusted") abstract int adjusted();

    @JsonProperty("deleted") abstract int deleted();

    @JsonProperty("digest") abstract String digest();

    @JsonProperty("versions") abstract String versions();
  }

  @Explicit
  @JsonPropertyOrder({"grading", "coverage", "warnings", "evaluation", "cycle"})
  abstract static class Policies {
    @JsonCreator
    Policies(
        @JsonProperty(value = "grading", required = true) PolicyVersion grading,
        @JsonProperty(value = "coverage", required = true) PolicyVersion coverage,
        @JsonProperty(value = "warnings", required = true) PolicyVersion warnings,
        @JsonProperty(value = "evaluation", required = true) PolicyVersion evaluation,
        @JsonProperty(value = "cycle", required = true) PolicyVersion cycle) {}

    @JsonProperty("grading") abstract PolicyVersion grading();

    @JsonProperty("coverage") abstract PolicyVersion coverage();

    @JsonProperty("warnings") abstract PolicyVersion warnings();

    @JsonProperty("evaluation") abstract PolicyVersion evaluation();

    @JsonProperty("cycle") abstract PolicyVersion cycle();
  }

  @Explicit
  @JsonPropertyOrder({"day", "stalePoints", "unconfirmedPoints", "coverageGaps", "openItems"})
  abstract static class Figures {
    @JsonCreator
    Figures(
        @JsonProperty(value = "day", required = true) @IsoDate LocalDate day,
        @JsonProperty(value = "stalePoints", required = true) int stalePoints,
        @JsonProperty(value = "unconfirmedPoints", required = true) int unconfirmedPoints,
        @JsonProperty(value = "coverageGaps", required = true) int coverageGaps,
        @JsonProperty(value = "openItems", required = true) int openItems) {}

    @JsonProperty("day") @IsoDate abstract LocalDate day();

    @JsonProperty("stalePoints") abstract int stalePoints();

    @JsonProperty("unconfirmedPoints") abstract int unconfirmedPoints();

    @JsonProperty("coverageGaps") abstract int coverageGaps();

    @JsonProperty("openItems") abstract int openItems();
  }
}

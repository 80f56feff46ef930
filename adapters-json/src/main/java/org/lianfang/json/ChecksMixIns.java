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
import org.lianfang.UnitId;
import org.lianfang.checks.CheckLife;
import org.lianfang.checks.CheckRating;
import org.lianfang.checks.CheckRow;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.EvidenceRef;
import org.lianfang.json.Codecs.IsoDate;
import org.lianfang.json.Codecs.IsoMonth;
import org.lianfang.json.MixIns.Explicit;
import org.lianfang.json.MixIns.LeftOutWhenAbsent;
import org.lianfang.json.MixIns.MayBeAbsent;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.Remark;
import org.lianfang.monitoring.WarningId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;

/**
 * The mix-ins of the checks: a monthly check with its rows and life (P-22), its month written {@code 2010-10}.
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
      Map.entry(CheckLife.class, Life.class));

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
}

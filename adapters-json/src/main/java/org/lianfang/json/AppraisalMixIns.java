package org.lianfang.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.checks.AppraisalComment;
import org.lianfang.checks.AppraisalCounts;
import org.lianfang.checks.AppraisalItem;
import org.lianfang.checks.AppraisalLife;
import org.lianfang.checks.AppraisalPlan;
import org.lianfang.checks.AppraisalRating;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.AppraisalRoundId;
import org.lianfang.checks.AppraisalScale;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.json.Codecs.IsoDate;
import org.lianfang.json.MixIns.Explicit;
import org.lianfang.json.MixIns.LeftOutWhenAbsent;
import org.lianfang.json.MixIns.MayBeAbsent;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.Remark;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPointId;

/**
 * The mix-ins of the public appraisal (P-25): a round with its plan, its counts per item, its comments (a respondent's
 * contact in clear beside its seal, as the record keeps it; a ledger for readers without clearance holds the sealed
 * form, P-11) and its life. Aggregates are read through their public {@code restore} factory and written through
 * their public accessors (see {@link MixIns}).
 */
final class AppraisalMixIns {
  private AppraisalMixIns() {}

  /** The mix-ins with the classes they annotate. */
  static final Map<Class<?>, Class<?>> ALL = Map.ofEntries(
      Map.entry(AppraisalRoundId.class, MixIns.Id.class),
      Map.entry(AppraisalRound.class, Round.class),
      Map.entry(AppraisalPlan.class, AppraisalPlanMixIn.class),
      Map.entry(AppraisalItem.class, Item.class),
      Map.entry(AppraisalCounts.class, Counts.class),
      Map.entry(AppraisalComment.class, Comment.class),
      Map.entry(AppraisalLife.class, AppraisalLifeMixIn.class));

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "plan", "counts", "comments", "life", "version"})
  abstract static class Round {
    @JsonCreator
    static AppraisalRound restore(
        @JsonProperty(value = "id", required = true) AppraisalRoundId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "plan", required = true) AppraisalPlan plan,
        @JsonProperty(value = "counts", required = true) List<AppraisalCounts> counts,
        @JsonProperty(value = "comments", required = true) List<AppraisalComment> comments,
        @JsonProperty(value = "life", required = true) AppraisalLife life,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract AppraisalRoundId id();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("plan") abstract AppraisalPlan plan();

    @JsonProperty("counts") abstract List<AppraisalCounts> counts();

    @JsonProperty("comments") abstract List<AppraisalComment> comments();

    @JsonProperty("life") abstract AppraisalLife life();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"title", "scale", "from", "to", "items"})
  abstract static class AppraisalPlanMixIn {
    @JsonCreator
    AppraisalPlanMixIn(
        @JsonProperty(value = "title", required = true) String title,
        @JsonProperty(value = "scale", required = true) AppraisalScale scale,
        @JsonProperty(value = "from", required = true) @IsoDate LocalDate from,
        @JsonProperty(value = "to", required = true) @IsoDate LocalDate to,
        @JsonProperty(value = "items", required = true) List<AppraisalItem> items) {}

    @JsonProperty("title") abstract String title();

    @JsonProperty("scale") abstract AppraisalScale scale();

    @JsonProperty("from") @IsoDate abstract LocalDate from();

    @JsonProperty("to") @IsoDate abstract LocalDate to();

    @JsonProperty("items") abstract List<AppraisalItem> items();
  }

  @Explicit
  @JsonPropertyOrder({"question", "point", "post", "commitment", "owner"})
  abstract static class Item {
    @JsonCreator
    Item(
        @JsonProperty(value = "question", required = true) String question,
        @MayBeAbsent @JsonProperty("point") Optional<RiskPointId> point,
        @MayBeAbsent @JsonProperty("post") Optional<PostId> post,
        @MayBeAbsent @JsonProperty("commitment") Optional<ServiceCommitmentId> commitment,
        @JsonProperty(value = "owner", required = true) OfficialId owner) {}

    @JsonProperty("question") abstract String question();

    @JsonProperty("point") @LeftOutWhenAbsent abstract Optional<RiskPointId> point();

    @JsonProperty("post") @LeftOutWhenAbsent abstract Optional<PostId> post();

    @JsonProperty("commitment") @LeftOutWhenAbsent abstract Optional<ServiceCommitmentId> commitment();

    @JsonProperty("owner") abstract OfficialId owner();
  }

  @Explicit
  @JsonPropertyOrder({"verySatisfied", "satisfied", "basicallySatisfied", "dissatisfied", "veryDissatisfied",
      "unknown"})
  abstract static class Counts {
    @JsonCreator
    Counts(
        @JsonProperty(value = "verySatisfied", required = true) int verySatisfied,
        @JsonProperty(value = "satisfied", required = true) int satisfied,
        @JsonProperty(value = "basicallySatisfied", required = true) int basicallySatisfied,
        @JsonProperty(value = "dissatisfied", required = true) int dissatisfied,
        @JsonProperty(value = "veryDissatisfied", required = true) int veryDissatisfied,
        @JsonProperty(value = "unknown", required = true) int unknown) {}

    @JsonProperty("verySatisfied") abstract int verySatisfied();

    @JsonProperty("satisfied") abstract int satisfied();

    @JsonProperty("basicallySatisfied") abstract int basicallySatisfied();

    @JsonProperty("dissatisfied") abstract int dissatisfied();

    @JsonProperty("veryDissatisfied") abstract int veryDissatisfied();

    @JsonProperty("unknown") abstract int unknown();
  }

  @Explicit
  @JsonPropertyOrder({"item", "rating", "text", "contact", "seal", "day", "rectification"})
  abstract static class Comment {
    @JsonCreator
    Comment(
        @JsonProperty(value = "item", required = true) int item,
        @JsonProperty(value = "rating", required = true) AppraisalRating rating,
        @JsonProperty(value = "text", required = true) String text,
        @MayBeAbsent @JsonProperty("contact") Optional<String> contact,
        @JsonProperty(value = "seal", required = true) String seal,
        @JsonProperty(value = "day", required = true) @IsoDate LocalDate day,
        @MayBeAbsent @JsonProperty("rectification") Optional<RectificationItemId> rectification) {}

    @JsonProperty("item") abstract int item();

    @JsonProperty("rating") abstract AppraisalRating rating();

    @JsonProperty("text") abstract String text();

    @JsonProperty("contact") @LeftOutWhenAbsent abstract Optional<String> contact();

    @JsonProperty("seal") abstract String seal();

    @JsonProperty("day") @IsoDate abstract LocalDate day();

    @JsonProperty("rectification") @LeftOutWhenAbsent abstract Optional<RectificationItemId> rectification();
  }

  @Explicit
  @JsonPropertyOrder({"planned", "opened", "analysed", "flagged", "closed"})
  abstract static class AppraisalLifeMixIn {
    @JsonCreator
    AppraisalLifeMixIn(
        @JsonProperty(value = "planned", required = true) @IsoDate LocalDate planned,
        @MayBeAbsent @JsonProperty("opened") Optional<LocalDate> opened,
        @MayBeAbsent @JsonProperty("analysed") Optional<LocalDate> analysed,
        @JsonProperty(value = "flagged", required = true) List<Integer> flagged,
        @MayBeAbsent @JsonProperty("closed") Optional<Remark> closed) {}

    @JsonProperty("planned") @IsoDate abstract LocalDate planned();

    @JsonProperty("opened") @LeftOutWhenAbsent abstract Optional<LocalDate> opened();

    @JsonProperty("analysed") @LeftOutWhenAbsent abstract Optional<LocalDate> analysed();

    @JsonProperty("flagged") abstract List<Integer> flagged();

    @JsonProperty("closed") @LeftOutWhenAbsent abstract Optional<Remark> closed();
  }
}

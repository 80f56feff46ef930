package org.lianfang.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.json.Codecs.IsoDate;
import org.lianfang.json.Codecs.IsoYear;
import org.lianfang.json.MixIns.Explicit;
import org.lianfang.json.MixIns.LeftOutWhenAbsent;
import org.lianfang.json.MixIns.MayBeAbsent;
import org.lianfang.monitoring.CarryOver;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.RectificationLife;
import org.lianfang.monitoring.RectificationOrigin;
import org.lianfang.monitoring.RectificationTerms;
import org.lianfang.monitoring.Remark;
import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningEnd;
import org.lianfang.monitoring.WarningId;
import org.lianfang.monitoring.WarningLevel;
import org.lianfang.monitoring.WarningNotice;
import org.lianfang.monitoring.WarningOrigin;
import org.lianfang.monitoring.WarningReply;
import org.lianfang.monitoring.WarningRound;
import org.lianfang.monitoring.WarningState;
import org.lianfang.monitoring.WarningSubject;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPointId;

/**
 * The mix-ins of the third line: a warning with its subject, notice, rounds (reply, return, verification) and end (P-8,
 * P-18, P-10); a rectification item with its terms and life (P-21); a report with its intake (the reporter and the
 * content in clear, or sealed in an export without clearance, P-11), life and links (P-19); a case under electronic
 * supervision with its terms and life (P-20). Aggregates are read through their public {@code restore} factory and
 * written through their public accessors (see {@link MixIns}).
 */
final class MonitoringMixIns {
  private MonitoringMixIns() {}

  /** The area's mix-ins with the classes they annotate. */
  static final Map<Class<?>, Class<?>> ALL = Map.ofEntries(
      Map.entry(WarningId.class, MixIns.Id.class),
      Map.entry(Warning.class, WarningMixIn.class),
      Map.entry(WarningSubject.class, Subject.class),
      Map.entry(WarningNotice.class, Notice.class),
      Map.entry(WarningRound.class, Round.class),
      Map.entry(Remark.class, RemarkMixIn.class),
      Map.entry(WarningRound.Verification.class, Verification.class),
      Map.entry(WarningReply.class, Reply.class),
      Map.entry(WarningEnd.class, End.class),
      Map.entry(RectificationItemId.class, MixIns.Id.class),
      Map.entry(RectificationItem.class, Item.class),
      Map.entry(RectificationTerms.class, ItemTerms.class),
      Map.entry(RectificationLife.class, ItemLife.class), Map.entry(CarryOver.class, ItemCarryOver.class));

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "subject", "notice", "rounds", "end", "version"})
  abstract static class WarningMixIn {
    @JsonCreator
    static Warning restore(
        @JsonProperty(value = "id", required = true) WarningId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "subject", required = true) WarningSubject subject,
        @JsonProperty(value = "notice", required = true) WarningNotice notice,
        @JsonProperty(value = "rounds", required = true) List<WarningRound> rounds,
        @MayBeAbsent @JsonProperty("end") Optional<WarningEnd> end,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract WarningId id();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("subject") abstract WarningSubject subject();

    @JsonProperty("notice") abstract WarningNotice notice();

    @JsonProperty("rounds") abstract List<WarningRound> rounds();

    @JsonProperty("end") @LeftOutWhenAbsent abstract Optional<WarningEnd> end();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"post", "official", "points"})
  abstract static class Subject {
    @JsonCreator
    Subject(
        @MayBeAbsent @JsonProperty("post") Optional<PostId> post,
        @MayBeAbsent @JsonProperty("official") Optional<OfficialId> official,
        @JsonProperty(value = "points", required = true) List<RiskPointId> points) {}

    @JsonProperty("post") @LeftOutWhenAbsent abstract Optional<PostId> post();

    @JsonProperty("official") @LeftOutWhenAbsent abstract Optional<OfficialId> official();

    @JsonProperty("points") abstract List<RiskPointId> points();
  }

  @Explicit
  @JsonPropertyOrder({"number", "origin", "facts", "requirements", "approver"})
  abstract static class Notice {
    @JsonCreator
    Notice(
        @JsonProperty(value = "number", required = true) String number,
        @JsonProperty(value = "origin", required = true) WarningOrigin origin,
        @JsonProperty(value = "facts", required = true) String facts,
        @JsonProperty(value = "requirements", required = true) String requirements,
        @JsonProperty(value = "approver", required = true) OfficialId approver) {}

    @JsonProperty("number") abstract String number();

    @JsonProperty("origin") abstract WarningOrigin origin();

    @JsonProperty("facts") abstract String facts();

    @JsonProperty("requirements") abstract String requirements();

    @JsonProperty("approver") abstract OfficialId approver();
  }

  @Explicit
  @JsonPropertyOrder({"level", "issued", "replyDue", "acknowledged", "reply", "returned", "accepted", "verifyBy",
      "verification"})
  abstract static class Round {
    @JsonCreator
    Round(
        @JsonProperty(value = "level", required = true) WarningLevel level,
        @JsonProperty(value = "issued", required = true) @IsoDate LocalDate issued,
        @JsonProperty(value = "replyDue", required = true) @IsoDate LocalDate replyDue,
        @MayBeAbsent @JsonProperty("acknowledged") Optional<LocalDate> acknowledged,
        @MayBeAbsent @JsonProperty("reply") Optional<WarningReply> reply,
        @MayBeAbsent @JsonProperty("returned") Optional<Remark> returned,
        @MayBeAbsent @JsonProperty("accepted") Optional<LocalDate> accepted,
        @MayBeAbsent @JsonProperty("verifyBy") Optional<LocalDate> verifyBy,
        @MayBeAbsent @JsonProperty("verification") Optional<WarningRound.Verification> verification) {}

    @JsonProperty("level") abstract WarningLevel level();

    @JsonProperty("issued") @IsoDate abstract LocalDate issued();

    @JsonProperty("replyDue") @IsoDate abstract LocalDate replyDue();

    @JsonProperty("acknowledged") @LeftOutWhenAbsent abstract Optional<LocalDate> acknowledged();

    @JsonProperty("reply") @LeftOutWhenAbsent abstract Optional<WarningReply> reply();

    @JsonProperty("returned") @LeftOutWhenAbsent abstract Optional<Remark> returned();

    @JsonProperty("accepted") @LeftOutWhenAbsent abstract Optional<LocalDate> accepted();

    @JsonProperty("verifyBy") @LeftOutWhenAbsent abstract Optional<LocalDate> verifyBy();

    @JsonProperty("verification") @LeftOutWhenAbsent abstract Optional<WarningRound.Verification> verification();
  }

  @Explicit
  @JsonPropertyOrder({"day", "text"})
  abstract static class RemarkMixIn {
    @JsonCreator
    RemarkMixIn(
        @JsonProperty(value = "day", required = true) @IsoDate LocalDate day,
        @JsonProperty(value = "text", required = true) String text) {}

    @JsonProperty("day") @IsoDate abstract LocalDate day();

    @JsonProperty("text") abstract String text();
  }

  @Explicit
  @JsonPropertyOrder({"day", "passed", "note"})
  abstract static class Verification {
    @JsonCreator
    Verification(
        @JsonProperty(value = "day", required = true) @IsoDate LocalDate day,
        @JsonProperty(value = "passed", required = true) boolean passed,
        @JsonProperty(value = "note", required = true) String note) {}

    @JsonProperty("day") @IsoDate abstract LocalDate day();

    @JsonProperty("passed") abstract boolean passed();

    @JsonProperty("note") abstract String note();
  }

  @Explicit
  @JsonPropertyOrder({"day", "selfAnalysis", "pledge", "plan"})
  abstract static class Reply {
    @JsonCreator
    Reply(
        @JsonProperty(value = "day", required = true) @IsoDate LocalDate day,
        @JsonProperty(value = "selfAnalysis", required = true) String selfAnalysis,
        @JsonProperty(value = "pledge", required = true) String pledge,
        @JsonProperty(value = "plan", required = true) String plan) {}

    @JsonProperty("day") @IsoDate abstract LocalDate day();

    @JsonProperty("selfAnalysis") abstract String selfAnalysis();

    @JsonProperty("pledge") abstract String pledge();

    @JsonProperty("plan") abstract String plan();
  }

  @Explicit
  @JsonPropertyOrder({"state", "day", "reason"})
  abstract static class End {
    @JsonCreator
    End(
        @JsonProperty(value = "state", required = true) WarningState state,
        @JsonProperty(value = "day", required = true) @IsoDate LocalDate day,
        @MayBeAbsent @JsonProperty("reason") Optional<String> reason) {}

    @JsonProperty("state") abstract WarningState state();

    @JsonProperty("day") @IsoDate abstract LocalDate day();

    @JsonProperty("reason") @LeftOutWhenAbsent abstract Optional<String> reason();
  }

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "terms", "opened", "life", "carried", "version"})
  abstract static class Item {
    @JsonCreator
    static RectificationItem restore(
        @JsonProperty(value = "id", required = true) RectificationItemId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "terms", required = true) RectificationTerms terms,
        @JsonProperty(value = "opened", required = true) @IsoDate LocalDate opened,
        @JsonProperty(value = "life", required = true) RectificationLife life,
        @MayBeAbsent @JsonProperty("carried") Optional<CarryOver> carried,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract RectificationItemId id();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("terms") abstract RectificationTerms terms();

    @JsonProperty("opened") @IsoDate abstract LocalDate opened();

    @JsonProperty("life") abstract RectificationLife life();

    @JsonProperty("carried") @LeftOutWhenAbsent abstract Optional<CarryOver> carried();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"from", "reason", "previousDue", "day"})
  abstract static class ItemCarryOver {
    @JsonCreator
    ItemCarryOver(
        @JsonProperty(value = "from", required = true) @IsoYear Year from,
        @JsonProperty(value = "reason", required = true) String reason,
        @JsonProperty(value = "previousDue", required = true) @IsoDate LocalDate previousDue,
        @JsonProperty(value = "day", required = true) @IsoDate LocalDate day) {}

    @JsonProperty("from") @IsoYear abstract Year from();

    @JsonProperty("reason") abstract String reason();

    @JsonProperty("previousDue") @IsoDate abstract LocalDate previousDue();

    @JsonProperty("day") @IsoDate abstract LocalDate day();
  }

  @Explicit
  @JsonPropertyOrder({"origin", "warning", "problem", "target", "measures", "owner", "due", "points"})
  abstract static class ItemTerms {
    @JsonCreator
    ItemTerms(
        @JsonProperty(value = "origin", required = true) RectificationOrigin origin,
        @MayBeAbsent @JsonProperty("warning") Optional<WarningId> warning,
        @JsonProperty(value = "problem", required = true) String problem,
        @JsonProperty(value = "target", required = true) String target,
        @JsonProperty(value = "measures", required = true) String measures,
        @JsonProperty(value = "owner", required = true) OfficialId owner,
        @JsonProperty(value = "due", required = true) @IsoDate LocalDate due,
        @JsonProperty(value = "points", required = true) List<RiskPointId> points) {}

    @JsonProperty("origin") abstract RectificationOrigin origin();

    @JsonProperty("warning") @LeftOutWhenAbsent abstract Optional<WarningId> warning();

    @JsonProperty("problem") abstract String problem();

    @JsonProperty("target") abstract String target();

    @JsonProperty("measures") abstract String measures();

    @JsonProperty("owner") abstract OfficialId owner();

    @JsonProperty("due") @IsoDate abstract LocalDate due();

    @JsonProperty("points") abstract List<RiskPointId> points();
  }

  @Explicit
  @JsonPropertyOrder({"started", "submission", "rejected", "verified", "closed"})
  abstract static class ItemLife {
    @JsonCreator
    ItemLife(
        @MayBeAbsent @JsonProperty("started") Optional<LocalDate> started,
        @MayBeAbsent @JsonProperty("submission") Optional<Remark> submission,
        @MayBeAbsent @JsonProperty("rejected") Optional<Remark> rejected,
        @MayBeAbsent @JsonProperty("verified") Optional<Remark> verified,
        @MayBeAbsent @JsonProperty("closed") Optional<LocalDate> closed) {}

    @JsonProperty("started") @LeftOutWhenAbsent abstract Optional<LocalDate> started();

    @JsonProperty("submission") @LeftOutWhenAbsent abstract Optional<Remark> submission();

    @JsonProperty("rejected") @LeftOutWhenAbsent abstract Optional<Remark> rejected();

    @JsonProperty("verified") @LeftOutWhenAbsent abstract Optional<Remark> verified();

    @JsonProperty("closed") @LeftOutWhenAbsent abstract Optional<LocalDate> closed();
  }
}

package org.lianfang.application.monitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lianfang.Limits;
import org.lianfang.UnitId;
import org.lianfang.monitoring.ReportChannel;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPointId;

/**
 * Logs a report (检举控告 / 信访, P-19) concerning a unit, as the discipline body received it. The reporter's name and
 * contact and the content are confidential (P-11): this record's {@link #toString()} shows none of them, and a refusal
 * names the field, never its value.
 *
 * @param unit the unit it concerns
 * @param channel where it came in
 * @param received the day it was received, today or earlier
 * @param post one of the unit's posts, if it concerns a post
 * @param official an official of the unit (or a unit above it, P-1), if it concerns a person
 * @param points risk points of the unit it names, not retired, each once; may be empty
 * @param content what it says
 * @param reporterName the reporter's name for a real-name report (实名举报); empty for an anonymous one
 * @param reporterContact how to reach the reporter: given exactly when the name is
 */
public record ReceiveReport(
    @NotNull UnitId unit,
    @NotNull ReportChannel channel,
    @NotNull LocalDate received,
    @NotNull Optional<PostId> post,
    @NotNull Optional<OfficialId> official,
    @NotNull @Size(max = Limits.ITEMS) List<@NotNull RiskPointId> points,
    @NotBlank @Size(max = Limits.TEXT) String content,
    @NotNull Optional<@Size(min = 1, max = Limits.NAME) @Pattern(regexp = Limits.NOT_BLANK,
        message = Limits.NOT_BLANK_MESSAGE) String> reporterName,
    @NotNull Optional<@Size(min = 1, max = Limits.NAME) @Pattern(regexp = Limits.NOT_BLANK,
        message = Limits.NOT_BLANK_MESSAGE) String> reporterContact) {
  /**
   * @param unit the unit it concerns
   * @param channel where it came in
   * @param received the day it was received
   * @param content what it says
   * @return an anonymous report concerning the unit as a whole
   */
  public static ReceiveReport anonymous(UnitId unit, ReportChannel channel, LocalDate received, String content) {
    return new ReceiveReport(unit, channel, received, Optional.empty(), Optional.empty(), List.of(), content,
        Optional.empty(), Optional.empty());
  }

  /**
   * @param name the reporter's name
   * @param contact how to reach them
   * @return this report, made in the reporter's name
   */
  public ReceiveReport byName(String name, String contact) {
    return new ReceiveReport(unit, channel, received, post, official, points, content, Optional.of(name),
        Optional.of(contact));
  }

  /**
   * @param post the post
   * @param official the official
   * @param concerned the risk points
   * @return this report, concerning them
   */
  public ReceiveReport concerning(Optional<PostId> post, Optional<OfficialId> official,
      List<RiskPointId> concerned) {
    return new ReceiveReport(unit, channel, received, post, official, concerned, content, reporterName,
        reporterContact);
  }

  /** @return the unit, the channel, the day and whether it is a real-name report: never the content or the reporter */
  @Override
  public String toString() {
    return "ReceiveReport[" + unit + " " + channel + " " + received
        + (reporterName != null && reporterName.isPresent() ? " real-name" : " anonymous") + "]";
  }
}

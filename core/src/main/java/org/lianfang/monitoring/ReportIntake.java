package org.lianfang.monitoring;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;
import org.lianfang.risk.NoticeComment;

/**
 * What a report (检举控告 / 信访, P-19) brought, as it was logged: the channel, the day it was received, whom it concerns
 * in its unit, what it says and who made it, if they gave their name. The content and the reporter are confidential
 * (P-11, P-19): kept with the report in clear beside a random seal, so that the journal's digest of the record cannot
 * be used to try every suspect as the reporter, and hidden, seal and all, from readers without clearance, with whom it
 * concerns ({@link #sealed()}). That the subject's post, official and points are the unit's is for the caller to check.
 * Immutable and thread-safe.
 *
 * @param channel where it came in (举报箱, 举报电话, …)
 * @param received the day it was received
 * @param subject whom it concerns in its unit: the unit as a whole, a post, an official, risk points
 * @param content what it says
 * @param reporter who made it, for a real-name report; empty for an anonymous one
 * @param seal 128 random bits in lower-case hex, drawn when it is logged; empty only in the sealed form
 */
public record ReportIntake(ReportChannel channel, LocalDate received, WarningSubject subject, String content,
    Optional<Reporter> reporter, String seal) implements Archivable {
  private static final WarningSubject UNNAMED = new WarningSubject(Optional.empty(), Optional.empty(),
      java.util.List.of());

  /** @throws NullPointerException if a part is null */
  public ReportIntake {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(reporter, "reporter");
    Objects.requireNonNull(seal, "seal");
  }

  /** @return whether the reporter gave their name, and so is owed the acceptance and the result (P-19) */
  public boolean realName() {
    return reporter.isPresent();
  }

  /**
   * @return the intake as readers without clearance see it (P-11, P-19): the content, the reporter and the seal hidden,
   *     and whom it concerns left out, so that a reader of the unit's ledger learns that a report came in, never who
   *     was reported, by whom or for what
   */
  public ReportIntake sealed() {
    return new ReportIntake(channel, received, UNNAMED, NoticeComment.SEALED, reporter.map(r -> Reporter.SEALED),
        "");
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("channel", channel).put("received", received).put("subject", subject)
        .put("content", content).put("reporter", reporter).put("seal", seal).build();
  }

  /** @return the channel, the day and whether it is a real-name report: never the content or the reporter (P-11) */
  @Override
  public String toString() {
    return "ReportIntake[" + channel.code() + " " + received + (realName() ? " real-name" : " anonymous") + "]";
  }
}

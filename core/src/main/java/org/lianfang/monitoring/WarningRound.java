package org.lianfang.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;

/**
 * One round of a warning at one level (P-8, P-18): issued with a reply deadline, acknowledged, replied to (a reply
 * returned is redone), accepted for supervision until a verification deadline, and verified. A failed verification
 * ends the round and the warning goes on in a new round one level up. Consistent by construction: each part needs the
 * ones before it, and the days never go back. Immutable and thread-safe.
 *
 * @param level the level of this round
 * @param issued the day the notice was issued, or issued again one level up
 * @param replyDue the last day for the reply, from the {@link WarningPolicy}
 * @param acknowledged the day the subject acknowledged it (签收), once it did
 * @param reply the latest reply, once there is one
 * @param returned why and when the latest reply was returned (退回), while it is to be redone
 * @param accepted the day the reply was accepted for supervision (跟踪督办), once it was
 * @param verifyBy the last day for the verification, set when the reply is accepted
 * @param verification the verification, once done
 */
public record WarningRound(WarningLevel level, LocalDate issued, LocalDate replyDue, Optional<LocalDate> acknowledged,
    Optional<WarningReply> reply, Optional<Remark> returned, Optional<LocalDate> accepted,
    Optional<LocalDate> verifyBy, Optional<Verification> verification) implements Archivable {

  /**
   * A verification of the rectification (验证).
   *
   * @param day the day
   * @param passed whether it passed
   * @param note what was found
   */
  public record Verification(LocalDate day, boolean passed, String note) implements Archivable {
    /** @throws NullPointerException if a part is null */
    public Verification {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(note, "note");
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("day", day).put("passed", passed).put("note", note).build();
    }
  }

  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a part is there without the ones it needs, or the days go back
   */
  public WarningRound {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(issued, "issued");
    Objects.requireNonNull(replyDue, "replyDue");
    Objects.requireNonNull(acknowledged, "acknowledged");
    Objects.requireNonNull(reply, "reply");
    Objects.requireNonNull(returned, "returned");
    Objects.requireNonNull(accepted, "accepted");
    Objects.requireNonNull(verifyBy, "verifyBy");
    Objects.requireNonNull(verification, "verification");
    boolean fits = (reply.isEmpty() || acknowledged.isPresent())
        && (returned.isEmpty() || reply.isPresent())
        && (accepted.isEmpty() || reply.isPresent() && returned.isEmpty())
        && accepted.isPresent() == verifyBy.isPresent()
        && (verification.isEmpty() || accepted.isPresent());
    if (!fits) {
      throw new IllegalArgumentException("a warning round's parts come in order: acknowledged, replied, accepted, "
          + "verified");
    }
    if (replyDue.isBefore(issued) || verifyBy.isPresent() && verifyBy.get().isBefore(accepted.get())) {
      throw new IllegalArgumentException("a deadline comes on or after the day it is set");
    }
    List<LocalDate> days = new ArrayList<>(List.of(issued));
    acknowledged.ifPresent(days::add);
    reply.map(WarningReply::day).ifPresent(days::add);
    returned.map(Remark::day).ifPresent(days::add);
    accepted.ifPresent(days::add);
    verification.map(Verification::day).ifPresent(days::add);
    for (int i = 1; i < days.size(); i++) {
      if (days.get(i).isBefore(days.get(i - 1))) {
        throw new IllegalArgumentException("a warning's steps never go back in time");
      }
    }
  }

  /**
   * @param level the level
   * @param issued the day it is issued
   * @param replyDue the last day for the reply
   * @return a round just issued
   */
  public static WarningRound issued(WarningLevel level, LocalDate issued, LocalDate replyDue) {
    return new WarningRound(level, issued, replyDue, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** @return where this round is: derived from what it holds, never stored apart from it */
  public WarningState state() {
    if (verification.isPresent()) {
      return verification.get().passed() ? WarningState.VERIFIED : WarningState.ISSUED;
    }
    if (accepted.isPresent()) {
      return WarningState.UNDER_SUPERVISION;
    }
    if (reply.isPresent() && returned.isEmpty()) {
      return WarningState.REPLIED;
    }
    return acknowledged.isPresent() ? WarningState.READ : WarningState.ISSUED;
  }

  /** @return whether its verification failed: the round is over and the warning went one level up */
  public boolean failed() {
    return verification.map(v -> !v.passed()).orElse(false);
  }

  /** @return the day of the last step taken in the round */
  public LocalDate lastDay() {
    return verification.map(Verification::day).or(() -> accepted).or(() -> returned.map(Remark::day))
        .or(() -> reply.map(WarningReply::day)).or(() -> acknowledged).orElse(issued);
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("level", level).put("issued", issued).put("replyDue", replyDue)
        .put("acknowledged", acknowledged).put("reply", reply).put("returned", returned).put("accepted", accepted)
        .put("verifyBy", verifyBy).put("verification", verification).build();
  }
}

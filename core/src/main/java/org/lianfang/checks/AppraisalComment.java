package org.lianfang.checks;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.risk.NoticeComment;

/**
 * What a respondent wrote of one item of a public appraisal (P-25), anonymous: any contact they left for the reply is
 * sealed (P-11), kept in clear beside a random seal for those cleared to read sealed identities and never in the
 * journal, a notification, an export without clearance or {@link #toString()}. A dissatisfied comment names the
 * rectification item it opened. Immutable and thread-safe.
 *
 * @param item the item's position in the round, from 0
 * @param rating the rating given with it
 * @param text what they wrote
 * @param contact how to reach them with the reply, if they left one
 * @param seal 128 random bits in lower-case hex, drawn when a contact is recorded; empty without a contact and in the
 *     sealed form
 * @param day the day it was recorded
 * @param rectification the rectification item it opened: present exactly when the rating is dissatisfied
 */
public record AppraisalComment(int item, AppraisalRating rating, String text, Optional<String> contact, String seal,
    LocalDate day, Optional<RectificationItemId> rectification) implements Archivable {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the position is negative or the item is not there exactly when dissatisfied
   */
  public AppraisalComment {
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(seal, "seal");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(rectification, "rectification");
    if (item < 0 || rating.dissatisfied() != rectification.isPresent()) {
      throw new IllegalArgumentException("a comment names an item, and its rectification exactly when dissatisfied");
    }
  }

  /** @return it as readers without clearance see it (P-11): a contact, if any, and the seal hidden */
  public AppraisalComment sealed() {
    return new AppraisalComment(item, rating, text, contact.map(c -> NoticeComment.SEALED), "", day, rectification);
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("item", item).put("rating", rating).put("text", text).put("contact", contact)
        .put("seal", Optional.of(seal).filter(s -> !s.isEmpty())).put("day", day)
        .put("rectification", rectification).build();
  }

  /** @return never the contact or the seal (P-11) */
  @Override
  public String toString() {
    return "AppraisalComment[item " + item + " " + rating.code() + (contact.isPresent() ? " contact sealed" : "")
        + "]";
  }
}

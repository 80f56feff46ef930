package org.lianfang.risk;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment received while a risk point was published (公示). The author's id is internal: it never reaches a public
 * notice (P-11). Immutable and thread-safe.
 *
 * @param authorId the actor who commented
 * @param text the comment
 * @param receivedAt when it was received
 * @param seal 128 random bits in lower-case hex, given when the comment is received and kept with it: the journal's
 *     digest of the point covers the author and this seal together, so nobody who reads the digest but not the seal
 *     can find the author by trying every official (P-11; issue 10, finding 2); empty in the form readers without
 *     clearance see
 */
public record NoticeComment(String authorId, String text, Instant receivedAt, String seal) {
  /** What a sealed author id reads to those without clearance. */
  public static final String SEALED = "（已隐去）";

  /** @throws NullPointerException if a part is null */
  public NoticeComment {
    Objects.requireNonNull(authorId, "authorId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(seal, "seal");
  }

  /** @return the comment as readers without clearance see it: its author and seal hidden (P-11) */
  public NoticeComment sealed() {
    return new NoticeComment(SEALED, text, receivedAt, "");
  }

  /**
   * @return the comment with its author sealed: a comment, or a notice that holds it, printed into a log or an
   *     exception's message does not name who commented (P-11; issue 10, finding 10)
   */
  @Override
  public String toString() {
    return "NoticeComment[authorId=" + SEALED + ", text=" + text + ", receivedAt=" + receivedAt + "]";
  }
}

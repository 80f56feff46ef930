package org.lianfang.monitoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import org.lianfang.UnitId;

/**
 * Something a person must hear about (a warning issued, a reply due, a rectification overdue): who, what, why and
 * where to look, in Chinese and English (ARCHITECTURE.md decision 4). It never carries a sealed identity (P-11): the
 * library builds its text from records that hold none, never from a report's reporter. Immutable and thread-safe.
 *
 * @param idempotencyKey stable across retries: a sender delivers each key once
 * @param unitId the unit concerned
 * @param recipient whom to tell, as {@link Recipients} names them: an official by id, or a group of a unit the host
 *     resolves (its leaders, its discipline body)
 * @param kind a stable code for the kind of notification, the journal's event type for one an event raised
 *     ({@code warning.issued}), or the tick's ({@code warning.reply-due})
 * @param link a key to the record concerned, for the host's link to its page: {@code warning/<id>}, …
 * @param subjectZh the subject in Chinese
 * @param subjectEn the subject in English
 * @param bodyZh why, in Chinese
 * @param bodyEn why, in English
 * @param createdAt when the library raised it
 */
public record Notification(
    String idempotencyKey, UnitId unitId, String recipient, String kind, String link, String subjectZh,
    String subjectEn, String bodyZh, String bodyEn, Instant createdAt) {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the key, recipient, kind or link is blank
   */
  public Notification {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(subjectZh, "subjectZh");
    Objects.requireNonNull(subjectEn, "subjectEn");
    Objects.requireNonNull(bodyZh, "bodyZh");
    Objects.requireNonNull(bodyEn, "bodyEn");
    Objects.requireNonNull(createdAt, "createdAt");
    checkArgument(!idempotencyKey.isBlank(), "idempotency key must not be blank");
    checkArgument(!recipient.isBlank(), "recipient must not be blank");
    checkArgument(!kind.isBlank(), "kind must not be blank");
    checkArgument(!link.isBlank(), "link must not be blank");
  }
}

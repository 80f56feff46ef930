package org.lianfang.monitoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import org.lianfang.UnitId;

/**
 * Something a person must hear about (a notice period ending, a check due, a warning issued). Immutable and
 * thread-safe.
 *
 * @param idempotencyKey stable across retries: a sender delivers each key once
 * @param unitId the unit concerned
 * @param recipient the host's id of the person or group to tell
 * @param kind a stable code for the kind of notification
 * @param subject a short subject
 * @param body the text
 * @param createdAt when the library raised it
 */
public record Notification(
    String idempotencyKey, UnitId unitId, String recipient, String kind, String subject, String body,
    Instant createdAt) {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the key or recipient is blank
   */
  public Notification {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(createdAt, "createdAt");
    checkArgument(!idempotencyKey.isBlank(), "idempotency key must not be blank");
    checkArgument(!recipient.isBlank(), "recipient must not be blank");
  }
}

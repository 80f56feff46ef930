package org.lianfang.control;

import java.time.LocalDate;
import java.util.Objects;
import org.lianfang.organization.PowerItemId;

/**
 * A power item as published (P-16): the item's code and name as stored now beside what its disclosure publishes, and
 * whether the item has changed since (P-3: stale until published again). Immutable and thread-safe.
 *
 * @param disclosure the disclosure
 * @param powerItem the item
 * @param code the item's code
 * @param name the item's name
 * @param content what is published, where and when
 * @param published the day it was last published
 * @param stale whether the item has changed since
 */
public record PublishedPower(PowerDisclosureId disclosure, PowerItemId powerItem, String code, String name,
    DisclosureContent content, LocalDate published, boolean stale) {
  /** @throws NullPointerException if a part is null */
  public PublishedPower {
    Objects.requireNonNull(disclosure, "disclosure");
    Objects.requireNonNull(powerItem, "powerItem");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(published, "published");
  }
}

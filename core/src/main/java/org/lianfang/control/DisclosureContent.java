package org.lianfang.control;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;

/**
 * What a power disclosure publishes, where and when (P-16). Immutable and thread-safe.
 *
 * @param fields the published fields, each with its text, in {@link DisclosureField} order; one or more
 * @param channels where it is published, one or more
 * @param from the first day it is published
 * @param until the last day, if the period is bounded
 */
public record DisclosureContent(Map<DisclosureField, String> fields, Set<DisclosureChannel> channels, LocalDate from,
    Optional<LocalDate> until) implements Archivable {
  /**
   * An 18-digit resident identity number (公民身份号码, GB 11643), which is private wherever it appears.
   */
  private static final Pattern IDENTITY_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
  /** A mainland mobile number: a person's, not an office's, unless published as the complaint line. */
  private static final Pattern MOBILE_NUMBER = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if there is no field or channel, or the period ends before it starts
   */
  public DisclosureContent {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (fields.isEmpty() || channels.isEmpty()) {
      throw new IllegalArgumentException("a disclosure publishes one or more fields on one or more channels");
    }
    fields.values().forEach(v -> Objects.requireNonNull(v, "a field's text"));
    fields = Collections.unmodifiableMap(new EnumMap<>(fields));
    channels = Collections.unmodifiableSet(EnumSet.copyOf(channels));
    if (until.map(u -> u.isBefore(from)).orElse(false)) {
      throw new IllegalArgumentException("a disclosure's period ends on or after its first day");
    }
  }

  /**
   * The privacy rule (P-16: private content is never published) as far as text can show it [G]: a resident identity
   * number in any field, or a mobile number in any field but the complaint line, is a person's private data.
   *
   * @return the first field that holds private data, if any
   */
  public Optional<DisclosureField> privateData() {
    for (Map.Entry<DisclosureField, String> e : fields.entrySet()) {
      if (IDENTITY_NUMBER.matcher(e.getValue()).find()
          || e.getKey() != DisclosureField.COMPLAINT_PHONE && MOBILE_NUMBER.matcher(e.getValue()).find()) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** @param day a day @return whether the period covers it */
  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && until.map(u -> !day.isAfter(u)).orElse(true);
  }

  @Override
  public ArchiveObject toArchive() {
    Map<String, Object> byCode = new java.util.LinkedHashMap<>();
    fields.forEach((f, v) -> byCode.put(f.code(), v));
    return ArchiveObject.builder()
        .put("fields", byCode)
        .put("channels", channels.stream().toList())
        .put("from", from)
        .put("until", until)
        .build();
  }
}

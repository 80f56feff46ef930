package org.lianfang.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPointId;

/**
 * What an education activity was (P-15): the columns of an education register. The lecturer is named as text, as
 * the sign-in sheet names an outside speaker, and also by id when an official of the unit or above gave it (a
 * principal leader's 党课 is known by that id). Immutable and thread-safe.
 *
 * @param form the form (专题培训, 警示教育, 任职廉政谈话, …)
 * @param held the day it was held
 * @param topic 主题
 * @param lecturer 主讲人 (or who gave the talk, who signed the letter), as named
 * @param lecturerId the lecturer's id, when an official of the unit or a unit above
 * @param attendees the officials who attended (参加人员), each once, in sign-in order; one or more
 * @param hours 学时, positive, at most one decimal place
 * @param posts the unit's posts it was aimed at, each once, in order
 * @param points the unit's risk points it was aimed at, each once, in order
 * @param evidence where its proof is kept (sign-in sheet, slides, photos), in order
 */
public record EducationContent(EducationForm form, LocalDate held, String topic, String lecturer,
    Optional<OfficialId> lecturerId, List<OfficialId> attendees, BigDecimal hours, List<PostId> posts,
    List<RiskPointId> points, List<EvidenceRef> evidence) implements Archivable {
  /** The most hours one activity counts for: a fortnight's full-time course [G]. */
  public static final BigDecimal MAX_HOURS = new BigDecimal("999.9");

  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if there is no attendee, one is listed twice, a post or point is listed twice,
   *     or the hours are not positive, above {@link #MAX_HOURS} or finer than a tenth
   */
  public EducationContent {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(held, "held");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(lecturer, "lecturer");
    Objects.requireNonNull(lecturerId, "lecturerId");
    Objects.requireNonNull(hours, "hours");
    attendees = List.copyOf(attendees);
    posts = List.copyOf(posts);
    points = List.copyOf(points);
    evidence = List.copyOf(evidence);
    if (attendees.isEmpty() || !distinct(attendees) || !distinct(posts) || !distinct(points)) {
      throw new IllegalArgumentException("one or more attendees, and attendees, posts and points each listed once");
    }
    if (!validHours(hours)) {
      throw new IllegalArgumentException("hours must be positive, at most " + MAX_HOURS + ", in tenths: " + hours);
    }
  }

  /**
   * @param hours a number of hours
   * @return whether an activity may count it: positive, at most 999.9, written with at most one decimal place (as the
   *     command's {@code @Digits} asks, so every store keeps it in five characters)
   */
  public static boolean validHours(BigDecimal hours) {
    return hours.signum() > 0 && hours.compareTo(MAX_HOURS) <= 0 && hours.scale() <= 1;
  }

  private static boolean distinct(List<?> items) {
    return new LinkedHashSet<>(items).size() == items.size();
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder()
        .put("form", form)
        .put("held", held)
        .put("topic", topic)
        .put("lecturer", lecturer)
        .put("lecturerId", lecturerId)
        .put("attendees", attendees)
        .put("hours", hours)
        .put("posts", posts)
        .put("points", points)
        .put("evidence", evidence)
        .build();
  }
}

package org.lianfang.risk;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the public may see of a published (公示) or confirmed risk point (S-5, S-6, P-11): no comments, no commenter,
 * no owner or holder names, no custom fields. Immutable and thread-safe.
 *
 * @param code the point's code
 * @param unitName the unit
 * @param postName the post, or 部门风险
 * @param category the category
 * @param description the risk point
 * @param manifestation how it shows
 * @param gradeLabel the grade as published
 * @param noticeAudience to whom the notice was shown (issue 10, finding 11)
 * @param noticeScope where it was published
 * @param noticeStart the first day of the notice
 * @param noticeEnd the first day after the notice
 * @param confirmed whether it has been confirmed (集体定)
 */
public record PublishedRisk(
    String code, String unitName, String postName, RiskCategory category, String description, String manifestation,
    String gradeLabel, NoticeAudience noticeAudience, String noticeScope, LocalDate noticeStart, LocalDate noticeEnd,
    boolean confirmed) {
  /** @throws NullPointerException if a part is null */
  public PublishedRisk {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(postName, "postName");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(manifestation, "manifestation");
    Objects.requireNonNull(gradeLabel, "gradeLabel");
    Objects.requireNonNull(noticeAudience, "noticeAudience");
    Objects.requireNonNull(noticeScope, "noticeScope");
    Objects.requireNonNull(noticeStart, "noticeStart");
    Objects.requireNonNull(noticeEnd, "noticeEnd");
  }
}

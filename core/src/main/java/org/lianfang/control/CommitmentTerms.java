package org.lianfang.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;

/**
 * What a service commitment promises (服务承诺, P-17): on which dimension, what, to which measurable target, within
 * which time limit, who holds it, and for which period. Immutable and thread-safe.
 *
 * @param dimension 范围 / 标准 / 态度 / 时限 / 质量
 * @param content 承诺内容
 * @param target the measurable target it is judged by (say 即办件当场办结，承诺件 5 个工作日内办结)
 * @param timeLimitDays the time limit promised for each case, in working days (限时办结), if the commitment has one
 * @param holder the official who holds it (承诺人)
 * @param post the post it is made on, if it is a post's
 * @param from the first day it covers
 * @param until the last day it covers, when it is judged (评诺)
 */
public record CommitmentTerms(CommitmentDimension dimension, String content, String target,
    Optional<Integer> timeLimitDays, OfficialId holder, Optional<PostId> post, LocalDate from, LocalDate until)
    implements Archivable {
  /** The longest time limit a commitment may promise, in working days: a year's [G]. */
  public static final int MAX_TIME_LIMIT_DAYS = 250;

  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the period ends before it begins or the time limit is out of range
   */
  public CommitmentTerms {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(timeLimitDays, "timeLimitDays");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException("a commitment's period ends on or after its first day");
    }
    if (timeLimitDays.map(d -> d < 1 || d > MAX_TIME_LIMIT_DAYS).orElse(false)) {
      throw new IllegalArgumentException("a time limit is 1 to " + MAX_TIME_LIMIT_DAYS + " working days");
    }
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder()
        .put("dimension", dimension)
        .put("content", content)
        .put("target", target)
        .put("timeLimitDays", timeLimitDays.map(Long::valueOf))
        .put("holder", holder)
        .put("post", post)
        .put("from", from)
        .put("until", until)
        .build();
  }
}

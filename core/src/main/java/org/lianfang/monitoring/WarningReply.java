package org.lianfang.monitoring;

import java.time.LocalDate;
import java.util.Objects;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;

/**
 * The subject's reply to a warning (P-8, P-18): a self-analysis (剖析材料), a pledge (承诺) and a rectification plan
 * (整改措施). Immutable and thread-safe.
 *
 * @param day the day it was given
 * @param selfAnalysis the self-analysis
 * @param pledge the pledge
 * @param plan the rectification plan
 */
public record WarningReply(LocalDate day, String selfAnalysis, String pledge, String plan) implements Archivable {
  /** @throws NullPointerException if a part is null */
  public WarningReply {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(selfAnalysis, "selfAnalysis");
    Objects.requireNonNull(pledge, "pledge");
    Objects.requireNonNull(plan, "plan");
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("day", day).put("selfAnalysis", selfAnalysis).put("pledge", pledge)
        .put("plan", plan).build();
  }
}

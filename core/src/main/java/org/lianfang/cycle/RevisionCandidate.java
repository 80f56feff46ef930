package org.lianfang.cycle;

import java.util.Objects;
import java.util.Optional;
import org.lianfang.Coded;
import org.lianfang.risk.RiskPointId;

/**
 * A finding the year's revision should weigh (S-12, P-3, P-25, P-26): a risk point made stale by a change of duties,
 * a post or a process; a public appraisal item flagged for revision; a report linked to a risk point; a rectification
 * item still unresolved, carried into the year or open. A candidate changes nothing by itself: the unit decides, and
 * what it changes is in the revision's diff. Immutable and thread-safe.
 *
 * @param source where it comes from
 * @param reference the id of the record it comes from
 * @param point the risk point it bears on, if any
 * @param reason what it says, in Chinese (a report's content stays sealed: only that it bears on the point)
 */
public record RevisionCandidate(Source source, String reference, Optional<RiskPointId> point, String reason) {
  /** @throws NullPointerException if a part is null */
  public RevisionCandidate {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(point, "point");
    Objects.requireNonNull(reason, "reason");
  }

  /** Where a candidate comes from, in the order the revision lists them. */
  public enum Source implements Coded {
    /** a point stale since its post, power item or process changed (P-3) */
    STALE_POINT("stale-point", "职责流程变化"),
    /** a public appraisal item flagged for revision (P-25) */
    APPRAISAL("appraisal", "群众评议"),
    /** a report linked to a risk point in its triage (P-19, S-9) */
    REPORT("report", "信访举报"),
    /** a rectification item not closed: unresolved problems go into the next loop (S-12, P-21) */
    ITEM("item", "未完成整改");

    private final String code;
    private final String chinese;

    Source(String code, String chinese) {
      this.code = code;
      this.chinese = chinese;
    }

    @Override
    public String code() {
      return code;
    }

    /** @return its name in the revision's report */
    public String chinese() {
      return chinese;
    }
  }
}

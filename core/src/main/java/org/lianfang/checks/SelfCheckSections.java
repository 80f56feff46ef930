package org.lianfang.checks;

import java.util.Objects;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;

/**
 * What a half-year self-check says in its own words (P-23; 界首's report, the last two [G]). Immutable and
 * thread-safe.
 *
 * @param effect whether the measures were targeted and effective (防控措施的针对性和实效)
 * @param selfDiscipline the officials' self-discipline and performance of their duties (廉洁自律和履职)
 * @param ruleGaps weak points in the rules (制度漏洞)
 * @param fixes what was rectified since the last report (上期整改)
 * @param nextSteps what comes next (下步打算)
 */
public record SelfCheckSections(String effect, String selfDiscipline, String ruleGaps, String fixes,
    String nextSteps) implements Archivable {
  /** @throws NullPointerException if a part is null */
  public SelfCheckSections {
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(selfDiscipline, "selfDiscipline");
    Objects.requireNonNull(ruleGaps, "ruleGaps");
    Objects.requireNonNull(fixes, "fixes");
    Objects.requireNonNull(nextSteps, "nextSteps");
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("effect", effect).put("selfDiscipline", selfDiscipline)
        .put("ruleGaps", ruleGaps).put("fixes", fixes).put("nextSteps", nextSteps).build();
  }
}

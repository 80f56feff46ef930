package org.lianfang.evaluation;

import java.util.Objects;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;

/**
 * One item of an evaluation policy's table (考核项目, P-24): its stable code, its name and its weight, the most it
 * scores. Immutable and thread-safe.
 *
 * @param code its stable code, e.g. {@code implementation}
 * @param chinese its name, e.g. 措施落实
 * @param weight the most it scores, 1 to 100
 */
public record EvaluationItem(String code, String chinese, int weight) implements Archivable {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the weight is out of range
   */
  public EvaluationItem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(chinese, "chinese");
    if (weight < 1 || weight > 100) {
      throw new IllegalArgumentException("an item weighs 1 to 100");
    }
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("code", code).put("chinese", chinese).put("weight", weight).build();
  }
}

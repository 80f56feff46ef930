package org.lianfang.control;

import java.math.BigDecimal;
import java.util.Objects;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;
import org.lianfang.Coded;

/**
 * A number a measure is watched by (P-6, P-13): "late reports per month", counted in 件, compared with a threshold,
 * raising a signal when a value lies beyond it in the given direction. 上海城投's "number of late 请示 and 报告"
 * ({@code research/stages-2-4.md} §1) is one. Immutable and thread-safe.
 *
 * @param name what is measured (名称)
 * @param unit what it is counted in (计量单位: 件, 天, 万元, %)
 * @param rule how it is taken (取数规则), free text
 * @param threshold the limit
 * @param direction on which side of the threshold a value is a signal
 */
public record MonitoringIndicator(String name, String unit, String rule, BigDecimal threshold, Direction direction)
    implements Archivable {
  /** @throws NullPointerException if a part is null */
  public MonitoringIndicator {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(direction, "direction");
  }

  /**
   * @param value a value taken (a monthly check's, say)
   * @return whether it lies beyond the threshold in the indicator's direction (equal to the threshold is not)
   */
  public boolean signals(BigDecimal value) {
    int c = value.compareTo(threshold);
    return direction == Direction.ABOVE ? c > 0 : c < 0;
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder()
        .put("name", name)
        .put("unit", unit)
        .put("rule", rule)
        .put("threshold", threshold)
        .put("direction", direction)
        .build();
  }

  /** On which side of the threshold a value is a signal. */
  public enum Direction implements Coded {
    /** 高于阈值即预警: more is worse (late reports). */
    ABOVE("above"),
    /** 低于阈值即预警: less is worse (the share of cases published). */
    BELOW("below");

    private final String code;

    Direction(String code) {
      this.code = code;
    }

    /** @return the stable code (docs/journal-format.md) */
    @Override
    public String code() {
      return code;
    }
  }
}

package org.lianfang.risk;

import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import org.lianfang.UnitId;

/**
 * Where a point stands in the order the public reads are paged in ({@link org.lianfang.spi.RiskPoints#onNotice}): by unit id, then by
 * point id, each id compared as an unsigned 128-bit number — the order PostgreSQL, H2 and MariaDB give their UUID
 * columns — so that a page ends at a key and the next one starts after it on every store alike.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unit the point's unit
 * @param point the point
 */
public record NoticeKey(UnitId unit, RiskPointId point) implements Comparable<NoticeKey> {
  /** Ids as the stores order them: unsigned, most significant half first. */
  public static final Comparator<UUID> UUID_ORDER = (a, b) -> {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  };

  /** @throws NullPointerException if a part is null */
  public NoticeKey {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(point, "point");
  }

  @Override
  public int compareTo(NoticeKey o) {
    int byUnit = UUID_ORDER.compare(unit.value(), o.unit.value());
    return byUnit != 0 ? byUnit : UUID_ORDER.compare(point.value(), o.point.value());
  }
}

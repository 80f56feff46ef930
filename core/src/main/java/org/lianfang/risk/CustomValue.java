package org.lianfang.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;

/**
 * A typed value of a custom field. The archive writes it as {@code {"type": "text" | "number" | "day" | "flag",
 * "value": …}}, the form the JSON ledger gives it. Immutable and thread-safe.
 */
public sealed interface CustomValue extends Archivable {

  /** @param value a text value */
  record Text(String value) implements CustomValue {
    /** @throws NullPointerException if value is null */
    public Text {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("type", "text").put("value", value).build();
    }
  }

  /** @param value a decimal number */
  record Number(BigDecimal value) implements CustomValue {
    /** @throws NullPointerException if value is null */
    public Number {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("type", "number").put("value", value).build();
    }
  }

  /** @param value a date */
  record Day(LocalDate value) implements CustomValue {
    /** @throws NullPointerException if value is null */
    public Day {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("type", "day").put("value", value).build();
    }
  }

  /** @param value a yes/no flag */
  record Flag(boolean value) implements CustomValue {
    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("type", "flag").put("value", value).build();
    }
  }
}

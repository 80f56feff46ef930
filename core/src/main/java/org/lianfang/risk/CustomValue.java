package org.lianfang.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A typed value of a custom field. Immutable and thread-safe. */
public sealed interface CustomValue {

  /** @param value a text value */
  record Text(String value) implements CustomValue {
    /** @throws NullPointerException if value is null */
    public Text {
      Objects.requireNonNull(value, "value");
    }
  }

  /** @param value a decimal number */
  record Number(BigDecimal value) implements CustomValue {
    /** @throws NullPointerException if value is null */
    public Number {
      Objects.requireNonNull(value, "value");
    }
  }

  /** @param value a date */
  record Day(LocalDate value) implements CustomValue {
    /** @throws NullPointerException if value is null */
    public Day {
      Objects.requireNonNull(value, "value");
    }
  }

  /** @param value a yes/no flag */
  record Flag(boolean value) implements CustomValue {}
}

package org.lianfang.archfixture;

import java.time.LocalDate;

/** Classes that break the architecture rules on purpose, to prove the rules catch them. Never used by code. */
final class RuleBreakers {
  private RuleBreakers() {}

  static final class ReadsTheSystemClock {
    LocalDate today() {
      return LocalDate.now();
    }
  }

  static final class UsesJdbc {
    java.sql.Connection connection;
  }

  static final class PrintsToStdout {
    void say() {
      System.out.println("不应打印");
    }
  }

  static final class OwnException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** Holds another aggregate instead of its id. */
  public static final class HoldsAnAggregate implements org.lianfang.Aggregate<org.lianfang.UnitId> {
    org.lianfang.organization.Post post;

    @Override
    public org.lianfang.UnitId id() {
      return unitId();
    }

    @Override
    public org.lianfang.UnitId unitId() {
      return new org.lianfang.UnitId(java.util.UUID.randomUUID());
    }

    @Override
    public long version() {
      return 0;
    }
  }

  /** Exposes a Guava type in a public signature. */
  public static final class ExposesGuava {
    public com.google.common.collect.ImmutableList<String> names() {
      return com.google.common.collect.ImmutableList.of();
    }
  }
}

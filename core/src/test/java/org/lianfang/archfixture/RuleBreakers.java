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
}

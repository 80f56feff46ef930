package org.lianfang.application.internal;

import org.lianfang.LianfangException;

/**
 * What the library needs of its host's classpath, checked before any class that uses it is loaded, so that a host
 * without it gets a message rather than a {@code NoClassDefFoundError}. Refers to no class outside the JDK and the
 * library's own. Stateless.
 */
public final class Prerequisites {
  private Prerequisites() {}

  /** @throws LianfangException if the Jakarta Validation API is not on the classpath */
  public static void requireJakartaValidation() {
    try {
      Class.forName("jakarta.validation.Validation", false, Prerequisites.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new LianfangException("Lianfang validates every command with Jakarta Validation: add a provider such as "
          + "org.hibernate.validator:hibernate-validator to the classpath, or pass a Validator to the builder", e);
    }
  }
}

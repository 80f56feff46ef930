package org.lianfang.application;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A host without Jakarta Validation on its classpath gets a clear message, not a NoClassDefFoundError. */
class ValidationProviderTest {
  @Test
  void withoutTheJakartaApiTheBuilderSaysWhatToAdd() throws Exception {
    URL main = Path.of("target/classes").toUri().toURL();
    URL tests = Path.of("target/test-classes").toUri().toURL();
    URL guava = com.google.common.base.Preconditions.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader withoutJakarta = new URLClassLoader(new URL[] {main, tests, guava},
        ClassLoader.getPlatformClassLoader())) {
      assertThrows(ClassNotFoundException.class, () -> withoutJakarta.loadClass("jakarta.validation.Validation"));
      String outcome = (String) withoutJakarta.loadClass(NoJakartaHost.class.getName()).getMethod("build")
          .invoke(null);
      assertTrue(outcome.contains("hibernate-validator"), outcome);
    }
  }
}

package org.lianfang.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README shows compiled code, so neither can rot (issue 15): the Spring Boot wiring, its jobs and its users'
 * mapping, and the custom adapter with its contract test, each the lines between a pair of markers in the source,
 * appear in the README verbatim.
 */
class ReadmeSnippetsTest {
  private static final String MAIN = "src/main/java/org/lianfang/examples/";
  private static final String TEST = "src/test/java/org/lianfang/examples/";

  private static String snippet(String file, String name) throws IOException {
    String source = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    String begin = "// " + name + ":begin";
    int from = source.indexOf(begin);
    int to = source.indexOf("// " + name + ":end");
    assertTrue(from >= 0 && to > from, file + " marks " + name);
    return source.substring(from + begin.length(), to).stripIndent().strip();
  }

  @Test
  void theReadmeShowsTheSpringWiringItsJobsItsUsersAndTheCustomAdapterAsCompiled() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    for (String[] s : List.of(new String[] {MAIN + "spring/LianfangConfiguration.java", "spring-wiring"},
        new String[] {MAIN + "spring/LianfangJobs.java", "spring-jobs"},
        new String[] {MAIN + "spring/HostUsers.java", "users"},
        new String[] {MAIN + "adapter/OaInboxSender.java", "adapter"},
        new String[] {TEST + "adapter/OaInboxSenderContractTest.java", "adapter-test"})) {
      String code = snippet(s[0], s[1]);
      assertTrue(readme.contains("```java\n" + code + "\n```"), "README.md must show " + s[1] + " from " + s[0]
          + " verbatim:\n" + code);
    }
  }
}

package org.lianfang.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lianfang.risk.RiskIdentificationForm;

/** The quick start runs, and the README shows exactly its code, so neither can rot. */
class QuickStartTest {
  @Test
  void theQuickStartGradesAndPrintsItsPoint() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RiskIdentificationForm form = QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(1, form.rows().size());
    assertEquals("较高", form.rows().get(0).gradeLabel(), "3 × 4 = 12 reaches 较高 in the standard matrix");
    assertEquals(form.toText(), bytes.toString(StandardCharsets.UTF_8).stripTrailing() + "\n");
  }

  @Test
  void theReadmeShowsTheQuickStartsCode() throws IOException {
    String source = Files.readString(Path.of("src/main/java/org/lianfang/examples/QuickStart.java"));
    String snippet = source.substring(source.indexOf("// quick-start:begin") + "// quick-start:begin".length(),
        source.indexOf("// quick-start:end")).stripIndent().strip();
    String readme = Files.readString(Path.of("../README.md"));
    assertTrue(readme.contains(snippet), "README.md must contain QuickStart's snippet verbatim:\n" + snippet);
  }
}

package org.lianfang.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job runs on the embedded H2 default and survives a restart, writing the same report from what it finds, or
 * starts clean on request.
 */
class MainJobRestartTest {
  private static String[] run(Path dir, boolean fresh) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean walked = PilotWalkthrough.runOn(dir, fresh, dir.resolve("report"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new String[] {Boolean.toString(walked), bytes.toString(StandardCharsets.UTF_8)};
  }

  private static String totalsLine(String output) {
    return output.lines().filter(l -> l.startsWith("合计")).findFirst().orElseThrow();
  }

  private static String journalLine(String output) {
    // the last check: a first run checks after each stage, a later run once, after reading everything back
    return output.lines().filter(l -> l.startsWith("台帐校验")).reduce((a, b) -> b).orElseThrow();
  }

  @Test
  void aSecondRunFindsTheFirstRunsDataAndFreshStartsOver(@TempDir Path dir) throws IOException {
    String[] first = run(dir, false);
    assertEquals("true", first[0], "the first run walks the stage");
    byte[] report = Files.readAllBytes(dir.resolve("report").resolve(PilotReport.PAGE));
    String[] second = run(dir, false);
    assertEquals("false", second[0], "the second run reads what the first stored");
    assertTrue(second[1].contains("找到上次运行的数据"));
    assertArrayEquals(report, Files.readAllBytes(dir.resolve("report").resolve(PilotReport.PAGE)),
        "the same report, every record read back from the files");
    assertEquals(journalLine(first[1]), journalLine(second[1]), "the same chains, still intact");
    assertFalse(journalLine(second[1]).contains("断裂"));
    String[] fresh = run(dir, true);
    assertEquals("true", fresh[0], "--fresh deletes the data and walks again");
    assertEquals(totalsLine(first[1]), totalsLine(fresh[1]));
  }
}

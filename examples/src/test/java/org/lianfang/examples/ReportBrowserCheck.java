package org.lianfang.examples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * The main job's report opened in a real browser (issue 15), as {@code .ci/run} does after the README's test command:
 * headless Chromium (Debian's {@code chromium}) loads the page from its file, once to dump the DOM it built and once
 * per screenshot; the check fails if the browser said anything on the page's console (the page has no script, so
 * anything there is an error), if the DOM it built lacks a section, an SVG drawing of the page or a cell of the heat
 * map, or loads anything from elsewhere, if a screenshot is blank, or if no Chinese font is installed (Chinese would
 * show as boxes). It keeps the screenshots beside the report: {@code screenshot.png} (the top of the page, as
 * {@code docs/} shows it) and {@code screenshot-full.png}.
 *
 * <p>Run: {@code mvn -q -pl examples -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.lianfang.examples.ReportBrowserCheck -Dexec.args=examples/target/report}.
 */
public final class ReportBrowserCheck {
  private static final List<String> SECTIONS = List.of("overview", "form2", "form3", "heat-map", "flow-charts",
      "coverage", "third-line", "monthly-checks", "evaluation", "changes");

  private ReportBrowserCheck() {}

  /**
   * @param args the report's directory, then optionally the browser's path (default {@code /usr/bin/chromium})
   * @throws Exception if the browser cannot be run
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/target/report").toAbsolutePath();
    String browser = args.length > 1 ? args[1] : "/usr/bin/chromium";
    Path page = dir.resolve(PilotReport.PAGE);
    List<String> problems = new ArrayList<>();
    if (!Files.isRegularFile(page)) {
      fail(List.of("no report at " + page + ": run the main job first"));
    }
    String fonts = run(List.of("fc-list", ":lang=zh", "family"), dir).out();
    if (fonts.isBlank()) {
      problems.add("no Chinese font is installed (fonts-noto-cjk): Chinese would render as boxes");
    }
    Result dom = browse(browser, dir, List.of("--dump-dom"), page);
    for (String id : SECTIONS) {
      if (!dom.out().contains("id=\"" + id + "\"")) {
        problems.add("the page the browser built lacks the section " + id);
      }
    }
    int drawn = count(Files.readString(page, StandardCharsets.UTF_8), "<svg");
    int svgs = count(dom.out(), "<svg");
    if (svgs != drawn || drawn == 0) {
      problems.add("the browser built " + svgs + " SVG drawings of the page's " + drawn);
    }
    int cells = count(dom.out(), "data-probability=");
    if (cells != 25) {
      problems.add("the heat map has " + cells + " cells, not 5 × 5");
    }
    if (dom.out().matches("(?s).*(src|href)=\"(https?:)?//.*")) {
      problems.add("the page loads something from elsewhere");
    }
    checkConsole(dom, problems);
    Path top = dir.resolve("screenshot.png");
    Path full = dir.resolve("screenshot-full.png");
    checkConsole(browse(browser, dir, List.of("--screenshot=" + top, "--window-size=1280,1600"), page), problems);
    checkConsole(browse(browser, dir, List.of("--screenshot=" + full, "--window-size=1280,6000"), page), problems);
    checkPicture(top, problems);
    checkPicture(full, problems);
    if (!problems.isEmpty()) {
      fail(problems);
    }
    System.out.println("report-check: the page loaded in " + browser + " without console messages, " + SECTIONS.size()
        + " sections, " + svgs + " SVG drawings; screenshots " + top + " and " + full);
  }

  private static void checkConsole(Result r, List<String> problems) {
    if (r.exit() != 0) {
      problems.add("the browser exited with " + r.exit() + ": " + r.err());
    }
    r.err().lines().filter(l -> l.contains(":CONSOLE")).forEach(l -> problems.add("console: " + l));
  }

  private static int count(String text, String what) {
    return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
  }

  /** Not blank: at least 2% of the pixels are not white. */
  private static void checkPicture(Path png, List<String> problems) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    if (image == null) {
      problems.add(png + " is not a picture");
      return;
    }
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        ink += (image.getRGB(x, y) & 0xffffff) == 0xffffff ? 0 : 1;
      }
    }
    double share = (double) ink / ((long) image.getWidth() * image.getHeight());
    if (share < 0.02) {
      problems.add(png + " is blank: " + Math.round(share * 1000) / 10.0 + "% of it is not white");
    }
  }

  private static Result browse(String browser, Path dir, List<String> options, Path page) throws Exception {
    Path profile = Files.createTempDirectory("lianfang-chromium");
    List<String> command = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
        "--user-data-dir=" + profile));
    command.addAll(options);
    command.add(page.toUri().toString());
    try {
      return run(command, dir);
    } finally {
      try (java.util.stream.Stream<Path> files = Files.walk(profile)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          f.toFile().delete(); // best effort: a profile left behind is only a temporary directory
        }
      }
    }
  }

  private record Result(int exit, String out, String err) {}

  private static Result run(List<String> command, Path dir) throws Exception {
    Path out = Files.createTempFile("lianfang-check", ".out");
    Path err = Files.createTempFile("lianfang-check", ".err");
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
          .redirectError(err.toFile()).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly); // Chromium's renderers and zygote too
        p.destroyForcibly();
        p.waitFor();
        fail(List.of(String.join(" ", command) + " did not finish in two minutes"));
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static void fail(List<String> problems) {
    throw new IllegalStateException("report-check failed:\n  " + String.join("\n  ", problems));
  }
}

package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The golden documents under {@code src/test/resources/org/lianfang/json/golden/<kind>/*.json}, each of which must
 * validate against {@code /org/lianfang/json/schema/<kind>.schema.json}, and the one pretty form they are kept in, so
 * that a fresh rendering can be compared with the committed file character by character.
 */
final class GoldenFiles {
  /** Where the golden documents are on the test class path. */
  static final String ROOT = "/org/lianfang/json/golden";
  /** Where the schemas are on the main class path (and in the jar). */
  static final String SCHEMAS = "/org/lianfang/json/schema";

  private static final JsonFactory PLAIN = new JsonFactory();

  private GoldenFiles() {}

  /** @return the directory of the golden documents, as Maven copied it to {@code target/test-classes} */
  static Path root() {
    URL url = GoldenFiles.class.getResource(ROOT);
    if (url == null) {
      throw new AssertionError("no golden documents on the class path at " + ROOT);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  /** @return every document kind that has golden documents: the names of the folders under {@link #ROOT} */
  static List<String> kinds() {
    try (Stream<Path> dirs = Files.list(root())) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @param kind a document kind @return its golden documents, sorted by name */
  static List<Path> documents(String kind) {
    try (Stream<Path> files = Files.list(root().resolve(kind))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @param kind a document kind @return the class-path name of its schema */
  static String schemaResource(String kind) {
    return SCHEMAS + "/" + kind + ".schema.json";
  }

  /** @param resource a class-path name @return its bytes */
  static byte[] resource(String resource) {
    try (InputStream in = GoldenFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("missing resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @param file a file @return its text, UTF-8, with line ends as {@code \n} whatever the checkout made of them */
  static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The golden form of a JSON document: two-space indents, {@code "name": value}, {@code \n} line ends, one value
   * per line, empty arrays and objects as {@code []} and {@code {}}, non-ASCII text as it is, a final line end.
   * Tokens are copied one by one, so field order and the digits of every number are kept exactly as written.
   *
   * @param json a JSON document, UTF-8
   * @return its golden form
   */
  static String pretty(byte[] json) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    StringWriter out = new StringWriter();
    try (JsonParser p = PLAIN.createParser(json); JsonGenerator g = PLAIN.createGenerator(out)) {
      g.setPrettyPrinter(printer);
      while (p.nextToken() != null) {
        g.copyCurrentEventExact(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /**
   * Fails unless a fresh rendering equals the committed golden file, naming the first line that differs. The fresh
   * rendering is left in {@code target/golden-actual/<kind>/<name>} to diff against; if the change of format is
   * intended, review that diff and copy the file over the golden one in the same commit as the change.
   *
   * @param golden the committed file (as copied to target/test-classes)
   * @param kind its kind
   * @param actual the fresh rendering
   */
  static void assertMatches(Path golden, String kind, String actual) {
    String expected = text(golden);
    if (expected.equals(actual)) {
      return;
    }
    Path written = Path.of("target", "golden-actual", kind, golden.getFileName().toString());
    try {
      Files.createDirectories(written.getParent());
      Files.writeString(written, actual, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    int line = 0;
    while (line < e.length && line < a.length && e[line].equals(a[line])) {
      line++;
    }
    StringBuilder m = new StringBuilder("the ").append(kind).append(" format changed: ")
        .append(golden.getFileName()).append(" differs from a fresh rendering at line ").append(line + 1)
        .append('\n');
    for (int i = Math.max(0, line - 3); i < line; i++) {
      m.append("    ").append(e[i]).append('\n');
    }
    m.append("  - ").append(line < e.length ? e[line] : "<end of golden file>").append('\n');
    m.append("  + ").append(line < a.length ? a[line] : "<end of fresh rendering>").append('\n');
    m.append("(golden ").append(e.length).append(" lines, fresh ").append(a.length).append(" lines). The fresh ")
        .append("rendering is in ").append(written.toAbsolutePath()).append(": if the change is intended, review ")
        .append("the whole diff and copy it over src/test/resources").append(ROOT).append('/').append(kind)
        .append('/').append(golden.getFileName()).append(" in the same commit.");
    fail(m.toString());
  }
}

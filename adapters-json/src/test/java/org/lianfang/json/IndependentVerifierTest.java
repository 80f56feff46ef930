package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * S-13, ARCHITECTURE.md decision 12: an auditor checks an exported ledger's chains with nothing but a JSON parser,
 * SHA-256 and docs/journal-format.md. The verifier below shares no code with Lianfang: plain Jackson trees, a
 * 25-line RFC 8785 writer for the values a ledger holds, and {@link MessageDigest}.
 */
class IndependentVerifierTest {
  private static final String GOLDEN = "/org/lianfang/json/golden/ledger/kunming.json";

  // ---------------------------------------------------------------- the independent verifier

  /** @return one line per unit: its id and "intact, n entries", or the first broken entry */
  static List<String> verify(JsonNode ledger) throws Exception {
    List<String> report = new ArrayList<>();
    for (JsonNode section : ledger.get("units")) {
      String previous = "0".repeat(64);
      long expected = 1;
      String verdict = null;
      for (JsonNode entry : section.get("journal")) {
        ObjectNode body = ((ObjectNode) entry).deepCopy();
        String hash = body.remove("hash").asText();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(jcs(body).getBytes(StandardCharsets.UTF_8));
        if (entry.get("sequence").asLong() != expected || !entry.get("previousHash").asText().equals(previous)
            || !HexFormat.of().formatHex(digest).equals(hash)) {
          verdict = "broken at " + expected;
          break;
        }
        previous = hash;
        expected++;
      }
      report.add(section.get("unit").get("id").asText() + " "
          + (verdict == null ? "intact, " + (expected - 1) + " entries" : verdict));
    }
    return report;
  }

  /** RFC 8785 for strings, integers, booleans, null, arrays and objects (a ledger holds no fractions). */
  static String jcs(JsonNode n) {
    if (n.isObject()) {
      List<String> names = new ArrayList<>();
      n.fieldNames().forEachRemaining(names::add);
      names.sort(null); // String order is UTF-16 code unit order, as RFC 8785 section 3.2.3 asks
      List<String> members = new ArrayList<>();
      for (String name : names) {
        members.add(jcs(TextNode.valueOf(name)) + ":" + jcs(n.get(name)));
      }
      return "{" + String.join(",", members) + "}";
    } else if (n.isArray()) {
      List<String> items = new ArrayList<>();
      n.forEach(x -> items.add(jcs(x)));
      return "[" + String.join(",", items) + "]";
    } else if (n.isTextual()) {
      StringBuilder b = new StringBuilder("\"");
      for (char c : n.asText().toCharArray()) {
        switch (c) {
          case '"' -> b.append("\\\"");
          case '\\' -> b.append("\\\\");
          case '\b' -> b.append("\\b");
          case '\t' -> b.append("\\t");
          case '\n' -> b.append("\\n");
          case '\f' -> b.append("\\f");
          case '\r' -> b.append("\\r");
          default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
      }
      return b.append('"').toString();
    } else if (n.isIntegralNumber() || n.isBoolean() || n.isNull()) {
      return n.asText();
    }
    throw new IllegalArgumentException("not in a ledger: " + n);
  }

  // ---------------------------------------------------------------- the tests

  private static JsonNode golden() throws Exception {
    try (InputStream in = IndependentVerifierTest.class.getResourceAsStream(GOLDEN)) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void s13_anIndependentVerifierFindsEveryChainOfTheGoldenLedgerIntact() throws Exception {
    JsonNode ledger = golden();
    List<String> report = verify(ledger);
    assertEquals(ledger.get("units").size(), report.size());
    long entries = 0;
    for (String line : report) {
      assertTrue(line.matches("[0-9a-f-]{36} intact, [1-9][0-9]* entries"), line);
      entries += Long.parseLong(line.replaceAll(".* intact, ([0-9]+) entries", "$1"));
    }
    long total = 0;
    for (JsonNode section : ledger.get("units")) {
      total += section.get("journal").size();
    }
    assertEquals(total, entries);
  }

  @Test
  void s13_everyPayloadIsItsOwnCanonicalJson() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    for (JsonNode section : golden().get("units")) {
      for (JsonNode entry : section.get("journal")) {
        String payload = entry.get("payload").asText();
        JsonNode event = plain.readTree(payload);
        assertTrue(event.isObject(), payload);
        assertEquals(jcs(event), payload);
        assertFalse(event.has("unitId"), "the entry carries the unit, not the payload: " + payload);
      }
    }
  }

  @Test
  void s13_theWorkedExamplesOfTheJournalFormatHashToWhatTheDocumentSays() throws Exception {
    List<String> doc = java.nio.file.Files.readAllLines(java.nio.file.Path.of("..", "docs", "journal-format.md"));
    String all = String.join("\n", doc);
    int examples = 0;
    for (String line : doc) {
      if (line.startsWith("{\"actorId\":\"")) {
        JsonNode entry = new ObjectMapper().readTree(line);
        assertEquals(jcs(entry), line, "a worked example is in canonical form");
        String sha = HexFormat.of().formatHex(
            MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8)));
        assertTrue(all.contains(sha), "docs/journal-format.md gives the hash " + sha + " of " + line);
        examples++;
      }
    }
    assertTrue(examples >= 2, "worked examples found: " + examples);
  }

  @Test
  void s13_theIndependentVerifierFindsAnEditedPayloadAtItsEntry() throws Exception {
    JsonNode ledger = golden();
    ObjectNode entry = (ObjectNode) ledger.get("units").get(1).get("journal").get(4);
    entry.put("payload", entry.get("payload").asText().replace("\"", "\"x"));
    List<String> report = verify(ledger);
    assertTrue(report.get(0).endsWith("intact, 1 entries"), report.get(0));
    assertTrue(report.get(1).endsWith("broken at 5"), report.get(1));
  }
}

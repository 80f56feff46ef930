package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lianfang.Refusal;
import org.lianfang.memory.InMemoryStore;

/**
 * Bad input: valid ledgers corrupted in many ways are each refused with the JSON pointer of the corruption, a rule and
 * a message in Chinese and English, and the store is left as it was. Every corruption here makes the document invalid
 * by construction (a required part removed or nulled, a wrong JSON type, an unknown field or code, a duplicate key,
 * nesting or a number past the limits, a broken chain, a dangling reference, a truncated or garbled byte stream), so a
 * refusal is the only right answer. A closed year's register (format 18) is corrupted the same ways, and an edit its
 * form allows is still refused against the digest the journal froze.
 */
class LedgerFuzzPropertyTest {
  private static final ObjectMapper PLAIN = Ledgers.plainMapper();
  /**
   * The pilot's records and the third line's: warnings, one climbed and closed and one cancelled, a rectification
   * item rejected once, verified and closed, a real-name report fed back and an anonymous one forwarded, a supervision
   * case completed late with its signal and one running (issue 12); two control measures in force and three monthly
   * checks, reviewed, returned and open, and a special inspection of the city with its finding in a bureau and the
   * official held accountable, a bureau's half-year self-check submitted and acknowledged (issue 13).
   */
  private static final Doc DOCUMENT = Doc.of(Ledgers.export(ChecksLedgerTest.withChecks()), "");
  /** A bureau's closed 2010 (issue 14, format 18): its corruptions are those of the places of its register. */
  private static final Doc REGISTER = Doc.of(Ledgers.export(CycleLedgerTest.closed()), "/registers/");
  private static final Set<String> CODES = codes();
  /** Parts a document may leave out, by the pointer of their object and their name. */
  private static final List<Pattern> OPTIONAL = List.of(
      Pattern.compile("/digest"), // a document naming no digest is SHA-256 (issue 10, 国密)
      Pattern.compile("/units/\\d+/unit/parent"),
      Pattern.compile("/units/\\d+/tenures/\\d+/end"),
      Pattern.compile("/units/\\d+/riskPoints/\\d+/(owners|grading|notice|confirmation)"),
      Pattern.compile("/units/\\d+/riskPoints/\\d+/location/(post|step|powerItem)"),
      Pattern.compile("/units/\\d+/warnings/\\d+/(end|subject/post|subject/official|end/reason)"),
      Pattern.compile("/units/\\d+/warnings/\\d+/rounds/\\d+/"
          + "(acknowledged|reply|returned|accepted|verifyBy|verification)"),
      Pattern.compile("/units/\\d+/rectificationItems/\\d+/(terms/warning|life/[a-z]+)"),
      Pattern.compile("/units/\\d+/reports/\\d+/(intake/reporter|intake/subject/post|intake/subject/official|"
          + "life/[a-zA-Z]+)"),
      Pattern.compile("/units/\\d+/supervisionCases/\\d+/life/(pausedSince|completed|signals/\\d+/warning|"
          + "steps/\\d+/limit)"),
      Pattern.compile("/units/\\d+/controlMeasures/\\d+/(plan/cadence|plan/indicator|plan/evidence/\\d+/digest|"
          + "life/[a-zA-Z]+)"),
      Pattern.compile("/units/\\d+/monthlyChecks/\\d+/(rows/\\d+/(indicatorValue|problem|requirement|item|warning|"
          + "evidence/\\d+/digest)|life/[a-z]+)"),
      Pattern.compile("/units/\\d+/specialInspections/\\d+/life/[a-z]+"),
      Pattern.compile("/units/\\d+/selfCheckReports/\\d+/(figures|acknowledged)"),
      Pattern.compile("/units/\\d+/appraisalRounds/\\d+/(plan/items/\\d+/(point|post|commitment)|"
          + "comments/\\d+/(contact|rectification)|life/(opened|analysed|closed))"),
      Pattern.compile("/units/\\d+/annualEvaluations/\\d+/(review|decision|published)"));
  private static final Pattern REFERENCE = Pattern.compile(
      ".*/(location/post|location/powerItem|postId|officialId|directOwner|sectionHead|responsibleLeader|"
          + "unit/parent|subject/post|subject/official|subject/points/\\d+|notice/approver|terms/warning|terms/owner|"
          + "terms/points/\\d+|links/points/\\d+|links/warnings/\\d+|"
          + "terms/powerItem|signals/\\d+/warning|points/\\d+|plan/owners/[a-zA-Z]+|"
          + "monthlyChecks/\\d+/(post|checker)|rows/\\d+/(measure|item|warning)|"
          + "inspectionFindings/\\d+/item|accountability/\\d+/official|"
          + "items/\\d+/(point|post|commitment|owner)|comments/\\d+/rectification)$");
  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

  /**
   * A document to corrupt, with the places to corrupt in it.
   *
   * @param bytes the document
   * @param tree its tree
   * @param pointers its places whose pointer has the part given, every place for an empty part
   */
  private record Doc(byte[] bytes, JsonNode tree, List<String> pointers) {
    static Doc of(byte[] bytes, String part) {
      JsonNode tree = LedgerFuzzPropertyTest.tree(bytes);
      return new Doc(bytes, tree, LedgerFuzzPropertyTest.pointers(tree).stream().filter(p -> p.contains(part))
          .toList());
    }
  }

  private static JsonNode tree(byte[] document) {
    try {
      return PLAIN.readTree(document);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> pointers(JsonNode root) {
    List<String> out = new ArrayList<>();
    walk(root, "", out);
    return out;
  }

  private static void walk(JsonNode node, String at, List<String> out) {
    if (!at.isEmpty()) {
      out.add(at);
    }
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> walk(e.getValue(), Documents.child(at, e.getKey()), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), Documents.child(at, i), out);
      }
    }
  }

  private static Set<String> codes() {
    Set<String> all = new HashSet<>(List.of("text", "number", "day", "flag", LedgerWriter.KIND));
    CodedEnums.ALL.forEach(t -> all.addAll(t.codes()));
    return all;
  }

  /** A corruption: the bytes to import and the pointer of the place it broke (null: anywhere). */
  private record Corrupted(String how, byte[] bytes, String at) {}

  private static Corrupted corrupt(Doc d, int kind, int pick) {
    byte[] document = d.bytes();
    String at = d.pointers().get(pick % d.pointers().size());
    JsonNode doc = d.tree().deepCopy();
    JsonNode target = doc.at(at);
    String parentAt = at.substring(0, at.lastIndexOf('/'));
    String name = at.substring(at.lastIndexOf('/') + 1);
    ContainerNode<?> parent = (ContainerNode<?>) doc.at(parentAt.isEmpty() ? "" : parentAt);
    switch (kind) {
      case 0 -> {
        int cut = pick % document.length;
        return new Corrupted("truncated at byte " + cut, java.util.Arrays.copyOf(document, cut), null);
      }
      case 1 -> {
        set(parent, name, wrongType(target));
        return write("wrong type at " + at, doc, at);
      }
      case 2 -> {
        if (parent instanceof ObjectNode o && !optional(at) && !parentAt.matches(".*/custom")) {
          o.remove(name);
          return write("required part removed at " + at, doc, at);
        }
        set(parent, name, JsonNodeFactory.instance.objectNode().put("zzUnknown", 1));
        return write("object for a scalar or unknown field at " + at, doc, at);
      }
      case 3 -> {
        if (optional(at)) {
          set(parent, name, JsonNodeFactory.instance.booleanNode(true));
          return write("optional part of the wrong type at " + at, doc, at);
        }
        set(parent, name, JsonNodeFactory.instance.nullNode());
        return write("null at " + at, doc, at);
      }
      case 4 -> {
        JsonNode object = target.isObject() && !at.endsWith("/custom") ? target : null;
        String objectAt = at;
        if (object == null) {
          object = parent.isObject() && !parentAt.endsWith("/custom") ? parent : doc;
          objectAt = object == doc ? "" : parentAt;
        }
        ((ObjectNode) object).put("zzUnknown", "未知字段");
        return write("unknown field in " + objectAt, doc, Documents.child(objectAt, "zzUnknown"));
      }
      case 5 -> {
        if (target.isTextual() && CODES.contains(target.asText())) {
          set(parent, name, JsonNodeFactory.instance.textNode("no-such-code"));
          return write("unknown code at " + at, doc, at);
        }
        if (REFERENCE.matcher(at).matches()) {
          set(parent, name, JsonNodeFactory.instance.textNode(UUID.randomUUID().toString()));
          return write("dangling reference at " + at, doc, at);
        }
        if (at.matches("/units/\\d+/journal/\\d+/(payload|eventType|actorId|at|hash|previousHash)")) {
          String text = at.endsWith("/at") ? "2099-01-01T00:00:00Z" : "篡改" + target.asText();
          set(parent, name, JsonNodeFactory.instance.textNode(text));
          return write("journal entry altered at " + at, doc, at);
        }
        set(parent, name, nested(40));
        return write("nested past the limit at " + at, doc, at);
      }
      case 6 -> {
        String text = new String(document, StandardCharsets.UTF_8);
        List<Integer> names = new ArrayList<>();
        for (int i = text.indexOf("\"name\":"); i >= 0; i = text.indexOf("\"name\":", i + 1)) {
          names.add(i);
        }
        int i = names.get(pick % names.size());
        String dup = text.substring(0, i) + "\"name\":\"重复\"," + text.substring(i);
        return new Corrupted("duplicate key at byte " + i, dup.getBytes(StandardCharsets.UTF_8), null);
      }
      case 7 -> {
        if (target.isNumber() && !at.matches(".*/custom/[^/]+/value")) { // a custom number may be any decimal
          set(parent, name, JsonNodeFactory.instance.numberNode(new java.math.BigInteger("9".repeat(30))));
          return write("number out of range at " + at, doc, at);
        }
        set(parent, name, JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("1" + "0".repeat(120))));
        return write("number too long at " + at, doc, at);
      }
      default -> {
        byte[] bytes = document.clone();
        int i = pick % bytes.length;
        bytes[i] = (byte) 0xC3; // a lone UTF-8 lead byte: never valid before an ASCII byte or another lead byte
        if (i + 1 < bytes.length) {
          bytes[i + 1] = (byte) 0x28;
        }
        return new Corrupted("malformed UTF-8 at byte " + i, bytes, null);
      }
    }
  }

  private static boolean optional(String at) {
    return OPTIONAL.stream().anyMatch(p -> p.matcher(at).matches());
  }

  private static JsonNode wrongType(JsonNode node) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (node.isTextual()) {
      return f.numberNode(12345);
    }
    if (node.isNumber()) {
      return f.textNode("一二三");
    }
    if (node.isBoolean()) {
      return f.textNode("true");
    }
    if (node.isArray()) {
      return f.objectNode();
    }
    return f.arrayNode();
  }

  private static JsonNode nested(int depth) {
    ArrayNode outer = JsonNodeFactory.instance.arrayNode();
    ArrayNode inner = outer;
    for (int i = 1; i < depth; i++) {
      inner = inner.addArray();
    }
    return outer;
  }

  private static void set(ContainerNode<?> parent, String name, JsonNode value) {
    if (parent instanceof ObjectNode o) {
      o.set(name, value);
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(name), value);
    }
  }

  private static Corrupted write(String how, JsonNode doc, String at) {
    try {
      return new Corrupted(how, PLAIN.writeValueAsBytes(doc), at);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /** Whether the reported pointer names the corrupted place, an object holding it, or another part of its record. */
  private static boolean related(String corrupted, String reported) {
    if (corrupted.startsWith(reported) || reported.startsWith(corrupted)) {
      return true;
    }
    String[] a = corrupted.split("/");
    String[] b = reported.split("/");
    return a.length >= 5 && b.length >= 5 && java.util.Arrays.equals(a, 0, 5, b, 0, 5);
  }

  @Test
  void everyCorruptionIsRefusedWithItsPointerAndChangesNothing() {
    refusesEveryCorruption(DOCUMENT, 600);
  }

  @Test
  void s13_everyCorruptionOfAClosedYearsRegisterIsRefusedWithItsPointerAndChangesNothing() {
    refusesEveryCorruption(REGISTER, 200);
  }

  private static void refusesEveryCorruption(Doc d, int examples) {
    var empty = InMemoryStore.create().snapshot();
    qt().withExamples(examples).forAll(integers().between(0, 8), integers().allPositive()).checkAssert((kind, pick) -> {
      Corrupted c = corrupt(d, kind, pick);
      InMemoryStore store = InMemoryStore.create();

      Refusal r = Ledgers.restore(store, c.bytes()).whyRefused()
          .orElseThrow(() -> new AssertionError("accepted: " + c.how()));

      assertEquals(empty, store.snapshot(), c.how());
      assertEquals(1, r.violations().size(), c.how());
      Refusal.Violation v = r.violations().get(0);
      assertTrue(v.path().isEmpty() || v.path().startsWith("/"), c.how() + ": " + v);
      assertFalse(v.rule().isBlank(), c.how());
      assertTrue(CJK.matcher(v.messageZh()).find(), c.how() + ": " + v.messageZh());
      assertFalse(v.messageEn().isBlank(), c.how());
      assertFalse(CJK.matcher(v.messageEn().replaceAll("[：:].*", "")).find(), c.how() + ": " + v.messageEn());
      if (c.at() != null) {
        assertTrue(related(c.at(), v.path()), c.how() + " reported at " + v.path() + ": " + v);
      }
    });
  }

  @Test
  void theUncorruptedDocumentImports() {
    assertTrue(Ledgers.restore(InMemoryStore.create(), DOCUMENT.bytes()).whyRefused().isEmpty());
    assertTrue(DOCUMENT.pointers().size() > 500, "the fixture has many places to corrupt: "
        + DOCUMENT.pointers().size());
    assertTrue(Ledgers.restore(InMemoryStore.create(), REGISTER.bytes()).whyRefused().isEmpty());
    assertTrue(REGISTER.pointers().size() > 50, "the register has places to corrupt: " + REGISTER.pointers().size());
  }
}

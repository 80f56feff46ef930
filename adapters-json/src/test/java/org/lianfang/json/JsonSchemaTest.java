package org.lianfang.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.control.Cadence;
import org.lianfang.control.ControlPhase;
import org.lianfang.control.DefenseLine;
import org.lianfang.control.MeasureState;
import org.lianfang.control.MonitoringIndicator;
import org.lianfang.grading.RiskGrade;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Transparency;
import org.lianfang.organization.UnitKind;
import org.lianfang.risk.DiscoveryChannel;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.ReviewAction;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.SourceKind;

/**
 * The published JSON Schemas: every golden document {@code golden/<kind>/*.json} validates against
 * {@code schema/<kind>.schema.json} (a new kind only adds files); each schema is a valid draft 2020-12 schema, the
 * jar ships exactly the files of {@code docs/schema} (their one source, which the build copies), and its enums are
 * exactly the codes of {@link EnumCodes}. The schema is not vacuous: hand-broken copies of the golden ledger fail it,
 * and {@link LedgerReader} refuses them too, at the same place or the field or object next to it, so schema and reader
 * agree (but for an explicit null in place of an optional part, which the reader reads as absent and the schema
 * refuses).
 */
class JsonSchemaTest {
  /** The coded enums a ledger holds; the ledger schema must list each, under its simple name in {@code $defs}. */
  private static final List<Class<? extends Enum<?>>> LEDGER_ENUMS = List.of(
      UnitKind.class, Resource.class, Transparency.class, AdministrativePower.class, RiskCategory.class,
      SourceKind.class, DiscoveryMethod.class, DiscoveryChannel.class, ReviewState.class, ReviewAction.class,
      RiskGrade.class, NoticeAudience.class, ControlPhase.class, DefenseLine.class, Cadence.class,
      MonitoringIndicator.Direction.class, MeasureState.class, org.lianfang.control.EducationForm.class,
      org.lianfang.control.DisclosureField.class, org.lianfang.control.DisclosureChannel.class,
      org.lianfang.control.CommitmentDimension.class, org.lianfang.control.CommitmentState.class,
      org.lianfang.control.Verdict.class, org.lianfang.monitoring.WarningLevel.class,
      org.lianfang.monitoring.WarningOrigin.class, org.lianfang.monitoring.WarningState.class,
      org.lianfang.monitoring.RectificationOrigin.class, org.lianfang.monitoring.ReportChannel.class,
      org.lianfang.monitoring.Disposal.class, org.lianfang.monitoring.SupervisionSignal.class,
      org.lianfang.checks.CheckRating.class, org.lianfang.checks.InspectionMethod.class,
      org.lianfang.checks.AppraisalScale.class, org.lianfang.checks.AppraisalRating.class,
      org.lianfang.evaluation.Band.class, org.lianfang.cycle.CyclePhase.class);
  private static final Path GOLDEN_LEDGER = GoldenFiles.root().resolve("ledger").resolve("kunming.json");

  @TestFactory
  Stream<DynamicTest> everyGoldenDocumentValidatesAgainstTheSchemaOfItsKind() {
    List<String> kinds = GoldenFiles.kinds();
    assertTrue(kinds.contains("ledger"), "golden ledgers exist: " + kinds);
    return kinds.stream().flatMap(kind -> {
      List<Path> documents = GoldenFiles.documents(kind);
      assertFalse(documents.isEmpty(), "golden/" + kind + " holds no document");
      return documents.stream().map(doc -> DynamicTest.dynamicTest(kind + "/" + doc.getFileName(), () -> {
        List<Error> errors = Schemas.of(kind).validate(Schemas.tree(Files.readAllBytes(doc)));
        assertTrue(errors.isEmpty(), () -> doc.getFileName() + " does not validate against " + kind
            + ".schema.json:\n" + Schemas.describe(errors));
      }));
    });
  }

  @Test
  void everySchemaIsAValidDraft202012SchemaWithAStableId() {
    assertFalse(Schemas.metaSchema().validate(Schemas.tree("{\"type\": \"strin\"}".getBytes(UTF_8))).isEmpty(),
        "the meta-schema check is not vacuous");
    for (String kind : shippedKinds()) {
      JsonNode schema = Schemas.tree(GoldenFiles.resource(GoldenFiles.schemaResource(kind)));
      assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText(), kind);
      assertEquals("https://lianfang.org/schema/" + kind + "/1.json", schema.path("$id").asText(), kind);
      List<Error> errors = Schemas.metaSchema().validate(schema);
      assertTrue(errors.isEmpty(), () -> kind + ".schema.json is not a valid 2020-12 schema:\n"
          + Schemas.describe(errors));
    }
  }

  @Test
  void everyShippedSchemaIsPublishedByteForByteUnderDocs() throws IOException {
    Path docs = repositoryRoot().resolve("docs").resolve("schema");
    List<String> shipped = shippedKinds();
    assertTrue(shipped.contains("ledger"), "the ledger schema is shipped: " + shipped);
    for (String kind : shipped) {
      Path published = docs.resolve(kind + ".schema.json");
      assertTrue(Files.exists(published), "docs/schema/" + kind + ".schema.json is missing");
      assertArrayEquals(GoldenFiles.resource(GoldenFiles.schemaResource(kind)), Files.readAllBytes(published),
          "docs/schema/" + kind + ".schema.json differs from the schema shipped in the jar: the build copies it");
    }
    try (Stream<Path> files = Files.list(docs)) {
      for (Path p : files.toList()) {
        String name = p.getFileName().toString();
        assertTrue(shipped.contains(name.replace(".schema.json", "")),
            "docs/schema/" + name + " has no schema shipped in the jar");
      }
    }
  }

  @Test
  void schemaEnumsAreExactlyTheCodesOfEnumCodes() {
    for (String kind : shippedKinds()) {
      JsonNode schema = Schemas.tree(GoldenFiles.resource(GoldenFiles.schemaResource(kind)));
      List<String> misplaced = new ArrayList<>();
      findEnums(schema, JsonPointer.empty(), misplaced);
      assertEquals(List.of(), misplaced, kind + ": every enum is a $defs entry named after its Java enum");
      Iterator<Map.Entry<String, JsonNode>> defs = schema.path("$defs").fields();
      while (defs.hasNext()) {
        Map.Entry<String, JsonNode> def = defs.next();
        if (def.getValue().has("enum")) {
          EnumCodes.Table<?> table = table(def.getKey()).orElseThrow(() -> new AssertionError(
              kind + ": $defs/" + def.getKey() + " lists an enum that EnumCodes does not code"));
          List<String> listed = new ArrayList<>();
          def.getValue().get("enum").forEach(code -> listed.add(code.textValue()));
          assertEquals(table.codes(), listed, kind + ": $defs/" + def.getKey() + " drifted from EnumCodes");
        }
      }
    }
    JsonNode ledger = Schemas.tree(GoldenFiles.resource(GoldenFiles.schemaResource("ledger")));
    for (Class<? extends Enum<?>> type : LEDGER_ENUMS) {
      assertTrue(ledger.path("$defs").path(type.getSimpleName()).has("enum"),
          "the ledger schema lists the codes of " + type.getSimpleName());
      assertTrue(table(type.getSimpleName()).isPresent(), type.getSimpleName() + " is coded in EnumCodes");
    }
  }

  /**
   * One hand-broken copy of the golden ledger.
   *
   * @param name what is broken
   * @param edit the break, applied to a copy of the golden document
   * @param pointer where the schema must report it
   * @param keyword the keyword that must report it
   * @param readerRule the rule {@link LedgerReader} refuses the copy with, or null where the reader accepts it: an
   *     explicit null for an optional part reads as absent (the adapter's choice); the schema keeps the one form
   */
  record Broken(String name, Consumer<ObjectNode> edit, String pointer, String keyword, String readerRule) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Broken> brokenLedgers() {
    JsonNodeFactory n = JsonNodeFactory.instance;
    return Stream.of(
        new Broken("an unknown field in a post", d -> obj(d, "/units/1/posts/0").put("salary", 8000),
            "/units/1/posts/0", "additionalProperties", "json.unknown-field"),
        new Broken("an unknown field in a section", d -> obj(d, "/units/0").set("budget", n.arrayNode()),
            "/units/0", "additionalProperties", "json.unknown-field"),
        new Broken("a wrong review state code", d -> obj(d, "/units/1/riskPoints/0").put("state", "approved"),
            "/units/1/riskPoints/0/state", "enum", "json.value"),
        new Broken("a constant's name instead of its code",
            d -> obj(d, "/units/1/unit").put("kind", "MUNICIPAL_BUREAU"), "/units/1/unit/kind", "enum", "json.value"),
        new Broken("a wrong resource code in a set",
            d -> arr(d, "/units/1/posts/0/profile/disposes").set(0, n.textNode("land")),
            "/units/1/posts/0/profile/disposes/0", "enum", "json.value"),
        new Broken("a unit without its code", d -> obj(d, "/units/1/unit").remove("code"),
            "/units/1/unit", "required", "json.missing"),
        new Broken("a notice without its end", d -> obj(d, "/units/1/riskPoints/2/notice").remove("end"),
            "/units/1/riskPoints/2/notice", "required", "json.missing"),
        new Broken("a section without its journal", d -> obj(d, "/units/2").remove("journal"),
            "/units/2", "required", "json.missing"),
        new Broken("a hash in upper case", d -> upper(obj(d, "/units/1/journal/3"), "hash"),
            "/units/1/journal/3/hash", "pattern", "ledger.chain"),
        new Broken("a hash cut short", d -> obj(d, "/units/1/journal/3").put("hash", "c33e92aed0ffe485"),
            "/units/1/journal/3/hash", "pattern", "ledger.chain"),
        new Broken("a previous hash that is not hex",
            d -> obj(d, "/units/0/journal/0").put("previousHash", "z".repeat(64)),
            "/units/0/journal/0/previousHash", "pattern", "ledger.chain"),
        new Broken("null for an absent tenure end", d -> obj(d, "/units/1/tenures/0").putNull("end"),
            "/units/1/tenures/0/end", "type", null),
        new Broken("null for a unit's name", d -> obj(d, "/units/1/unit").putNull("name"),
            "/units/1/unit/name", "type", "json.null"),
        new Broken("null for a risk point's grading", d -> obj(d, "/units/1/riskPoints/0").putNull("grading"),
            "/units/1/riskPoints/0/grading", "type", null),
        new Broken("null in the list of posts", d -> arr(d, "/units/1/posts").set(1, n.nullNode()),
            "/units/1/posts/1", "type", "json.null"),
        new Broken("a probability off the 1-5 scale",
            d -> obj(d, "/units/1/riskPoints/1/grading/assessment").put("probability", 6),
            "/units/1/riskPoints/1/grading/assessment/probability", "maximum", "json.domain-rule"),
        new Broken("a harm of zero", d -> obj(d, "/units/1/riskPoints/1/grading/assessment").put("harm", 0),
            "/units/1/riskPoints/1/grading/assessment/harm", "minimum", "json.domain-rule"),
        new Broken("a journal sequence of zero", d -> obj(d, "/units/0/journal/0").put("sequence", 0),
            "/units/0/journal/0/sequence", "minimum", "json.domain-rule"),
        new Broken("an empty journal", d -> obj(d, "/units/0").set("journal", n.arrayNode()),
            "/units/0/journal", "minItems", "ledger.chain"),
        new Broken("another kind of document", d -> d.put("kind", "lianfang.notice"), "/kind", "const",
            "ledger.kind"),
        new Broken("schema version 1", d -> d.put("schemaVersion", 1), "/schemaVersion", "minimum", "ledger.version"),
        new Broken("a schema version after the one written", d -> d.put("schemaVersion", LedgerWriter.SCHEMA_VERSION + 1),
            "/schemaVersion", "maximum", "ledger.version"),
        new Broken("an id that is not a UUID", d -> obj(d, "/units/1/posts/0").put("id", "GT-01"),
            "/units/1/posts/0/id", "format", "json.value"),
        new Broken("a record id in upper case, which the hash does not cover",
            d -> upper(obj(d, "/units/1/journal/3"), "recordId"), "/units/1/journal/3/recordId", "pattern",
            "json.value"),
        new Broken("an instant without a zone",
            d -> obj(d, "/units/1/riskPoints/0").put("identifiedAt", "2010-09-02T09:00:00"),
            "/units/1/riskPoints/0/identifiedAt", "format", "json.value"),
        new Broken("a day that does not exist", d -> obj(d, "/units/1/tenures/0").put("start", "2010-09-31"),
            "/units/1/tenures/0/start", "format", "json.value"),
        new Broken("a custom value of an unknown type",
            d -> obj(d, "/units/1/riskPoints/2/custom/major").put("type", "boolean"),
            "/units/1/riskPoints/2/custom/major", "oneOf", "json.type-id"),
        new Broken("a custom flag that is a string",
            d -> obj(d, "/units/1/riskPoints/2/custom/major").put("value", "yes"),
            "/units/1/riskPoints/2/custom/major", "oneOf", "json.type"),
        new Broken("a custom key in upper case", d -> rename(obj(d, "/units/1/riskPoints/2/custom"), "gb.code",
            "GB.code"), "/units/1/riskPoints/2/custom", "propertyNames", "json.domain-rule"),
        new Broken("a blank step code", d -> obj(d, "/units/1/processes/0/steps/3").put("id", " "),
            "/units/1/processes/0/steps/3/id", "pattern", "json.domain-rule"),
        new Broken("a grade without rationale",
            d -> obj(d, "/units/1/riskPoints/1/grading/grade").set("rationale", n.arrayNode()),
            "/units/1/riskPoints/1/grading/grade/rationale", "minItems", "json.domain-rule"),
        new Broken("a version that is a string", d -> obj(d, "/units/2/unit").put("version", "1"),
            "/units/2/unit/version", "type", "json.type"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenLedgers")
  void aBrokenLedgerFailsTheSchemaAndTheReader(Broken broken) throws IOException {
    ObjectNode document = (ObjectNode) Schemas.tree(Files.readAllBytes(GOLDEN_LEDGER));
    broken.edit().accept(document);

    List<Error> errors = Schemas.of("ledger").validate(document);
    assertFalse(errors.isEmpty(), "the schema accepts " + broken.name());
    assertTrue(errors.stream().anyMatch(e -> broken.keyword().equals(e.getKeyword())
            && broken.pointer().equals(e.getInstanceLocation().toString())),
        () -> "expected [" + broken.keyword() + "] at " + broken.pointer() + ", found:\n" + Schemas.describe(errors));

    Outcome<LedgerCounts> read = LedgerReader.standard().read(
        new ByteArrayInputStream(Schemas.TREES.writeValueAsBytes(document)), new LedgerHandler() {
          @Override
          public void section(LedgerSection section, String pointer) {}

          @Override
          public void journalEntry(org.lianfang.ledger.JournalEntry entry, String pointer) {}
        });
    if (broken.readerRule() == null) {
      assertTrue(read.isAccepted(), () -> "the reader now refuses " + broken.name() + ": " + read.whyRefused()
          + "; give the case its rule");
      return;
    }
    Refusal refusal = read.whyRefused().orElseThrow(() -> new AssertionError("the reader accepts " + broken.name()));
    assertEquals(broken.readerRule(), refusal.violations().get(0).rule(), refusal::toString);
    String at = refusal.violations().get(0).path();
    assertTrue(at.equals(broken.pointer()) || at.startsWith(broken.pointer() + "/")
            || broken.pointer().startsWith(at + "/"),
        () -> "the reader places it at " + at + ", the schema at " + broken.pointer());
  }

  private static ObjectNode obj(ObjectNode doc, String pointer) {
    JsonNode node = doc.at(pointer);
    if (!node.isObject()) {
      fail("no object at " + pointer + " in the golden ledger");
    }
    return (ObjectNode) node;
  }

  private static ArrayNode arr(ObjectNode doc, String pointer) {
    JsonNode node = doc.at(pointer);
    if (!node.isArray()) {
      fail("no array at " + pointer + " in the golden ledger");
    }
    return (ArrayNode) node;
  }

  private static void upper(ObjectNode node, String field) {
    node.put(field, node.get(field).textValue().toUpperCase(java.util.Locale.ROOT));
  }

  private static void rename(ObjectNode node, String from, String to) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> fields.put(e.getKey().equals(from) ? to : e.getKey(), e.getValue()));
    node.removeAll();
    node.setAll(fields);
  }

  /** Records every {@code enum} keyword that is not the whole of a {@code $defs} entry's enum. */
  private static void findEnums(JsonNode node, JsonPointer at, List<String> misplaced) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        JsonPointer child = at.appendProperty(e.getKey());
        if (e.getKey().equals("enum") && !at.toString().matches("/\\$defs/[^/]+")) {
          misplaced.add(child.toString());
        }
        findEnums(e.getValue(), child, misplaced);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        findEnums(node.get(i), at.appendIndex(i), misplaced);
      }
    }
  }

  private static Optional<EnumCodes.Table<?>> table(String simpleName) {
    return CodedEnums.ALL.stream().filter(t -> t.type.getSimpleName().equals(simpleName))
        .<EnumCodes.Table<?>>map(t -> t).findFirst();
  }

  /** @return the kinds whose schema this module ships */
  private static List<String> shippedKinds() {
    try {
      Path dir = Path.of(JsonSchemaTest.class.getResource(GoldenFiles.SCHEMAS).toURI());
      try (Stream<Path> files = Files.list(dir)) {
        return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".schema.json"))
            .map(f -> f.substring(0, f.length() - ".schema.json".length())).sorted().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  /** @return the repository's root: the parent of this module's directory, where surefire runs the tests */
  private static Path repositoryRoot() {
    Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    Path root = module.getParent();
    assertTrue(Files.isDirectory(root.resolve("docs")), "no docs/ next to " + module);
    return root;
  }
}

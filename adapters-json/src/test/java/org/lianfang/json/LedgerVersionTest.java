package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianfang.Refusal;
import org.lianfang.memory.InMemoryStore;

/**
 * Format version 3 (issue 11) adds each section's {@code controlMeasures}, version 4 its {@code educationActivities};
 * version 2 and 3 documents, written before them, still restore (their units hold none), while a section must list
 * what its version has and must not list what it has not. Every refusal changes nothing.
 */
class LedgerVersionTest {
  private static final ObjectMapper PLAIN = Ledgers.plainMapper();
  private static final Path GOLDEN = GoldenFiles.root().resolve("ledger").resolve("kunming.json");

  /**
   * @param version 2 or 3
   * @return the golden document as that version first wrote it: the version, no educationActivities in any section,
   *     and for version 2 no digest named (SHA-256) and no controlMeasures either
   */
  private static ObjectNode asVersion(int version) throws Exception {
    ObjectNode doc = (ObjectNode) PLAIN.readTree(Files.readAllBytes(GOLDEN));
    doc.put("schemaVersion", version);
    if (version == 2) {
      doc.remove("digest");
    }
    for (JsonNode section : doc.get("units")) {
      ((ObjectNode) section).remove("educationActivities");
      if (version == 2) {
        ((ObjectNode) section).remove("controlMeasures");
      }
    }
    return doc;
  }

  @Test
  void version2And3DocumentsRestoreAsTheVersion4OneDoes() throws Exception {
    InMemoryStore fromV4 = InMemoryStore.create();
    ImportReport v4 = Ledgers.restore(fromV4, Files.readAllBytes(GOLDEN)).orElseThrow();
    for (int version : List.of(2, 3)) {
      InMemoryStore older = InMemoryStore.create();
      assertEquals(v4, Ledgers.restore(older, PLAIN.writeValueAsBytes(asVersion(version))).orElseThrow());
      assertEquals(fromV4.snapshot(), older.snapshot(), "version " + version);
    }
  }

  @Test
  void aSectionWithoutWhatItsVersionListsOrWithWhatItDoesNotIsRefusedAndNothingChanges() throws Exception {
    ObjectNode v4 = (ObjectNode) PLAIN.readTree(Files.readAllBytes(GOLDEN));
    ((ObjectNode) v4.get("units").get(1)).remove("educationActivities");
    ObjectNode v4WithoutMeasures = (ObjectNode) PLAIN.readTree(Files.readAllBytes(GOLDEN));
    ((ObjectNode) v4WithoutMeasures.get("units").get(2)).remove("controlMeasures");
    ObjectNode v3 = asVersion(3);
    ((ObjectNode) v3.get("units").get(0)).set("educationActivities", PLAIN.createArrayNode());
    ObjectNode v2 = asVersion(2);
    ((ObjectNode) v2.get("units").get(0)).set("controlMeasures", PLAIN.createArrayNode());
    for (ObjectNode doc : List.of(v4, v4WithoutMeasures, v3, v2)) {
      InMemoryStore store = InMemoryStore.create();
      InMemoryStore.Snapshot before = store.snapshot();
      Refusal r = Ledgers.restore(store, PLAIN.writeValueAsBytes(doc)).whyRefused().orElseThrow();
      assertTrue(r.violations().get(0).path().startsWith("/units/"), r.toString());
      assertTrue(List.of("json.missing", "json.unknown-field", "ledger.order").contains(r.violations().get(0).rule()),
          r.toString());
      assertEquals(before, store.snapshot());
    }
  }
}

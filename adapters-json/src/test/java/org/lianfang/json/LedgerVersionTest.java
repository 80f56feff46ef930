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
 * Format version 3 (issue 11) adds each section's {@code controlMeasures}; a version 2 document, written before the
 * control stage, still restores (its units hold no measures), while a version 3 section must list them and a version
 * 2 section must not. Every refusal changes nothing.
 */
class LedgerVersionTest {
  private static final ObjectMapper PLAIN = Ledgers.plainMapper();
  private static final Path GOLDEN = GoldenFiles.root().resolve("ledger").resolve("kunming.json");

  /**
   * @return the golden document as version 2 first wrote it: the version, no digest named (SHA-256), and no
   *     controlMeasures in any section
   */
  private static ObjectNode asVersion2() throws Exception {
    ObjectNode doc = (ObjectNode) PLAIN.readTree(Files.readAllBytes(GOLDEN));
    doc.put("schemaVersion", 2);
    doc.remove("digest");
    for (JsonNode section : doc.get("units")) {
      ((ObjectNode) section).remove("controlMeasures");
    }
    return doc;
  }

  @Test
  void aVersion2DocumentRestoresAsTheVersion3OneDoes() throws Exception {
    InMemoryStore fromV2 = InMemoryStore.create();
    ImportReport v2 = Ledgers.restore(fromV2, PLAIN.writeValueAsBytes(asVersion2())).orElseThrow();
    InMemoryStore fromV3 = InMemoryStore.create();
    ImportReport v3 = Ledgers.restore(fromV3, Files.readAllBytes(GOLDEN)).orElseThrow();
    assertEquals(v3, v2);
    assertEquals(fromV3.snapshot(), fromV2.snapshot());
  }

  @Test
  void aVersion3SectionWithoutControlMeasuresAndAVersion2SectionWithThemAreRefusedAndNothingChanges()
      throws Exception {
    ObjectNode v3 = (ObjectNode) PLAIN.readTree(Files.readAllBytes(GOLDEN));
    ((ObjectNode) v3.get("units").get(1)).remove("controlMeasures");
    ObjectNode v2 = asVersion2();
    ((ObjectNode) v2.get("units").get(0)).set("controlMeasures", PLAIN.createArrayNode());
    for (ObjectNode doc : List.of(v3, v2)) {
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

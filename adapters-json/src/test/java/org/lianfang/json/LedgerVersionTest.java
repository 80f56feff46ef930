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
 * Format version 3 (issue 11) adds each section's {@code controlMeasures}, version 4 its {@code educationActivities},
 * version 5 its {@code powerDisclosures}, version 6 its {@code serviceCommitments}, version 7 (issue 12) its {@code
 * warnings}, version 8 its {@code rectificationItems}, version 9 its {@code reports}, version 10 its {@code
 * supervisionCases}, version 11 lets a case's step carry its own limit, version 12 (issue 13) adds its {@code
 * monthlyChecks}, version 13 its {@code specialInspections} and {@code inspectionFindings}, version 14 its {@code
 * selfCheckReports}, version 15 its {@code appraisalRounds}, version 16 its {@code annualEvaluations}, version 17
 * (issue 14) its {@code annualCycles}, version 18 its {@code registers} and lets a rectification item carry its
 * carry-over; documents of versions 2 to 17, written before them, still restore (their units hold none), while a
 * section must list what its version has and must not list what it has not. Every refusal changes nothing.
 */
class LedgerVersionTest {
  private static final ObjectMapper PLAIN = Ledgers.plainMapper();
  private static final Path GOLDEN = GoldenFiles.root().resolve("ledger").resolve("kunming.json");

  /**
   * @param version 2 to 17
   * @return the golden document as that version first wrote it: the version, and in no section the lists added
   *     after it; for version 2 no digest named (SHA-256) either (the golden cases' steps carry no limit of their own,
   *     which version 11 added)
   */
  private static ObjectNode asVersion(int version) throws Exception {
    ObjectNode doc = (ObjectNode) PLAIN.readTree(Files.readAllBytes(GOLDEN));
    doc.put("schemaVersion", version);
    if (version == 2) {
      doc.remove("digest");
    }
    for (JsonNode section : doc.get("units")) {
      if (version <= 17) {
        ((ObjectNode) section).remove("registers");
      }
      if (version <= 16) {
        ((ObjectNode) section).remove("annualCycles");
      }
      if (version <= 15) {
        ((ObjectNode) section).remove("annualEvaluations");
      }
      if (version <= 14) {
        ((ObjectNode) section).remove("appraisalRounds");
      }
      if (version <= 13) {
        ((ObjectNode) section).remove("selfCheckReports");
      }
      if (version <= 12) {
        ((ObjectNode) section).remove("specialInspections");
        ((ObjectNode) section).remove("inspectionFindings");
      }
      if (version <= 11) {
        ((ObjectNode) section).remove("monthlyChecks");
      }
      if (version <= 9) {
        ((ObjectNode) section).remove("supervisionCases");
      }
      if (version <= 8) {
        ((ObjectNode) section).remove("reports");
      }
      if (version <= 7) {
        ((ObjectNode) section).remove("rectificationItems");
      }
      if (version <= 6) {
        ((ObjectNode) section).remove("warnings");
      }
      if (version <= 5) {
        ((ObjectNode) section).remove("serviceCommitments");
      }
      if (version <= 4) {
        ((ObjectNode) section).remove("powerDisclosures");
      }
      if (version <= 3) {
        ((ObjectNode) section).remove("educationActivities");
      }
      if (version == 2) {
        ((ObjectNode) section).remove("controlMeasures");
      }
    }
    return doc;
  }

  @Test
  void documentsOfVersions2To17RestoreAsTheVersion18OneDoes() throws Exception {
    InMemoryStore fromV18 = InMemoryStore.create();
    ImportReport v18 = Ledgers.restore(fromV18, Files.readAllBytes(GOLDEN)).orElseThrow();
    for (int version : List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17)) {
      InMemoryStore older = InMemoryStore.create();
      assertEquals(v18, Ledgers.restore(older, PLAIN.writeValueAsBytes(asVersion(version))).orElseThrow());
      assertEquals(fromV18.snapshot(), older.snapshot(), "version " + version);
    }
  }

  @Test
  void aSectionWithoutWhatItsVersionListsOrWithWhatItDoesNotIsRefusedAndNothingChanges() throws Exception {
    ObjectNode v18WithoutCycles = (ObjectNode) PLAIN.readTree(Files.readAllBytes(GOLDEN));
    ((ObjectNode) v18WithoutCycles.get("units").get(2)).remove("annualCycles");
    ObjectNode v18WithoutRegisters = (ObjectNode) PLAIN.readTree(Files.readAllBytes(GOLDEN));
    ((ObjectNode) v18WithoutRegisters.get("units").get(1)).remove("registers");
    ObjectNode v17 = asVersion(17);
    ((ObjectNode) v17.get("units").get(0)).set("registers", PLAIN.createArrayNode());
    ObjectNode v16 = asVersion(16);
    ((ObjectNode) v16.get("units").get(0)).set("annualCycles", PLAIN.createArrayNode());
    ObjectNode v16WithoutEvaluations = asVersion(16);
    ((ObjectNode) v16WithoutEvaluations.get("units").get(1)).remove("annualEvaluations");
    ObjectNode v15 = asVersion(15);
    ((ObjectNode) v15.get("units").get(0)).set("annualEvaluations", PLAIN.createArrayNode());
    ObjectNode v15WithoutRounds = asVersion(15);
    ((ObjectNode) v15WithoutRounds.get("units").get(0)).remove("appraisalRounds");
    ObjectNode v14 = asVersion(14);
    ((ObjectNode) v14.get("units").get(2)).set("appraisalRounds", PLAIN.createArrayNode());
    ObjectNode v14WithoutSelfChecks = asVersion(14);
    ((ObjectNode) v14WithoutSelfChecks.get("units").get(2)).remove("selfCheckReports");
    ObjectNode v13 = asVersion(13);
    ((ObjectNode) v13.get("units").get(1)).set("selfCheckReports", PLAIN.createArrayNode());
    ObjectNode v13WithoutFindings = asVersion(13);
    ((ObjectNode) v13WithoutFindings.get("units").get(0)).remove("inspectionFindings");
    ObjectNode v12 = asVersion(12);
    ((ObjectNode) v12.get("units").get(2)).set("specialInspections", PLAIN.createArrayNode());
    ObjectNode v12WithoutChecks = asVersion(12);
    ((ObjectNode) v12WithoutChecks.get("units").get(1)).remove("monthlyChecks");
    ObjectNode v11 = asVersion(11);
    ((ObjectNode) v11.get("units").get(0)).set("monthlyChecks", PLAIN.createArrayNode());
    ObjectNode v11WithoutCases = asVersion(11);
    ((ObjectNode) v11WithoutCases.get("units").get(2)).remove("supervisionCases");
    ObjectNode v9 = asVersion(9);
    ((ObjectNode) v9.get("units").get(1)).set("supervisionCases", PLAIN.createArrayNode());
    ObjectNode v9WithoutReports = asVersion(9);
    ((ObjectNode) v9WithoutReports.get("units").get(1)).remove("reports");
    ObjectNode v8 = asVersion(8);
    ((ObjectNode) v8.get("units").get(0)).set("reports", PLAIN.createArrayNode());
    ObjectNode v8WithoutItems = asVersion(8);
    ((ObjectNode) v8WithoutItems.get("units").get(0)).remove("rectificationItems");
    ObjectNode v7 = asVersion(7);
    ((ObjectNode) v7.get("units").get(2)).set("rectificationItems", PLAIN.createArrayNode());
    ObjectNode v7WithoutWarnings = asVersion(7);
    ((ObjectNode) v7WithoutWarnings.get("units").get(2)).remove("warnings");
    ObjectNode v6 = asVersion(6);
    ((ObjectNode) v6.get("units").get(1)).set("warnings", PLAIN.createArrayNode());
    ObjectNode v6WithoutCommitments = asVersion(6);
    ((ObjectNode) v6WithoutCommitments.get("units").get(1)).remove("serviceCommitments");
    ObjectNode v5 = asVersion(5);
    ((ObjectNode) v5.get("units").get(0)).set("serviceCommitments", PLAIN.createArrayNode());
    ObjectNode v6WithoutDisclosures = (ObjectNode) PLAIN.readTree(Files.readAllBytes(GOLDEN));
    ((ObjectNode) v6WithoutDisclosures.get("units").get(0)).remove("powerDisclosures");
    ObjectNode v6WithoutActivities = (ObjectNode) PLAIN.readTree(Files.readAllBytes(GOLDEN));
    ((ObjectNode) v6WithoutActivities.get("units").get(1)).remove("educationActivities");
    ObjectNode v6WithoutMeasures = (ObjectNode) PLAIN.readTree(Files.readAllBytes(GOLDEN));
    ((ObjectNode) v6WithoutMeasures.get("units").get(2)).remove("controlMeasures");
    ObjectNode v4 = asVersion(4);
    ((ObjectNode) v4.get("units").get(2)).set("powerDisclosures", PLAIN.createArrayNode());
    ObjectNode v3 = asVersion(3);
    ((ObjectNode) v3.get("units").get(0)).set("educationActivities", PLAIN.createArrayNode());
    ObjectNode v2 = asVersion(2);
    ((ObjectNode) v2.get("units").get(0)).set("controlMeasures", PLAIN.createArrayNode());
    for (ObjectNode doc : List.of(v18WithoutCycles, v18WithoutRegisters, v17, v16, v16WithoutEvaluations, v15,
        v15WithoutRounds, v14, v14WithoutSelfChecks, v13, v13WithoutFindings, v12, v12WithoutChecks, v11,
        v11WithoutCases, v9, v9WithoutReports, v8, v8WithoutItems, v7, v7WithoutWarnings, v6, v6WithoutCommitments, v5,
        v6WithoutDisclosures, v6WithoutActivities, v6WithoutMeasures, v4, v3, v2)) {
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

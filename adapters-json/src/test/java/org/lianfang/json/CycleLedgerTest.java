package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.cycle.CycleRules;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.Tenure;
import org.lianfang.testing.CycleScenarios;
import org.lianfang.testing.World;

/**
 * Closed years in the ledger document (issue 14, S-13, S-16; format 18): the land bureau's 2010, closed with a
 * confirmed point and two measures in force, exports its frozen register in its section; restored into an empty store,
 * the register reads as it was and the closed year's Form 2 and Form 3 read the same to the character, so a frozen year
 * imports frozen, and a store that merged it exports it importably again. A register edited in the document (its day, a
 * frozen point's text), one left out while the journal froze it, or one of a year the journal never froze is refused
 * against the journal, and nothing is written.
 */
class CycleLedgerTest {
  /** @return the world with the land bureau's 2010 revised on 12-11 and closed on 12-22 */
  static World closed() {
    World w = World.in(InMemoryStore.create());
    CycleScenarios.closedOn1222(w);
    return w;
  }

  @Test
  void s13_s16_aClosedYearExportsItsRegisterAndImportsFrozenItsFormsTheSame() {
    World w = closed();
    byte[] document = Ledgers.export(w);
    assertTrue(Ledgers.text(document).contains("\"registers\":[{\"year\":2010,\"frozenOn\":\"2010-12-22\""));
    InMemoryStore restored = InMemoryStore.create();
    Ledgers.restore(restored, document).orElseThrow();
    for (UnitId u : List.of(w.city, w.land, w.planning)) {
      assertEquals(w.store.registers().years(u), restored.registers().years(u));
      assertEquals(w.store.annualCycles().inUnit(u), restored.annualCycles().inUnit(u), "with its revision posted");
    }
    assertTrue(restored.annualCycles().inUnit(w.land).get(0).revision().isPresent());
    assertEquals(w.store.registers().points(w.land, Year.of(2010)), restored.registers().points(w.land,
        Year.of(2010)));
    assertEquals(w.store.registers().measures(w.land, Year.of(2010)), restored.registers().measures(w.land,
        Year.of(2010)));
    assertEquals(w.lianfang.risks().queries().form2(w.auditor, w.land, Year.of(2010)).orElseThrow().toText(),
        Ledgers.lianfang(restored).risks().queries().form2(w.auditor, w.land, Year.of(2010)).orElseThrow().toText());
    assertEquals(w.lianfang.control().queries().form3(w.auditor, w.land, Year.of(2010)).orElseThrow().toText(),
        Ledgers.lianfang(restored).control().queries().form3(w.auditor, w.land, Year.of(2010)).orElseThrow()
            .toText());
    assertTrue(Ledgers.lianfang(restored).ledger().queries().verifyRecords(w.auditor, w.land).orElseThrow()
        .intact());
  }

  /**
   * A store that merged a closed year (its entries carried as {@code ledger.entry-merged}) exports it again in a
   * document that restores, the register with it; merging the same document twice writes nothing more.
   */
  @Test
  void s13_aClosedYearMergedIntoAStoreExportsAndRestoresAgain() throws Exception {
    World w = closed();
    byte[] document = Ledgers.export(w);
    InMemoryStore merged = InMemoryStore.create();
    Ledgers.merge(merged, document).orElseThrow();
    assertEquals(org.lianfang.json.LedgerCounts.NONE, Ledgers.merge(merged, document).orElseThrow().written());
    java.io.ByteArrayOutputStream again = new java.io.ByteArrayOutputStream();
    LedgerExport.of(Ledgers.lianfang(merged), w.clock).write(w.inspector, w.city, again).orElseThrow();
    InMemoryStore restored = InMemoryStore.create();
    Ledgers.restore(restored, again.toByteArray()).orElseThrow();
    assertEquals(w.store.registers().points(w.land, Year.of(2010)), restored.registers().points(w.land,
        Year.of(2010)));
    assertEquals(w.store.registers().frozenOn(w.land, Year.of(2010)), restored.registers().frozenOn(w.land,
        Year.of(2010)));
  }

  @Test
  void s13_aRegisterEditedInTheDocumentIsRefusedAgainstTheJournalAndNothingIsWritten() {
    String document = Ledgers.text(Ledgers.export(closed()));
    int at = document.indexOf("\"registers\":[{");
    String head = document.substring(0, at);
    String tail = document.substring(at);
    String register = tail.substring("\"registers\":[".length(), tail.indexOf("],\"journal\""));
    refused(head + tail.replaceFirst("\"frozenOn\":\"2010-12-22\"", "\"frozenOn\":\"2010-12-23\""),
        "ledger.register", "/registers/0");
    String description = firstDescription(register);
    refused(head + tail.replaceFirst(Pattern.quote(description), description.replace("\":\"", "\":\"改")),
        "ledger.register", "/registers/0");
    refused(head + "\"registers\":[" + tail.substring(tail.indexOf("],\"journal\"")), "ledger.register",
        "/journal/");
    refused(head + "\"registers\":[" + register.replace("\"year\":2010", "\"year\":2009") + ","
        + tail.substring("\"registers\":[".length()), "ledger.register", "/registers/0");
  }

  /**
   * A year written before format 19 has no revision's rule in its rules: it reads as off, as the year ran without it;
   * written again, the rule is in the document either way.
   */
  @Test
  void p26_aYearWrittenBeforeFormat19ReadsWithTheRevisionsRuleOff() throws Exception {
    CycleRules old = Documents.MAPPER.readValue("{\"pointsSettled\":true,\"noCoverageGaps\":false,"
        + "\"itemsSettled\":true}", CycleRules.class);
    assertEquals(new CycleRules(true, false, true, false), old);
    for (CycleRules r : List.of(old, CycleRules.strict())) {
      String written = Documents.MAPPER.writeValueAsString(r);
      assertTrue(written.endsWith(",\"revisionPosted\":" + r.revisionPosted() + "}"), written);
      assertEquals(r, Documents.MAPPER.readValue(written, CycleRules.class));
    }
    for (String bad : List.of("null", "\"true\"", "1")) {
      assertThrows(JsonProcessingException.class, () -> Documents.MAPPER.readValue("{\"pointsSettled\":true,"
          + "\"noCoverageGaps\":false,\"itemsSettled\":true,\"revisionPosted\":" + bad + "}", CycleRules.class), bad);
    }
  }

  /**
   * No record comes into a store's closed year from an archive either (S-16): a document continuing the store's chain
   * of the land bureau with a new tenure begun on 2010-06-01, its entry recording it, would change who held a post in
   * the bureau's closed 2010, and is refused at the tenure ({@code ledger.closed-year}) with nothing written; the same
   * tenure begun in 2011 merges.
   */
  @Test
  void s16_aMergeBringsNoRecordIntoAClosedYear() throws Exception {
    World w = closed();
    byte[] document = Ledgers.export(w);
    ObjectMapper plain = Ledgers.plainMapper();
    int land = -1;
    for (int i = 0; i < plain.readTree(document).get("units").size(); i++) {
      if (plain.readTree(document).get("units").get(i).at("/unit/id").asText().equals(w.land.toString())) {
        land = i;
      }
    }
    for (String start : List.of("2010-06-01", "2011-02-01")) {
      InMemoryStore live = InMemoryStore.create();
      Ledgers.restore(live, document).orElseThrow();
      ObjectNode doc = (ObjectNode) plain.readTree(document);
      ArrayNode tenures = (ArrayNode) doc.at("/units/" + land + "/tenures");
      ObjectNode tenure = tenures.get(0).deepCopy();
      tenure.put("id", "012ad02c-0500-75e6-a1b3-0000000000aa");
      tenure.put("start", start);
      tenure.remove("end");
      tenures.add(tenure);
      Tenure t = Documents.MAPPER.treeToValue(tenure, Tenure.class);
      ArrayNode journal = (ArrayNode) doc.at("/units/" + land + "/journal");
      JsonNode last = journal.get(journal.size() - 1);
      JournalEntry e = JournalChain.next(ChainDigest.SHA_256, Optional.of(new ChainHead(w.land,
          last.get("sequence").asLong(), last.get("hash").asText())), w.land, "organization.tenure-begun",
          "hr-officer", Instant.parse("2011-02-01T09:00:00Z"), "{}", t.id().value(),
          JournalChain.recordDigest(ChainDigest.SHA_256, AggregateKinds.state(t)));
      ObjectNode entry = journal.addObject();
      entry.put("unitId", e.unitId().toString());
      entry.put("sequence", e.sequence());
      entry.put("eventType", e.eventType());
      entry.put("actorId", e.actorId());
      entry.put("at", e.at().toString());
      entry.put("payload", e.payload());
      entry.put("recordId", e.recordId().toString());
      entry.put("recordDigest", e.recordDigest());
      entry.put("previousHash", e.previousHash());
      entry.put("hash", e.hash());
      var before = live.snapshot();

      Outcome<?> merged = Ledgers.merge(live, plain.writeValueAsBytes(doc));

      if (start.startsWith("2010")) {
        Refusal r = merged.whyRefused().orElseThrow();
        assertEquals("ledger.closed-year /units/" + land + "/tenures/" + (tenures.size() - 1),
            r.violations().get(0).rule() + " " + r.violations().get(0).path(), r.toString());
        assertTrue(r.messageZh().contains("2010 年度已关闭"), r.messageZh());
        assertEquals(before, live.snapshot());
      } else {
        assertTrue(merged.isAccepted(), merged.toString());
        assertTrue(live.tenures().find(t.id()).isPresent());
      }
    }
  }

  /** @return the first frozen point's description member, {@code "description":"…"}, of the register's text */
  private static String firstDescription(String register) {
    java.util.regex.Matcher m = Pattern.compile("\"description\":\"[^\"]+\"").matcher(register);
    assertTrue(m.find(), "the register holds a point's description");
    return m.group();
  }

  private static void refused(String edited, String rule, String where) {
    InMemoryStore store = InMemoryStore.create();
    InMemoryStore.Snapshot before = store.snapshot();
    Refusal r = Ledgers.restore(store, edited.getBytes(StandardCharsets.UTF_8)).whyRefused().orElseThrow();
    assertEquals(rule, r.violations().get(0).rule(), r.toString());
    assertTrue(r.violations().get(0).path().contains(where), r.toString());
    assertEquals(before, store.snapshot());
  }
}

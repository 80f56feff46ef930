package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.lianfang.Refusal;
import org.lianfang.memory.InMemoryStore;

/**
 * Bad input a review found getting through, each now refused at its pointer with the store left empty: instants a
 * store cannot keep, versions no store writes, processes no command accepts, units out of order, codes longer than a
 * column, ids in other spellings, bytes that are not Unicode; and the control stage's records (issue 11).
 */
class LedgerBadInputTest {
  private static final ObjectMapper PLAIN = Ledgers.plainMapper();
  private static final byte[] DOCUMENT = Ledgers.export(Ledgers.world());
  /** The golden ledger: unit 1 (国土局) and unit 2 (规划局) are siblings under the city, unit 0. */
  private static final byte[] KUNMING = GoldenFiles.resource(GoldenFiles.ROOT + "/ledger/kunming.json");
  private static final String NOBODY = "012ac5a8-5e80-7ba4-8dfe-000000000000";
  /**
   * A ledger with a record of each kind of the control stage in unit 1 (国土局): measures, education activities, a
   * power disclosure, a secret power item and a service commitment, made by commands (issue 11).
   */
  private static final byte[] CONTROL = Ledgers.export(ControlLedgerTest.withControlRecords());

  private static Refusal.Violation refusedAfter(Consumer<ObjectNode> change) {
    return refusedAfter(DOCUMENT, change);
  }

  private static Refusal.Violation refusedAfter(byte[] document, Consumer<ObjectNode> change) {
    try {
      ObjectNode doc = (ObjectNode) PLAIN.readTree(document);
      change.accept(doc);
      return refused(PLAIN.writeValueAsBytes(doc));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Refusal.Violation refused(byte[] bytes) {
    InMemoryStore store = InMemoryStore.create();
    Refusal r = Ledgers.restore(store, bytes).whyRefused().orElseThrow(() -> new AssertionError("accepted"));
    assertEquals(InMemoryStore.create().snapshot(), store.snapshot());
    return r.violations().get(0);
  }

  private static ObjectNode at(JsonNode doc, String pointer) {
    return (ObjectNode) doc.at(pointer);
  }

  private static void assertRefused(String rule, String pointer, Refusal.Violation v) {
    assertEquals(rule + " " + pointer, v.rule() + " " + v.path(), v.toString());
  }

  /**
   * Journal entries, read by a reader of their own for speed, are refused in the same terms as every other record:
   * the same rule for the same fault, at the field's pointer where the fault is one field's (S-13).
   */
  @Test
  void aJournalEntryIsRefusedInTheSameTermsAsAnyRecordS13() {
    String entry = "/units/1/journal/1";
    assertRefused("json.type", entry + "/sequence", refusedAfter(d -> at(d, entry).putObject("sequence")));
    assertRefused("json.type", "/units/1/posts/0/version", refusedAfter(d -> at(d, "/units/1/posts/0")
        .putObject("version")));
    assertRefused("json.value", entry + "/unitId", refusedAfter(d -> at(d, entry).put("unitId", "不是标识")));
    assertRefused("json.value", entry + "/at", refusedAfter(d -> at(d, entry).put("at", "2010-09-02T09:00:00+08:00")));
    assertRefused("json.null", entry + "/payload", refusedAfter(d -> at(d, entry).putNull("payload")));
    assertRefused("json.type", entry + "/hash", refusedAfter(d -> at(d, entry).putArray("hash")));

    Refusal.Violation unknown = refusedAfter(d -> at(d, entry).put("signature", "伪造"));
    Refusal.Violation unknownInPost = refusedAfter(d -> at(d, "/units/1/posts/0").put("signature", "伪造"));
    assertEquals(unknownInPost.rule(), unknown.rule());
    assertTrue(unknown.path().startsWith(entry), unknown.toString());

    Refusal.Violation missing = refusedAfter(d -> at(d, entry).remove("payload"));
    Refusal.Violation missingInPost = refusedAfter(d -> at(d, "/units/1/posts/0").remove("name"));
    assertEquals(missingInPost.rule(), missing.rule());
    assertTrue(missing.path().startsWith(entry) && missing.messageEn().contains("payload"), missing.toString());
  }

  @Test
  void anInstantFinerThanAMillisecondIsRefused() {
    assertRefused("json.value", "/units/1/riskPoints/0/identifiedAt", refusedAfter(d ->
        at(d, "/units/1/riskPoints/0").put("identifiedAt", "2010-09-02T01:00:00.000001Z")));
  }

  @Test
  void anInstantWithAnOffsetOrPastYear9999IsRefused() {
    assertRefused("json.value", "/units/1/riskPoints/0/identifiedAt", refusedAfter(d ->
        at(d, "/units/1/riskPoints/0").put("identifiedAt", "2010-09-02T09:00:00+08:00")));
    assertRefused("json.value", "/units/1/riskPoints/0/identifiedAt", refusedAfter(d ->
        at(d, "/units/1/riskPoints/0").put("identifiedAt", "+300000000-01-01T00:00:00Z")));
    assertRefused("json.value", "/exportedAt", refusedAfter(d -> d.put("exportedAt", "2010-09-02T01:00:00.5+01:00")));
  }

  @Test
  void aVersionBelowOneIsRefused() {
    assertRefused("json.range", "/units/0/unit/version", refusedAfter(d -> at(d, "/units/0/unit").put("version", 0)));
    assertRefused("json.range", "/units/1/posts/0/version", refusedAfter(d -> at(d, "/units/1/posts/0")
        .put("version", -5)));
  }

  @Test
  void aProcessNoCommandWouldAcceptIsRefused() {
    assertRefused("ledger.process", "/units/1/processes/0", refusedAfter(d ->
        ((ArrayNode) d.at("/units/1/processes/0/flows")).addObject().put("from", "NOPE").put("to", "NOWHERE")));
  }

  @Test
  void unitsOutOfOrderTwiceOrNotUnderTheRootAreRefused() {
    assertRefused("ledger.order", "/units/0/unit/id", refusedAfter(d ->
        d.put("root", "012ac5a8-5e80-7ba4-8dfe-000000000000")));
    assertRefused("ledger.order", "/units/3/unit/id", refusedAfter(d ->
        ((ArrayNode) d.get("units")).add(d.at("/units/1").deepCopy())));
    assertRefused("ledger.order", "/units/0/unit/id", refusedAfter(d -> {
      ArrayNode units = (ArrayNode) d.get("units");
      units.insert(0, units.remove(1));
    }));
  }

  @Test
  void aCodeLongerThanTheCommandsAllowIsRefused() {
    assertRefused("ledger.size", "/units/1/posts/0/code", refusedAfter(d -> at(d, "/units/1/posts/0")
        .put("code", "岗".repeat(500))));
  }

  @Test
  void idsInOtherSpellingsAreRefused() {
    assertRefused("json.value", "/units/1/posts/0/id", refusedAfter(d -> at(d, "/units/1/posts/0")
        .put("id", d.at("/units/1/posts/0/id").asText().toUpperCase(java.util.Locale.ROOT))));
    assertRefused("json.value", "/units/1/posts/0/id", refusedAfter(d -> at(d, "/units/1/posts/0")
        .put("id", "AAAAAAAAAAAAAAAAAAAAAA==")));
  }

  @Test
  void bytesThatAreNotUnicodeAreRefused() {
    assertRefused("json.syntax", "", refused(new byte[] {0, 0, 0, 0x7B, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}));
    assertRefused("json.syntax", "", refused(new byte[] {0, 0, (byte) 0xFF, (byte) 0xFE, 0, 0, 0, 0x7B}));
  }

  /** Sets the reference at a pointer of the golden ledger to a value, or to the id at another pointer. */
  private static Refusal.Violation referenceSet(String pointer, String value) {
    return set(KUNMING, pointer, value);
  }

  /** Sets a value at a pointer of a document: a text, or with a leading slash the text found at that pointer. */
  private static Refusal.Violation set(byte[] document, String pointer, String value) {
    return refusedAfter(document, d -> {
      JsonNode parent = d.at(pointer.substring(0, pointer.lastIndexOf('/')));
      String name = pointer.substring(pointer.lastIndexOf('/') + 1);
      String id = value.startsWith("/") ? d.at(value).asText() : value;
      if (parent instanceof ArrayNode a) {
        a.set(Integer.parseInt(name), id);
      } else {
        ((ObjectNode) parent).put(name, id);
      }
    });
  }

  @Test
  void everyReferenceToARecordNeitherTheDocumentNorTheStoreHasIsRefusedAtItsPointerS13() {
    for (String at : List.of("/units/1/tenures/0/postId", "/units/1/tenures/0/officialId",
        "/units/1/powerItems/0/posts/0", "/units/1/processes/0/steps/0/post", "/units/1/processes/0/steps/0/powers/0",
        "/units/1/riskPoints/2/location/post", "/units/1/riskPoints/2/location/powerItem",
        "/units/1/riskPoints/2/location/step/process", "/units/1/riskPoints/2/owners/directOwner",
        "/units/1/riskPoints/2/owners/sectionHead", "/units/1/riskPoints/2/owners/responsibleLeader")) {
      Refusal.Violation v = referenceSet(at, NOBODY);
      assertEquals("ledger.dangling", v.rule(), at);
      assertEquals(at.replace("/step/process", "/step"), v.path(), at);
    }
  }

  @Test
  void aReferenceToARecordOfASiblingUnitEarlierInTheDocumentIsRefusedP1() {
    // unit 2 names unit 1's post and official, which the document holds, but for another unit
    for (String at : List.of("/units/2/tenures/0/postId", "/units/2/riskPoints/0/location/post")) {
      assertRefused("ledger.dangling", at, referenceSet(at, "/units/1/posts/0/id"));
    }
    assertRefused("ledger.dangling", "/units/2/tenures/0/officialId",
        referenceSet("/units/2/tenures/0/officialId", "/units/1/officials/0/id"));
  }

  @Test
  void aReferenceToAStepTheProcessLacksIsRefusedP2() {
    assertRefused("ledger.dangling", "/units/1/riskPoints/2/location/step",
        referenceSet("/units/1/riskPoints/2/location/step/step", "不存在的环节"));
  }

  @Test
  void aNameLongerThanTheCommandsAllowIsRefusedForEveryKindThatHasOne() {
    for (String at : List.of("/units/1/unit/name", "/units/1/posts/0/name", "/units/1/officials/0/name",
        "/units/1/powerItems/0/name", "/units/1/processes/0/name")) {
      assertRefused("ledger.size", at, referenceSet(at, "名".repeat(org.lianfang.Limits.NAME + 1)));
    }
    for (String at : List.of("/units/1/officials/0/staffNumber", "/units/1/riskPoints/0/code")) {
      assertRefused("ledger.size", at, referenceSet(at, " "));
    }
  }

  /**
   * Issue 10, findings 6, 7 and 8 on import: what a command refuses, an archive cannot bring in — each value of a
   * record that comes in keeps the same rules, under the same rule codes, and nothing is written.
   */
  @Test
  void finding7_textsCodesAndNamesACommandRefusesAreRefusedOnImportToo() {
    assertRefused("ControlCharacter", "/units/1/riskPoints/0", refusedAfter(KUNMING, d ->
        at(d, "/units/1/riskPoints/0/description").put("description", "公务接待\u0000费用报销")));
    assertRefused("InvisibleCharacter", "/units/1/posts/0/code", refusedAfter(KUNMING, d ->
        at(d, "/units/1/posts/0").put("code", "\u200BGT-01")));
    assertRefused("InvisibleCharacter", "/units/1/posts/0/code", refusedAfter(KUNMING, d ->
        at(d, "/units/1/posts/0").put("code", "GT-01\u3000")));
    assertRefused("VisibleName", "/units/1/posts/0/name", refusedAfter(KUNMING, d ->
        at(d, "/units/1/posts/0").put("name", "\u200B\u200B")));
  }

  /** Issue 10, finding 13: a post's section (科室) is a name, on import as in {@code RegisterPost}. */
  @Test
  void finding13_aSectionACommandRefusesIsRefusedOnImportToo() {
    assertRefused("VisibleName", "/units/1/posts/0/section", refusedAfter(KUNMING, d ->
        at(d, "/units/1/posts/0").put("section", "\u200B\u3000")));
    assertRefused("ControlCharacter", "/units/1/posts/0/section", refusedAfter(KUNMING, d ->
        at(d, "/units/1/posts/0").put("section", "审批\u0007科")));
    assertRefused("ledger.size", "/units/1/posts/0/section", refusedAfter(KUNMING, d ->
        at(d, "/units/1/posts/0").put("section", "科".repeat(org.lianfang.Limits.NAME + 1))));
  }

  @Test
  void finding8_daysLongTextsAndActorIdsBeyondWhatACommandTakesAreRefusedOnImport() {
    assertRefused("DayRange", "/units/1/tenures/0", refusedAfter(KUNMING, d ->
        at(d, "/units/1/tenures/0").put("start", "1899-12-31")));
    assertRefused("Size", "/units/1/riskPoints/2", refusedAfter(KUNMING, d ->
        at(d, "/units/1/riskPoints/2/custom/gb.code").put("value", "码".repeat(org.lianfang.Limits.TEXT + 1))));
    assertRefused("id.length", "/units/1/riskPoints/0", refusedAfter(KUNMING, d ->
        at(d, "/units/1/riskPoints/0").put("identifiedBy", "官".repeat(org.lianfang.TextHygiene.MAX_ID_LENGTH + 1))));
  }

  private static Refusal.Violation controlSet(String pointer, String value) {
    return set(CONTROL, pointer, value);
  }

  /** Issue 11: every reference a record of the control stage makes is checked on import, at its pointer. */
  @Test
  void everyReferenceOfTheControlStageToARecordNoOneHasIsRefusedAtItsPointer() {
    for (String at : List.of("/units/1/controlMeasures/0/points/0",
        "/units/1/controlMeasures/0/plan/owners/directOwner", "/units/1/educationActivities/0/content/attendees/0",
        "/units/1/educationActivities/0/content/lecturerId", "/units/1/powerDisclosures/0/powerItem",
        "/units/1/serviceCommitments/0/terms/holder", "/units/1/serviceCommitments/0/terms/post")) {
      assertRefused("ledger.dangling", at, controlSet(at, NOBODY));
    }
  }

  /** Issue 11: the texts of the control stage keep on import the limits and hygiene their commands keep. */
  @Test
  void textsOfTheControlStageACommandRefusesAreRefusedOnImportToo() {
    String tooLong = "廉".repeat(org.lianfang.Limits.TEXT + 1);
    for (String at : List.of("/units/1/controlMeasures/0/plan/content", "/units/1/educationActivities/0/content/topic",
        "/units/1/serviceCommitments/0/terms/content", "/units/1/serviceCommitments/0/terms/target")) {
      assertRefused("ledger.size", at, controlSet(at, tooLong));
    }
    assertRefused("ledger.size", "/units/1/educationActivities/0/content/lecturer",
        controlSet("/units/1/educationActivities/0/content/lecturer", "名".repeat(org.lianfang.Limits.NAME + 1)));
    assertRefused("ControlCharacter", "/units/1/educationActivities/0/content/topic", controlSet(
        "/units/1/educationActivities/0/content/topic", "廉洁\u0000党课"));
    Refusal.Violation bell = controlSet("/units/1/powerDisclosures/0/content/fields/fees", "不\u0007收费");
    assertEquals("ControlCharacter", bell.rule(), bell.toString());
    assertTrue(bell.path().startsWith("/units/1/powerDisclosures/0"), bell.toString());
  }

  /** Issue 11: a record the domain would never build is refused as such, at its pointer. */
  @Test
  void recordsOfTheControlStageTheDomainRefusesAreRefusedOnImport() {
    Refusal.Violation hours = refusedAfter(CONTROL, d -> at(d, "/units/1/educationActivities/0/content")
        .put("hours", new java.math.BigDecimal("1.25")));
    assertEquals("/units/1/educationActivities/0/content", hours.path().replaceFirst("/hours$", ""), hours.toString());
    Refusal.Violation verdictless = refusedAfter(CONTROL, d -> at(d, "/units/1/serviceCommitments/0/life")
        .remove("verdict"));
    assertTrue(verdictless.path().startsWith("/units/1/serviceCommitments/0"), verdictless.toString());
    Refusal.Violation noChannel = refusedAfter(CONTROL, d -> at(d, "/units/1/powerDisclosures/0/content")
        .putArray("channels"));
    assertTrue(noChannel.path().startsWith("/units/1/powerDisclosures/0"), noChannel.toString());
    Refusal.Violation blankBasis = refusedAfter(CONTROL, d -> {
      for (JsonNode item : d.at("/units/1/powerItems")) {
        if (item.has("secrecy")) {
          ((ObjectNode) item).put("secrecy", " ");
        }
      }
    });
    assertTrue(blankBasis.path().startsWith("/units/1/powerItems/"), blankBasis.toString());
  }
}

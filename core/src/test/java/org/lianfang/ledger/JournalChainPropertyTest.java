package org.lianfang.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.testing.Generators;
import org.lianfang.testing.TestEntries;

/** ARCHITECTURE.md decision 3: {@code verify} finds every single edit, deletion or reordering of a unit's chain. */
class JournalChainPropertyTest {
  private static final UnitId UNIT = new UnitId(UUID.randomUUID());

  private static Optional<ChainHead> headOf(List<JournalEntry> chain) {
    return Optional.of(chain.get(chain.size() - 1).head());
  }

  @Test
  void anUntouchedChainVerifies() {
    qt().forAll(Generators.chains(UNIT, 30)).checkAssert(chain ->
        assertEquals(new Verification.Intact(chain.size()), JournalChain.verify(ChainDigest.SHA_256,
            UNIT, chain, headOf(chain))));
  }

  @Test
  void everySingleEditIsFound() {
    qt().forAll(Generators.chains(UNIT, 30), integers().between(0, 1000), integers().between(0, 8))
        .checkAssert((chain, at, field) -> {
          int i = at % chain.size();
          JournalEntry e = chain.get(i);
          JournalEntry edited = switch (field) {
            case 0 -> new JournalEntry(e.unitId(), e.sequence(), e.eventType() + "x", e.actorId(), e.at(),
                e.payload(), e.recordId(), e.recordDigest(), e.previousHash(), e.hash());
            case 1 -> new JournalEntry(e.unitId(), e.sequence(), e.eventType(), e.actorId() + "x", e.at(),
                e.payload(), e.recordId(), e.recordDigest(), e.previousHash(), e.hash());
            case 2 -> new JournalEntry(e.unitId(), e.sequence(), e.eventType(), e.actorId(), e.at().plusMillis(1),
                e.payload(), e.recordId(), e.recordDigest(), e.previousHash(), e.hash());
            case 3 -> new JournalEntry(e.unitId(), e.sequence(), e.eventType(), e.actorId(), e.at(),
                e.payload() + " ", e.recordId(), e.recordDigest(), e.previousHash(), e.hash());
            case 4 -> new JournalEntry(e.unitId(), e.sequence(), e.eventType(), e.actorId(), e.at(),
                e.payload(), e.recordId(), e.recordDigest(), flipFirst(e.previousHash()), e.hash());
            case 5 -> new JournalEntry(e.unitId(), e.sequence(), e.eventType(), e.actorId(), e.at(),
                e.payload(), e.recordId(), e.recordDigest(), e.previousHash(),
                    JournalChain.expectedHash(ChainDigest.SHA_256, new JournalEntry(
                    e.unitId(), e.sequence(), e.eventType(), e.actorId(), e.at(), "改过的内容", e.recordId(),
                    e.recordDigest(), e.previousHash(), e.hash())));
            case 7 -> new JournalEntry(e.unitId(), e.sequence(), e.eventType(), e.actorId(), e.at(),
                e.payload(), UUID.randomUUID(), e.recordDigest(), e.previousHash(), e.hash());
            case 8 -> new JournalEntry(e.unitId(), e.sequence(), e.eventType(), e.actorId(), e.at(),
                e.payload(), e.recordId(), flipFirst(e.recordDigest()), e.previousHash(), e.hash());
            case 6 -> new JournalEntry(new UnitId(UUID.randomUUID()), e.sequence(), e.eventType(), e.actorId(),
                e.at(), e.payload(), e.recordId(), e.recordDigest(), e.previousHash(), e.hash());
            default -> throw new AssertionError(field);
          };
          List<JournalEntry> tampered = new ArrayList<>(chain);
          tampered.set(i, edited);
          Verification v = JournalChain.verify(ChainDigest.SHA_256, UNIT, tampered, headOf(chain));
          assertFalse(v.intact(), "edit of field " + field + " at " + i + " went unnoticed");
          assertEquals(i + 1L, ((Verification.Broken) v).sequence(), "the first broken link is the edited entry");
        });
  }

  private static String flipFirst(String hex) {
    return (hex.charAt(0) == 'f' ? "0" : "f") + hex.substring(1);
  }

  @Test
  void anEditWithARecomputedHashIsFoundAtTheNextLinkOrTheHead() {
    qt().forAll(Generators.chains(UNIT, 30), integers().between(0, 1000)).checkAssert((chain, at) -> {
      int i = at % chain.size();
      JournalEntry e = chain.get(i);
      JournalEntry forged = new JournalEntry(e.unitId(), e.sequence(), e.eventType(), e.actorId(), e.at(),
          "伪造的记录", e.recordId(), e.recordDigest(), e.previousHash(), "");
      forged = new JournalEntry(e.unitId(), e.sequence(), e.eventType(), e.actorId(), e.at(), forged.payload(),
          e.recordId(), e.recordDigest(), e.previousHash(), JournalChain.expectedHash(ChainDigest.SHA_256, forged));
      List<JournalEntry> tampered = new ArrayList<>(chain);
      tampered.set(i, forged);
      Verification v = JournalChain.verify(ChainDigest.SHA_256, UNIT, tampered, headOf(chain));
      assertFalse(v.intact());
      assertEquals(i + 2, ((Verification.Broken) v).sequence(), "the break shows where the forged link ends");
    });
  }

  @Test
  void everySingleDeletionIsFound() {
    qt().forAll(Generators.chains(UNIT, 30), integers().between(0, 1000)).checkAssert((chain, at) -> {
      int i = at % chain.size();
      List<JournalEntry> tampered = new ArrayList<>(chain);
      tampered.remove(i);
      Verification v = JournalChain.verify(ChainDigest.SHA_256, UNIT, tampered, headOf(chain));
      assertFalse(v.intact(), "deleting entry " + (i + 1));
      assertEquals(i + 1L, ((Verification.Broken) v).sequence(), "the break is where the entry is missing");
    });
  }

  @Test
  void everyReorderingIsFound() {
    qt().forAll(Generators.chains(UNIT, 30), integers().between(0, 1000), integers().between(0, 1000))
        .assuming((chain, a, b) -> chain.size() > 1 && a % chain.size() != b % chain.size())
        .checkAssert((chain, a, b) -> {
          List<JournalEntry> tampered = new ArrayList<>(chain);
          Collections.swap(tampered, a % chain.size(), b % chain.size());
          Verification v = JournalChain.verify(ChainDigest.SHA_256, UNIT, tampered, headOf(chain));
          assertFalse(v.intact());
          assertEquals(Math.min(a % chain.size(), b % chain.size()) + 1L, ((Verification.Broken) v).sequence(),
              "the break is at the first moved entry");
        });
  }

  @Test
  void anEmptyChainVerifiesOnlyWithoutAHead() {
    assertEquals(new Verification.Intact(0), JournalChain.verify(ChainDigest.SHA_256,
        UNIT, List.of(), Optional.empty()));
    JournalEntry first = JournalChain.next(ChainDigest.SHA_256,
        Optional.empty(), UNIT, "e", "a", Instant.EPOCH, "x", TestEntries.RECORD,
        TestEntries.DIGEST);
    assertFalse(JournalChain.verify(ChainDigest.SHA_256, UNIT, List.of(), Optional.of(first.head())).intact());
    assertFalse(JournalChain.verify(ChainDigest.SHA_256, UNIT, List.of(first), Optional.empty()).intact());
  }

  @Test
  void brokenLinksAreExplainedInChineseAndEnglish() {
    JournalEntry first = JournalChain.next(ChainDigest.SHA_256,
        Optional.empty(), UNIT, "e", "a", Instant.EPOCH, "x", TestEntries.RECORD,
        TestEntries.DIGEST);
    JournalEntry second = JournalChain.next(ChainDigest.SHA_256,
        Optional.of(first.head()), UNIT, "e", "a", Instant.EPOCH, "y",
        TestEntries.RECORD, TestEntries.DIGEST);
    Verification v = JournalChain.verify(ChainDigest.SHA_256, UNIT, List.of(second), Optional.of(second.head()));
    Verification.Broken b = (Verification.Broken) v;
    assertEquals(1, b.sequence());
    assertTrue(b.reasonZh().contains("记录缺失"), b.reasonZh());
    assertTrue(b.reasonEn().contains("missing"), b.reasonEn());
  }
}

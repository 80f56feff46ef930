package org.lianfang.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianfang.testing.Sm3Archives;

/**
 * The digest an archive's chains use (issue 10, 国密): SHA-256 by default, SM3 through a provider passed (BouncyCastle,
 * test scope only), nothing that is not a 256-bit digest.
 */
class ChainDigestTest {
  private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

  @Test
  void sm3IsTheDigestOfGbT32905() {
    // GB/T 32905-2016, appendix A.1: the digest of "abc"
    assertEquals("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
        Sm3Archives.SM3.hex(ABC, 0, ABC.length));
    assertEquals("SM3", ChainDigest.of("sm3", Sm3Archives.BC).name(), "names are kept upper case");
  }

  @Test
  void sha256IsTheDefaultAndTheJdks() throws Exception {
    assertEquals("SHA-256", ChainDigest.SHA_256.name());
    assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ABC)),
        ChainDigest.SHA_256.hex(ABC, 0, ABC.length));
    assertEquals(ChainDigest.SHA_256, ChainDigest.of("SHA-256", Sm3Archives.BC), "equal by name, whatever provider");
    assertNotEquals(ChainDigest.SHA_256, Sm3Archives.SM3);
  }

  @Test
  void onlyA256BitDigestSomeProviderHasWithAPlainNameIsAccepted() {
    IllegalArgumentException longer = assertThrows(IllegalArgumentException.class, () -> ChainDigest.of("SHA-512"));
    assertTrue(longer.getMessage().contains("256") && longer.getMessage().contains("512"), longer.getMessage());
    IllegalArgumentException noSm3 = assertThrows(IllegalArgumentException.class, () -> ChainDigest.of("SM3"));
    assertTrue(noSm3.getMessage().contains("SM3") && noSm3.getMessage().contains("提供者"), noSm3.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ChainDigest.of("SHA 256"));
    assertThrows(IllegalArgumentException.class, () -> ChainDigest.of("\u200BSM3", Sm3Archives.BC));
    assertThrows(IllegalArgumentException.class, () -> ChainDigest.of(""));
    assertEquals("SHA3-256", ChainDigest.of("sha3-256").name(), "any 256-bit digest of the JDK");
  }

  @Test
  void aNameIsFoundInTheProviderGivenThenAmongTheInstalledOnes() {
    assertEquals(Optional.of(Sm3Archives.SM3), ChainDigest.find("SM3", Optional.of(Sm3Archives.BC)));
    assertEquals(Optional.empty(), ChainDigest.find("SM3", Optional.empty()), "the JDK has no SM3");
    assertEquals(Optional.of(ChainDigest.SHA_256), ChainDigest.find("SHA-256", Optional.empty()));
    assertEquals(Optional.empty(), ChainDigest.find("MD5", Optional.of(Sm3Archives.BC)), "128 bits");
    assertEquals(Optional.empty(), ChainDigest.find("NO-SUCH", Optional.empty()));
  }

  @Test
  void anEntryOfAnSm3ChainHashesItsCanonicalTextWithSm3() {
    org.lianfang.UnitId unit = new org.lianfang.UnitId(java.util.UUID.randomUUID());
    JournalEntry e = JournalChain.next(Sm3Archives.SM3, Optional.empty(), unit, "unit.registered", "甲",
        java.time.Instant.parse("2010-08-31T01:00:00Z"), "{\"名称\":\"昆明市\"}", org.lianfang.testing.TestEntries.RECORD,
        org.lianfang.testing.TestEntries.DIGEST);
    assertEquals(Sm3Archives.sm3(Sm3Archives.entryText(e)), e.hash());
    assertEquals(e.hash(), JournalChain.expectedHash(Sm3Archives.SM3, e));
    assertNotEquals(e.hash(), JournalChain.expectedHash(ChainDigest.SHA_256, e));
    assertEquals(JournalChain.GENESIS.length(), e.hash().length(), "64 hex characters, as the stores keep");
  }
}

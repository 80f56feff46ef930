package org.lianfang.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.application.ledger.JcaSigner;
import org.lianfang.UnitId;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Signed checkpoints of journal heads (issue 10, finding 3): the Merkle root is RFC 6962's over the heads, any change
 * of a head, the instant or the key changes what verifies, and the signature is the JCA algorithm's over the signed
 * fields.
 */
class CheckpointTest {
  private static final KeyPair KEYS = keys();
  private static final JcaSigner SIGNER = JcaSigner.ed25519(KEYS.getPrivate(), "市纪委-2026");
  private static final Instant AT = Instant.parse("2026-12-02T08:00:00Z");

  private static KeyPair keys() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static Gen<ChainHead> heads() {
    return SourceDSL.longs().between(1, 1L << 40).zip(SourceDSL.longs().all(), SourceDSL.longs().all(),
        (sequence, a, b) -> new ChainHead(new UnitId(new UUID(a, b)), sequence,
            String.format("%016x", a).repeat(4)));
  }

  private static Gen<List<ChainHead>> headLists() {
    return SourceDSL.lists().of(heads()).ofSizeBetween(1, 40);
  }

  @Test
  void theRootIsRfc6962sTreeOverTheLeavesOfTheHeads() throws Exception {
    List<ChainHead> three = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      three.add(new ChainHead(new UnitId(new UUID(0, i + 1)), 10 + i, Integer.toString(i).repeat(64)));
    }
    byte[] a = leaf(three.get(0));
    byte[] b = leaf(three.get(1));
    byte[] c = leaf(three.get(2));
    assertEquals(HexFormat.of().formatHex(a), Checkpoint.root(ChainDigest.SHA_256,
        three.subList(0, 1)), "one leaf: its leaf hash");
    assertEquals(HexFormat.of().formatHex(node(a, b)), Checkpoint.root(ChainDigest.SHA_256, three.subList(0, 2)));
    assertEquals(HexFormat.of().formatHex(node(node(a, b), c)), Checkpoint.root(ChainDigest.SHA_256, three),
        "three leaves: the first two, then the third (RFC 6962, 2.1)");
  }

  /** SHA-256 of 0x00 and the leaf's JSON, written out here from the documented layout. */
  private static byte[] leaf(ChainHead h) throws Exception {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    d.update((byte) 0);
    d.update(("{\"hash\":\"" + h.hash() + "\",\"sequence\":" + h.sequence() + ",\"unitId\":\"" + h.unitId().value()
        + "\"}").getBytes(StandardCharsets.UTF_8));
    return d.digest();
  }

  private static byte[] node(byte[] left, byte[] right) throws Exception {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    d.update((byte) 1);
    d.update(left);
    d.update(right);
    return d.digest();
  }

  @Test
  void aSignedCheckpointVerifiesWithItsKeyWhateverOrderTheHeadsCameIn() {
    qt().withExamples(50).forAll(headLists()).check(heads -> {
      List<ChainHead> shuffled = new ArrayList<>(distinct(heads));
      Collections.shuffle(shuffled);
      Checkpoint c = signed(AT, shuffled, SIGNER);
      return c.signedBy(KEYS.getPublic()) && c.heads().size() == shuffled.size()
          && c.heads().containsAll(shuffled) && c.head(shuffled.get(0).unitId()).orElseThrow().equals(shuffled.get(0));
    });
  }

  @Test
  void changingAnyHeadsSequenceOrHashBreaksTheCheckpoint() {
    qt().withExamples(100).forAll(headLists(), SourceDSL.integers().between(0, 39), SourceDSL.booleans().all())
        .check((heads, at, sequence) -> {
          Checkpoint c = signed(AT, distinct(heads), SIGNER);
          List<ChainHead> changed = new ArrayList<>(c.heads());
          int i = at % changed.size();
          ChainHead h = changed.get(i);
          changed.set(i, sequence ? new ChainHead(h.unitId(), h.sequence() - 1, h.hash())
              : new ChainHead(h.unitId(), h.sequence(), "e" + h.hash().substring(1)));
          if (changed.get(i).equals(h)) {
            return true; // the hash already began with e: nothing changed
          }
          Checkpoint forged = new Checkpoint(c.at(), c.digest(), changed, c.root(), c.signatureAlgorithm(), c.keyId(),
              c.signature());
          Checkpoint reRooted = new Checkpoint(c.at(), c.digest(), changed, Checkpoint.root(ChainDigest.SHA_256,
              changed),
              c.signatureAlgorithm(), c.keyId(), c.signature());
          return !forged.signedBy(KEYS.getPublic()) && !reRooted.signedBy(KEYS.getPublic())
              && !Checkpoint.root(ChainDigest.SHA_256, changed).equals(c.root());
        });
  }

  @Test
  void anotherKeyAnotherInstantOrAnotherKeyNameDoesNotVerify() {
    List<ChainHead> heads = List.of(new ChainHead(new UnitId(UUID.randomUUID()), 3, "a".repeat(64)));
    Checkpoint c = signed(AT, heads, SIGNER);
    assertTrue(c.signedBy(KEYS.getPublic()));
    assertFalse(c.signedBy(keys().getPublic()), "another Ed25519 key");
    assertFalse(new Checkpoint(AT.plusMillis(1), c.digest(), heads, c.root(), c.signatureAlgorithm(), c.keyId(),
        c.signature()).signedBy(KEYS.getPublic()), "the instant moved");
    assertFalse(new Checkpoint(AT, c.digest(), heads, c.root(), c.signatureAlgorithm(), "另一把钥匙", c.signature())
        .signedBy(KEYS.getPublic()), "another key's name");
    assertFalse(new Checkpoint(AT, c.digest(), heads, c.root(), c.signatureAlgorithm(), c.keyId(), "not base64!")
        .signedBy(KEYS.getPublic()), "a signature that is not Base64 verifies nothing and throws nothing");
    assertFalse(new Checkpoint(AT, c.digest(), heads, c.root(), "SHA256withECDSA", c.keyId(), c.signature())
        .signedBy(KEYS.getPublic()), "an Ed25519 key under another algorithm's name");
  }

  @Test
  void theSignatureIsTheAlgorithmsOverTheCanonicalSignedFields() throws Exception {
    Checkpoint c = signed(AT, List.of(new ChainHead(new UnitId(UUID.randomUUID()), 1, "b".repeat(64))),
        SIGNER);
    String signed = "{\"at\":\"2026-12-02T08:00:00Z\",\"digest\":\"SHA-256\",\"format\":\"lianfang-checkpoint/1\","
        + "\"keyId\":\"市纪委-2026\",\"root\":\"" + c.root() + "\",\"signatureAlgorithm\":\"Ed25519\",\"units\":1}";
    java.security.Signature s = java.security.Signature.getInstance("Ed25519");
    s.initVerify(KEYS.getPublic());
    s.update(signed.getBytes(StandardCharsets.UTF_8));
    assertTrue(s.verify(java.util.Base64.getDecoder().decode(c.signature())), "any verifier can check it by hand");
    s.initSign(KEYS.getPrivate());
    s.update(signed.getBytes(StandardCharsets.UTF_8));
    assertArrayEquals(s.sign(), java.util.Base64.getDecoder().decode(c.signature()), "Ed25519 is deterministic");
  }

  @Test
  void aCheckpointHoldsAtLeastOneHeadOnePerUnitInOrder() {
    UnitId u = new UnitId(new UUID(0, 1));
    UnitId v = new UnitId(new UUID(0, 2));
    ChainHead hu = new ChainHead(u, 1, "c".repeat(64));
    ChainHead hv = new ChainHead(v, 1, "d".repeat(64));
    assertThrows(IllegalArgumentException.class, () -> new Checkpoint(AT, "SHA-256", List.of(), "", "Ed25519", "k",
        ""));
    assertThrows(IllegalArgumentException.class, () -> new Checkpoint(AT, "SHA-256", List.of(hv, hu), "", "Ed25519",
        "k", ""));
    assertThrows(IllegalArgumentException.class, () -> new Checkpoint(AT, "SHA-256", List.of(hu, hu), "", "Ed25519",
        "k", ""));
    assertThrows(IllegalArgumentException.class, () -> signed(AT, List.of(hu, hu), SIGNER));
    assertThrows(IllegalArgumentException.class, () -> JcaSigner.ed25519(KEYS.getPrivate(), "two words"));
    assertNotEquals(Checkpoint.root(ChainDigest.SHA_256,
        List.of(hu, hv)), Checkpoint.root(ChainDigest.SHA_256, List.of(hv, hu)), "the order is the tree's");
  }

  private static List<ChainHead> distinct(List<ChainHead> heads) {
    List<ChainHead> out = new ArrayList<>();
    java.util.Set<UnitId> seen = new java.util.HashSet<>();
    heads.forEach(h -> {
      if (seen.add(h.unitId())) {
        out.add(h);
      }
    });
    return out;
  }

  /** Signs through the signer, as {@code LedgerQueries.checkpoint} does. */
  static Checkpoint signed(Instant at, List<ChainHead> heads, JcaSigner signer) {
    return Checkpoint.sign(ChainDigest.SHA_256, at, heads, signer.algorithm(), signer.keyId(), signer::sign);
  }
}

package org.lianfang.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.lianfang.application.ledger.JcaSigner;
import org.lianfang.UnitId;

/**
 * 国密 (GB/T 39786): a checkpoint signed with SM2 over SM3 through a JCA provider — BouncyCastle, in test scope only,
 * so the core keeps no dependency (issue 10). The provider is passed, not installed, so nothing else in the test JVM
 * sees it.
 */
class CheckpointSm2Test {
  private static final Provider BC = new BouncyCastleProvider();

  private static KeyPair sm2() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
    g.initialize(new ECGenParameterSpec("sm2p256v1"));
    return g.generateKeyPair();
  }

  @Test
  void aCheckpointSignedWithSm2VerifiesWithItsKeyAndNoOther() throws Exception {
    KeyPair keys = sm2();
    JcaSigner signer = JcaSigner.of("SM3withSM2", keys.getPrivate(), "云南省纪委-SM2", Optional.of(BC));
    List<ChainHead> heads = List.of(new ChainHead(new UnitId(UUID.randomUUID()), 7, "1".repeat(64)),
        new ChainHead(new UnitId(UUID.randomUUID()), 12, "2".repeat(64)));
    Checkpoint c = signed(Instant.parse("2026-12-02T08:00:00Z"), heads, signer);

    assertEquals("SM3withSM2", c.signatureAlgorithm());
    assertTrue(c.signedBy(keys.getPublic(), Optional.of(BC)));
    assertFalse(c.signedBy(sm2().getPublic(), Optional.of(BC)), "another SM2 key");
    Signature byHand = Signature.getInstance("SM3withSM2", BC);
    byHand.initVerify(keys.getPublic());
    byHand.update(CanonicalJson.of(c.signedFields()).getBytes(StandardCharsets.UTF_8));
    assertTrue(byHand.verify(Base64.getDecoder().decode(c.signature())), "a verifier with any SM2 library checks it");
    assertFalse(c.signedBy(keys.getPublic()), "the JDK has no SM2: without the provider given or installed, the "
        + "checkpoint verifies as not signed, and nothing is thrown");
  }

  /** Signs through the signer, as {@code LedgerQueries.checkpoint} does. */
  static Checkpoint signed(Instant at, List<ChainHead> heads, JcaSigner signer) {
    return Checkpoint.sign(ChainDigest.SHA_256, at, heads, signer.algorithm(), signer.keyId(), signer::sign);
  }
}

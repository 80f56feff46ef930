package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.spec.ECGenParameterSpec;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.ledger.JcaSigner;
import org.lianfang.application.ledger.LedgerQueries;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.CanonicalJson;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.Checkpoint;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.ledger.Verification;

/**
 * 国密 (GB/T 39786; issue 10): an archive whose chains use SM3, through BouncyCastle's provider passed, never installed
 * (test scope only; the core keeps no dependency). Run on the in-memory store and on every database. The hashes are
 * checked against SM3 computed here from the entries' canonical text, not through Lianfang's own digest code. A store's
 * tests that use it need {@code org.bouncycastle:bcprov-jdk18on} on their test class path.
 */
public final class Sm3Archives {
  /** BouncyCastle's provider, passed where a provider is asked for. */
  public static final Provider BC = new BouncyCastleProvider();
  /** SM3 from {@link #BC}. */
  public static final ChainDigest SM3 = ChainDigest.of("SM3", BC);

  private Sm3Archives() {}

  /** @param text some text @return its SM3, lower-case hex, straight from the provider */
  public static String sm3(String text) {
    try {
      MessageDigest d = MessageDigest.getInstance("SM3", BC);
      return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** @param e an entry @return the canonical text its hash covers */
  public static String entryText(JournalEntry e) {
    return CanonicalJson.entry(e.unitId().toString(), e.sequence(), e.eventType(), e.actorId(), e.at(), e.payload(),
        e.recordId().toString(), e.recordDigest(), e.previousHash());
  }

  /**
   * Commands on an SM3 archive hash each entry and each record's state with SM3; the chains and the records verify;
   * checked as SHA-256 the same chain is broken, so the digest an archive names is the one that vouches for it.
   *
   * @param w a world over a store whose archive uses {@link #SM3}
   */
  public static void commandsHashWithSm3(World w) {
    assertEquals(SM3, w.store.journal().digest());
    w.draft(w.aPointOnApprover().described("以 SM3 摘要的风险点 𠮷").build());
    LedgerQueries ledger = w.lianfang.ledger().queries();
    assertEquals("SM3", ledger.digest().name());
    List<JournalEntry> land = ledger.journal(w.auditor, w.land, 1, 100).orElseThrow();
    assertFalse(land.isEmpty());
    for (JournalEntry e : land) {
      assertEquals(sm3(entryText(e)), e.hash(), () -> "entry " + e.sequence() + " is hashed with SM3");
    }
    assertEquals(sm3(CanonicalJson.of(AggregateKinds.state(w.store.units().find(w.land).orElseThrow()))),
        w.store.journal().read(w.land, 1, 1).get(0).recordDigest(), "the unit's record digest is SM3 of its state");
    for (UnitId u : List.of(w.city, w.land, w.planning)) {
      assertTrue(ledger.verifyJournal(w.auditor, u).orElseThrow().intact(), u.toString());
      assertTrue(ledger.verifyRecords(w.auditor, u).orElseThrow().intact(), u.toString());
    }
    Verification asSha256 = JournalChain.verify(ChainDigest.SHA_256, w.land, land, w.store.journal().head(w.land));
    assertInstanceOf(Verification.Broken.class, asSha256);
    assertEquals(1, ((Verification.Broken) asSha256).sequence(), "checked with another digest, the first entry fails");
  }

  /**
   * A checkpoint of an SM3 archive is an SM3 Merkle tree, signed with SM2 (SM3withSM2): it names SM3, verifies through
   * the provider given, and a checkpoint of the same heads under SHA-256 is refused for its digest.
   *
   * @param w a world over a store whose archive uses {@link #SM3}
   */
  public static void checkpointsAreSm3TreesSignedWithSm2(World w) throws Exception {
    w.draft(w.aPointOnApprover().build());
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
    g.initialize(new ECGenParameterSpec("sm2p256v1"));
    KeyPair keys = g.generateKeyPair();
    JcaSigner signer = JcaSigner.of("SM3withSM2", keys.getPrivate(), "省纪委-SM2", Optional.of(BC));
    LedgerQueries ledger = w.lianfang.ledger().queries();
    Checkpoint c = ledger.checkpoint(w.inspector, w.city, signer).orElseThrow();

    assertEquals("SM3", c.digest());
    assertEquals(Checkpoint.root(SM3, c.heads()), c.root());
    assertNotEquals(Checkpoint.root(ChainDigest.SHA_256, c.heads()), c.root());
    assertTrue(c.signedBy(keys.getPublic(), Optional.of(BC)), "SM3 and SM2 both from the provider given");
    for (UnitId u : List.of(w.city, w.land, w.planning)) {
      assertTrue(ledger.verifyJournal(w.auditor, u, c, keys.getPublic(), Optional.of(BC)).orElseThrow().intact());
    }
    Refusal unsignedHere = refusal(ledger.verifyJournal(w.auditor, w.land, c, keys.getPublic()));
    assertEquals("checkpoint", unsignedHere.violations().get(0).path(), "the JDK alone has no SM2: not verified");

    Checkpoint asSha256 = Checkpoint.sign(ChainDigest.SHA_256, c.at(), c.heads(), signer.algorithm(), signer.keyId(),
        signer::sign);
    Refusal other = refusal(ledger.verifyJournal(w.auditor, w.land, asSha256, keys.getPublic(), Optional.of(BC)));
    assertEquals("Digest", other.violations().get(0).rule());
    assertTrue(other.messageZh().contains("SHA-256") && other.messageEn().contains("SM3"), other.toString());
  }

  private static Refusal refusal(Outcome<?> outcome) {
    assertTrue(outcome instanceof Outcome.Refused<?>, () -> "refused: " + outcome);
    return ((Outcome.Refused<?>) outcome).refusal();
  }
}

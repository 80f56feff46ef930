package org.lianfang.application.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.Checkpoint;
import org.lianfang.application.ledger.JcaSigner;
import org.lianfang.ledger.Verification;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.World;

/**
 * Checkpoints through the ledger's reads (issue 10, finding 3): who may sign one, what it covers, and what verifying
 * against one refuses. What a checkpoint finds that the chain alone does not is tested where a database administrator
 * can rewrite rows: {@code CheckpointAgainstTheAdministratorTest} in the JDBC adapter.
 */
class CheckpointQueriesTest {
  private World w;
  private LedgerQueries ledger;
  private KeyPair keys;
  private JcaSigner signer;

  @BeforeEach
  void world() throws Exception {
    w = World.in(InMemoryStore.create());
    ledger = w.lianfang.ledger().queries();
    keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    signer = JcaSigner.ed25519(keys.getPrivate(), "市纪委");
  }

  @Test
  void aCheckpointOfTheCityCoversEveryUnitsHeadAndLaterAppendsStillVerify() {
    w.draft(w.aPointOnApprover().build());
    List<ChainHead> heads = List.of(w.city, w.land, w.planning).stream()
        .map(u -> w.store.journal().head(u).orElseThrow()).toList();
    Checkpoint c = ledger.checkpoint(w.inspector, w.city, signer).orElseThrow();

    assertEquals(3, c.heads().size());
    assertTrue(c.heads().containsAll(heads), "the heads as the journal keeps them");
    assertEquals(w.clock.instant(), c.at(), "read at the clock's time");
    assertEquals(heads, List.of(w.city, w.land, w.planning).stream()
        .map(u -> w.store.journal().head(u).orElseThrow()).toList(), "signing writes nothing");
    w.draft(w.aPointOnApprover().described("检查点之后的风险").build());
    for (UnitId u : List.of(w.city, w.land, w.planning)) {
      Verification v = ledger.verifyJournal(w.auditor, u, c, keys.getPublic()).orElseThrow();
      assertEquals(ledger.verifyJournal(w.auditor, u).orElseThrow(), v, "intact as without the checkpoint");
      assertTrue(v.intact(), u + ": " + v);
    }
  }

  @Test
  void aCheckpointThatDoesNotVerifyWithTheKeyOrDoesNotCoverTheUnitIsRefusedNamingIt() throws Exception {
    Checkpoint land = ledger.checkpoint(w.landLeader, w.land, signer).orElseThrow();
    assertEquals(1, land.heads().size(), "a bureau without units below covers itself");

    Refusal otherKey = refusal(ledger.verifyJournal(w.auditor, w.land, land,
        KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic()));
    assertEquals(Refusal.Code.INVALID_INPUT, otherKey.code());
    assertEquals("checkpoint", otherKey.violations().get(0).path());
    assertTrue(otherKey.messageZh().contains("签名") && otherKey.messageEn().contains("signature"), otherKey.toString());

    Refusal uncovered = refusal(ledger.verifyJournal(w.auditor, w.planning, land, keys.getPublic()));
    assertEquals("checkpoint", uncovered.violations().get(0).path());
    assertTrue(uncovered.messageZh().contains("不含该单位") && uncovered.messageEn().contains("no head of the unit"),
        uncovered.toString());
  }

  @Test
  void signingAndVerifyingNeedTheJournalOfEveryUnitCovered() {
    assertEquals(Refusal.Code.ACCESS_DENIED, refusal(ledger.checkpoint(w.planningLeader, w.city, signer)).code(),
        "the planning bureau's leader may not read the land bureau's journal, which the city's checkpoint covers");
    assertEquals(Refusal.Code.ACCESS_DENIED, refusal(ledger.checkpoint(w.approverHolder, w.land, signer)).code());
    Checkpoint c = ledger.checkpoint(w.inspector, w.city, signer).orElseThrow();
    assertEquals(Refusal.Code.ACCESS_DENIED,
        refusal(ledger.verifyJournal(w.planningLeader, w.land, c, keys.getPublic())).code());
    assertEquals(Optional.empty(), c.head(new UnitId(java.util.UUID.randomUUID())));
  }

  private static Refusal refusal(Outcome<?> outcome) {
    return ((Outcome.Refused<?>) outcome).refusal();
  }
}

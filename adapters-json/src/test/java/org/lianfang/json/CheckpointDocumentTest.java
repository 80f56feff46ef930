package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.Checkpoint;
import org.lianfang.application.ledger.JcaSigner;

/**
 * A signed checkpoint leaves the database as JSON (issue 10, finding 3): published, sent to the body above, and read
 * back whole — still signed by its key — while a document whose heads were changed reads back as not signed.
 */
class CheckpointDocumentTest {
  private final ObjectMapper mapper = JsonMapper.builder().addModule(new LianfangModule()).build();

  @Test
  void aCheckpointReadBackFromItsDocumentIsTheSameAndStillSigned() throws Exception {
    KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Checkpoint c = signed(Instant.parse("2026-12-02T08:00:00.125Z"), List.of(
        new ChainHead(new UnitId(UUID.fromString("01890000-0000-7000-8000-0000000000aa")), 41, "3".repeat(64)),
        new ChainHead(new UnitId(UUID.fromString("01890000-0000-7000-8000-0000000000bb")), 9, "4".repeat(64))),
        JcaSigner.ed25519(keys.getPrivate(), "昆明市纪委-2026"));

    String text = mapper.writeValueAsString(c);
    JsonNode tree = mapper.readTree(text);
    assertEquals("2026-12-02T08:00:00.125Z", tree.get("at").asText());
    assertEquals(41, tree.get("heads").get(0).get("sequence").asLong());
    assertEquals("01890000-0000-7000-8000-0000000000bb", tree.get("heads").get(1).get("unitId").asText());
    assertEquals("昆明市纪委-2026", tree.get("keyId").asText());
    Checkpoint back = mapper.readValue(text, Checkpoint.class);
    assertEquals(c, back);
    assertTrue(back.signedBy(keys.getPublic()));

    ((ObjectNode) tree.get("heads").get(0)).put("sequence", 40);
    Checkpoint moved = mapper.treeToValue(tree, Checkpoint.class);
    assertFalse(moved.signedBy(keys.getPublic()), "a head moved back in the document: the root no longer holds");
  }

  /** Signs through the signer, as {@code LedgerQueries.checkpoint} does. */
  static Checkpoint signed(Instant at, List<ChainHead> heads, JcaSigner signer) {
    return Checkpoint.sign(ChainDigest.SHA_256, at, heads, signer.algorithm(), signer.keyId(), signer::sign);
  }
}

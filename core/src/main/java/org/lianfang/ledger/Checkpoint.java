package org.lianfang.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.lianfang.ArchiveObject;
import org.lianfang.TextHygiene;
import org.lianfang.UnitId;

/**
 * A signed checkpoint of journal heads: every unit's last link at one moment, under one Merkle root (RFC 6962's tree,
 * so one checkpoint covers a city), signed by a key the host keeps outside the database (issue 10, finding 3). Kept
 * or published outside the store — with the public notice, or sent to the body above — and handed back to
 * {@code LedgerQueries.verifyJournal(actor, unit, checkpoint, key)}, it finds what a chain checked against its own head
 * cannot: an entry rewritten with every later hash recomputed, or the tail removed and the head moved back, up to the
 * checkpoint. What it proves and does not prove: docs/security.md. Immutable and thread-safe.
 *
 * <p>The leaf of a head is the {@link CanonicalJson canonical JSON} {@code {"hash":…,"sequence":…,"unitId":…}}; a
 * leaf hashes as the digest of {@code 0x00} and its UTF-8 bytes, a node as the digest of {@code 0x01} and its
 * children's hashes, with the archive's {@link ChainDigest} (SHA-256 by default, SM3 for 国密), which the checkpoint
 * names in {@link #digest()}. The signature covers the canonical JSON of {@link #signedFields()}: the format, the
 * instant, the digest, the root, the number of units, the algorithm and the key's name.
 *
 * @param at when the heads were read
 * @param digest the name of the tree's digest, the archive's ({@link ChainDigest#name()})
 * @param heads each unit's head, one per unit, in unit id order
 * @param root the Merkle root over the heads, lower-case hex
 * @param signatureAlgorithm the JCA name of the signature's algorithm
 * @param keyId the name of the key that signed
 * @param signature the signature, Base64
 */
public record Checkpoint(Instant at, String digest, List<ChainHead> heads, String root, String signatureAlgorithm,
    String keyId, String signature) {
  /** The name of this layout, inside what is signed. */
  public static final String FORMAT = "lianfang-checkpoint/1";

  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if there is no head, two heads of one unit, heads out of unit id order, a digest
   *     name that is not one word of at most {@value ChainDigest#MAX_NAME} characters, or a key name that is not one line
   *     without spaces
   */
  public Checkpoint {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(digest, "digest");
    heads = List.copyOf(heads);
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(signature, "signature");
    if (heads.isEmpty()) {
      throw new IllegalArgumentException("a checkpoint covers at least one unit");
    }
    for (int i = 1; i < heads.size(); i++) {
      if (BY_UNIT.compare(heads.get(i - 1), heads.get(i)) >= 0) {
        throw new IllegalArgumentException("heads must be one per unit, in unit id order: " + heads.get(i).unitId());
      }
    }
    TextHygiene.ofId(digest).ifPresent(p -> {
      throw new IllegalArgumentException("digest: " + p.messageEn());
    });
    if (digest.isEmpty() || digest.length() > ChainDigest.MAX_NAME) {
      throw new IllegalArgumentException("digest: a name of 1 to " + ChainDigest.MAX_NAME + " characters");
    }
    TextHygiene.ofId(keyId).ifPresent(p -> {
      throw new IllegalArgumentException("keyId: " + p.messageEn());
    });
  }

  private static final Comparator<ChainHead> BY_UNIT = Comparator.comparing(h -> h.unitId().value());

  /**
   * Signs the heads read at one moment (through a {@code Signer}, in {@code LedgerQueries.checkpoint}).
   *
   * @param digest the archive's digest
   * @param at when they were read
   * @param heads the heads, one per unit, in any order
   * @param algorithm the JCA name of the signature's algorithm
   * @param keyId the name of the key that signs
   * @param sign signs a message with that key
   * @return the checkpoint
   */
  public static Checkpoint sign(ChainDigest digest, Instant at, List<ChainHead> heads, String algorithm, String keyId,
      UnaryOperator<byte[]> sign) {
    List<ChainHead> ordered = new ArrayList<>(heads);
    ordered.sort(BY_UNIT);
    Instant millis = at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    String root = root(digest, ordered);
    byte[] message = CanonicalJson.of(fields(millis, digest.name(), root, ordered.size(), algorithm, keyId))
        .getBytes(StandardCharsets.UTF_8);
    return new Checkpoint(millis, digest.name(), ordered, root, algorithm, keyId,
        Base64.getEncoder().encodeToString(sign.apply(message)));
  }

  /** @param unit a unit @return its head in this checkpoint, if it covers the unit */
  public Optional<ChainHead> head(UnitId unit) {
    return heads.stream().filter(h -> h.unitId().equals(unit)).findFirst();
  }

  /** @return what the signature covers, as the archive writes it */
  public ArchiveObject signedFields() {
    return fields(at, digest, root, heads.size(), signatureAlgorithm, keyId);
  }

  /**
   * Whether this checkpoint is whole and signed by a key: its root is the root of its heads under the digest it names
   * and its signature verifies with the key, through the installed JCA providers.
   *
   * @param key the public key of {@link #keyId}
   * @return whether it holds
   */
  public boolean signedBy(PublicKey key) {
    return signedBy(key, Optional.empty());
  }

  /**
   * Whether this checkpoint is whole and signed by a key, through a given JCA provider ({@code SM3withSM2} and
   * {@code SM3} with BouncyCastle's, say) or the installed ones.
   *
   * @param key the public key of {@link #keyId}
   * @param provider the provider of {@link #signatureAlgorithm} and of {@link #digest} if it has them (the installed
   *     ones are asked for what it lacks), or empty for the installed ones
   * @return whether it holds
   */
  public boolean signedBy(PublicKey key, Optional<Provider> provider) {
    Optional<ChainDigest> tree = ChainDigest.find(digest, provider);
    return tree.isPresent() && signedBy(tree.get(), key, provider); // a digest nobody here has cannot vouch for it
  }

  /**
   * Whether this checkpoint is whole under a known digest and signed by a key: it names that digest, its root is the
   * root of its heads under it, and its signature verifies through the provider given or the installed ones.
   *
   * @param digest the archive's digest, which the checkpoint must name
   * @param key the public key of {@link #keyId}
   * @param provider the provider of {@link #signatureAlgorithm}, or empty for the installed ones
   * @return whether it holds
   */
  public boolean signedBy(ChainDigest digest, PublicKey key, Optional<Provider> provider) {
    if (!digest.name().equals(this.digest) || !root(digest, heads).equals(root)) {
      return false;
    }
    try {
      Signature s = provider.isPresent() ? Signature.getInstance(signatureAlgorithm, provider.get())
          : Signature.getInstance(signatureAlgorithm);
      s.initVerify(key);
      s.update(CanonicalJson.of(signedFields()).getBytes(StandardCharsets.UTF_8));
      return s.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false; // no such algorithm, a key of another kind, or a signature that is not Base64: not signed by it
    }
  }

  /**
   * The Merkle root over heads (RFC 6962, section 2.1, with the archive's digest).
   *
   * @param digest the digest
   * @param heads heads in unit id order, at least one
   * @return the root, lower-case hex
   */
  public static String root(ChainDigest digest, List<ChainHead> heads) {
    if (heads.isEmpty()) {
      throw new IllegalArgumentException("no heads");
    }
    List<byte[]> leaves = new ArrayList<>(heads.size());
    for (ChainHead h : heads) {
      leaves.add(hash(digest, (byte) 0, CanonicalJson.of(ArchiveObject.builder().put("hash", h.hash())
          .put("sequence", h.sequence()).put("unitId", h.unitId()).build()).getBytes(StandardCharsets.UTF_8)));
    }
    return HexFormat.of().formatHex(tree(digest, leaves, 0, leaves.size()));
  }

  private static byte[] tree(ChainDigest digest, List<byte[]> leaves, int from, int to) {
    int n = to - from;
    if (n == 1) {
      return leaves.get(from);
    }
    int k = Integer.highestOneBit(n - 1); // the largest power of two below n
    return hash(digest, (byte) 1, tree(digest, leaves, from, from + k), tree(digest, leaves, from + k, to));
  }

  private static byte[] hash(ChainDigest digest, byte prefix, byte[]... parts) {
    MessageDigest d = digest.newDigest();
    d.update(prefix);
    for (byte[] p : parts) {
      d.update(p);
    }
    return d.digest();
  }

  private static ArchiveObject fields(
      Instant at, String digest, String root, int units, String algorithm, String keyId) {
    return ArchiveObject.builder().put("format", FORMAT).put("at", at).put("digest", digest).put("root", root)
        .put("units", units).put("signatureAlgorithm", algorithm).put("keyId", keyId).build();
  }
}

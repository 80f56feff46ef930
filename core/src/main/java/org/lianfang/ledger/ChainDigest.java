package org.lianfang.ledger;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.TextHygiene;

/**
 * The digest an archive's chains are built with: each entry's hash, each record's digest and the Merkle tree of its
 * checkpoints (issue 10, 国密). SHA-256 by default; SM3 (GB/T 32905, which 密码应用安全性评估 under GB/T 39786 expects)
 * or any other 256-bit digest through a JCA provider — BouncyCastle's, say — passed here or installed in the JVM, so
 * the core depends on none. The archive records the digest's {@link #name()} once, when it is made: the store keeps it
 * ({@link org.lianfang.spi.Journal#digest()}), a ledger document names it in its header and a checkpoint in what it
 * signs, so a verifier knows which to use. Only 256-bit digests: every hash stays 64 hex characters, as the stores'
 * columns and {@link JournalChain#GENESIS} expect. Equal when the names are equal, whatever the provider. Immutable
 * and thread-safe.
 */
public final class ChainDigest {
  /** The default, SHA-256 (FIPS 180-4), which every JDK has. */
  public static final ChainDigest SHA_256 = of("SHA-256");

  /** The longest name accepted. */
  public static final int MAX_NAME = 40;

  private static final int BYTES = 32;

  private final String name;
  private final MessageDigest prototype;
  private final boolean clones;

  private ChainDigest(String name, MessageDigest prototype) {
    this.name = name;
    this.prototype = prototype;
    boolean c;
    try {
      prototype.clone();
      c = true;
    } catch (CloneNotSupportedException e) {
      c = false;
    }
    this.clones = c;
  }

  /**
   * A digest from the JVM's installed providers ({@code "SHA-256"}; {@code "SM3"} once a provider that has it is
   * installed with {@link java.security.Security#addProvider}).
   *
   * @param name the JCA name of the digest, in any case; kept upper case
   * @return the digest
   * @throws IllegalArgumentException if the name is not one id-like word of at most {@value #MAX_NAME} characters, no
   *     installed provider has it, or it is not 256 bits long
   */
  public static ChainDigest of(String name) {
    String n = checked(name);
    try {
      return made(n, MessageDigest.getInstance(n));
    } catch (NoSuchAlgorithmException e) {
      throw unknown(n, e);
    }
  }

  /**
   * A digest from a given provider, which need not be installed: {@code ChainDigest.of("SM3", new
   * BouncyCastleProvider())}.
   *
   * @param name the JCA name of the digest, in any case; kept upper case
   * @param provider the provider that has it
   * @return the digest
   * @throws IllegalArgumentException if the name is not one id-like word of at most {@value #MAX_NAME} characters, the
   *     provider does not have it, or it is not 256 bits long
   */
  public static ChainDigest of(String name, Provider provider) {
    Objects.requireNonNull(provider, "provider");
    String n = checked(name);
    try {
      return made(n, MessageDigest.getInstance(n, provider));
    } catch (NoSuchAlgorithmException e) {
      throw unknown(n, e);
    }
  }

  /**
   * The digest an archive names, from a provider if it has it, else from the installed ones; for verifiers that read
   * the name from a document.
   *
   * @param name the name the archive records
   * @param provider a provider to look in first, or empty
   * @return the digest, or empty if the name is malformed, unknown or not 256 bits
   */
  public static Optional<ChainDigest> find(String name, Optional<Provider> provider) {
    if (provider.isPresent()) {
      try {
        return Optional.of(of(name, provider.get()));
      } catch (IllegalArgumentException | NullPointerException notThere) {
        // look among the installed providers
      }
    }
    try {
      return Optional.of(of(name));
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return Optional.empty();
    }
  }

  private static String checked(String name) {
    Objects.requireNonNull(name, "name");
    TextHygiene.ofId(name).ifPresent(p -> {
      throw new IllegalArgumentException("摘要算法名 / digest name: " + p.messageEn());
    });
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw new IllegalArgumentException("摘要算法名须为 1 至 " + MAX_NAME + " 个字符 / digest name: 1 to " + MAX_NAME
          + " characters");
    }
    return name.toUpperCase(Locale.ROOT);
  }

  private static ChainDigest made(String name, MessageDigest d) {
    if (d.getDigestLength() != BYTES) {
      throw new IllegalArgumentException("链摘要须为 256 位，" + name + " 为 " + d.getDigestLength() * 8 + " 位 / a chain "
          + "digest must be 256 bits long; " + name + " is " + d.getDigestLength() * 8);
    }
    return new ChainDigest(name, d);
  }

  private static IllegalArgumentException unknown(String name, NoSuchAlgorithmException e) {
    return new IllegalArgumentException("没有提供 " + name + " 摘要算法的 JCA 提供者（SM3 可用 BouncyCastle 等）/ no JCA "
        + "provider of the digest " + name + " (SM3 comes with BouncyCastle, for one)", e);
  }

  /** @return the JCA name, upper case, as archives record it: {@code SHA-256}, {@code SM3} */
  public String name() {
    return name;
  }

  /** @return a new digest to feed, from this one's provider */
  public MessageDigest newDigest() {
    if (clones) {
      try {
        return (MessageDigest) prototype.clone();
      } catch (CloneNotSupportedException e) {
        throw new IllegalStateException("cloned once, then refused", e);
      }
    }
    try {
      return MessageDigest.getInstance(name, prototype.getProvider());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the provider had " + name + " a moment ago", e);
    }
  }

  /**
   * @param bytes the bytes
   * @param offset where they start
   * @param length how many
   * @return their digest, lower-case hex (64 characters)
   */
  public String hex(byte[] bytes, int offset, int length) {
    MessageDigest d = newDigest();
    d.update(bytes, offset, length);
    return HexFormat.of().formatHex(d.digest());
  }

  /**
   * @param bytes the bytes, from the buffer's position to its limit (consumed)
   * @return their digest, lower-case hex (64 characters)
   */
  public String hex(ByteBuffer bytes) {
    MessageDigest d = newDigest();
    d.update(bytes);
    return HexFormat.of().formatHex(d.digest());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChainDigest other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** @return the name */
  @Override
  public String toString() {
    return name;
  }
}

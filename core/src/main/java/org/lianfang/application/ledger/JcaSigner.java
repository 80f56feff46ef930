package org.lianfang.application.ledger;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.LianfangException;
import org.lianfang.TextHygiene;
import org.lianfang.spi.Signer;

/**
 * A {@link Signer} over a JCA private key: {@code Ed25519} with the JDK's own provider (the default a host needs
 * nothing more for), or any other algorithm of an installed or given provider ({@code SM3withSM2} with BouncyCastle,
 * for 商用密码 under GB/T 39786). Thread-safe: a {@link Signature} per call.
 */
public final class JcaSigner implements Signer {
  private final String algorithm;
  private final PrivateKey key;
  private final String keyId;
  private final Optional<Provider> provider;

  private JcaSigner(String algorithm, PrivateKey key, String keyId, Optional<Provider> provider) {
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.key = Objects.requireNonNull(key, "key");
    this.keyId = Objects.requireNonNull(keyId, "keyId");
    this.provider = provider;
    TextHygiene.ofId(keyId).ifPresent(p -> {
      throw new IllegalArgumentException("keyId: " + p.messageEn());
    });
    signature(); // fails now, not at the first checkpoint, if no provider has the algorithm for the key
  }

  /**
   * @param key an Ed25519 private key (the JDK's {@code KeyPairGenerator.getInstance("Ed25519")})
   * @param keyId the key's name for verifiers
   * @return a signer with it
   */
  public static JcaSigner ed25519(PrivateKey key, String keyId) {
    return new JcaSigner("Ed25519", key, keyId, Optional.empty());
  }

  /**
   * @param algorithm a JCA signature algorithm ({@code SHA256withECDSA}, {@code SM3withSM2}…)
   * @param key a private key for it
   * @param keyId the key's name for verifiers
   * @param provider the provider to use, or empty for the installed ones
   * @return a signer with it
   */
  public static JcaSigner of(String algorithm, PrivateKey key, String keyId, Optional<Provider> provider) {
    return new JcaSigner(algorithm, key, keyId, provider);
  }

  @Override
  public String algorithm() {
    return algorithm;
  }

  @Override
  public String keyId() {
    return keyId;
  }

  @Override
  public byte[] sign(byte[] message) {
    try {
      Signature s = signature();
      s.update(message);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new LianfangException("signing with " + algorithm + " failed", e);
    }
  }

  private Signature signature() {
    try {
      Signature s = provider.isPresent() ? Signature.getInstance(algorithm, provider.get())
          : Signature.getInstance(algorithm);
      s.initSign(key);
      return s;
    } catch (GeneralSecurityException e) {
      throw new LianfangException("no signature " + algorithm + " for a " + key.getAlgorithm() + " key", e);
    }
  }

  @Override
  public String toString() {
    return "JcaSigner[" + algorithm + ", " + keyId + "]";
  }
}

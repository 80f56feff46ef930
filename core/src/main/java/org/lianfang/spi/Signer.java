package org.lianfang.spi;

/**
 * Signs checkpoints of the journal heads ({@link org.lianfang.ledger.Checkpoint}), so that a rewrite of the archive
 * by someone who can write to the database is found against a copy kept outside it (issue 10, finding 3). The host
 * keeps the key (docs/security.md): in a key store, a hardware module or a signing service, never in the database
 * the journal lives in. {@link org.lianfang.application.ledger.JcaSigner} signs with any JCA private key: Ed25519 with the JDK
 * alone, SM2 with a provider such as BouncyCastle. Implementations must be thread-safe.
 */
public interface Signer {
  /** @return the JCA name of the signature algorithm, as {@link java.security.Signature#getInstance(String)} takes it */
  String algorithm();

  /** @return which key signs: a name the verifier can find the public key by, one line without spaces */
  String keyId();

  /**
   * @param message the bytes to sign
   * @return the signature
   */
  byte[] sign(byte[] message);
}

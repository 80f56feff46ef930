package org.lianfang.control;

import java.util.Objects;

/**
 * A service commitment as those served read it (P-17, S-15): what it promises, who holds it by name, and where it
 * stands, the verdict and its public explanation once judged. Immutable and thread-safe.
 *
 * @param commitment the commitment
 * @param terms what it promises
 * @param holderName the holder's name
 * @param life where it stands
 */
public record PublicCommitment(ServiceCommitmentId commitment, CommitmentTerms terms, String holderName,
    CommitmentLife life) {
  /** @throws NullPointerException if a part is null */
  public PublicCommitment {
    Objects.requireNonNull(commitment, "commitment");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(holderName, "holderName");
    Objects.requireNonNull(life, "life");
  }
}

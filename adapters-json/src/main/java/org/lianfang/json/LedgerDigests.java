package org.lianfang.json;

import java.util.Locale;
import java.util.Optional;
import org.lianfang.TextHygiene;
import org.lianfang.ledger.ChainDigest;

/**
 * Which chain digest a ledger document is hashed with (issue 10, 国密): the one it names, {@code SHA-256} when it names
 * none, as this reading can compute it and, when the caller requires one, only that one. Stateless.
 */
final class LedgerDigests {
  private LedgerDigests() {}

  /**
   * @param name the name the document gives
   * @param expected the digest the caller requires, if any
   * @param at where the name is
   * @return the digest
   * @throws DocumentRefusedException ({@code ledger.digest}) if the name is not a digest name, not the one required, or
   *     one no provider here computes in 256 bits
   */
  static ChainDigest named(String name, Optional<ChainDigest> expected, String at) {
    if (name.isEmpty() || name.length() > ChainDigest.MAX_NAME || TextHygiene.ofId(name).isPresent()) {
      throw refused(at, "不是摘要算法名（1 至 " + ChainDigest.MAX_NAME + " 个字符，不含空白与控制字符）",
          "not a digest name (1 to " + ChainDigest.MAX_NAME + " characters, no white space or control characters)");
    }
    if (expected.isPresent()) {
      if (!expected.get().name().equals(name.toUpperCase(Locale.ROOT))) { // JCA names ignore case
        throw refused(at, "档案以 " + name + " 摘要，而此处要求 " + expected.get().name(),
            "the archive is hashed with " + name + " but " + expected.get().name() + " is required here");
      }
      return expected.get();
    }
    return ChainDigest.find(name, Optional.empty()).orElseThrow(() -> refused(at,
        "此处没有提供 " + name + " 摘要算法的 JCA 提供者（或它不是 256 位），无法校验哈希",
        "no JCA provider here has the digest " + name + " (or it is not 256 bits), so the hashes cannot be checked"));
  }

  private static DocumentRefusedException refused(String at, String zh, String en) {
    return new DocumentRefusedException(Documents.refusal(at, "ledger.digest", zh, en));
  }
}

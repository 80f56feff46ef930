package org.lianfang.jdbc;

import org.lianfang.LianfangException;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.ledger.ChainDigest;

/**
 * The archive's digest as {@code lf_archive} records it (schema version 10; issue 10, 国密): SHA-256 unless the host
 * chose another while the journal was empty ({@link JdbcStore#withDigest}). Read once, on first use, and kept: the
 * name cannot change while the archive has entries. Thread-safe.
 */
final class ArchiveDigest {
  private static final String READ = "SELECT setting_value FROM lf_archive WHERE setting = 'digest'";

  private final JdbcStoreCore store;
  private volatile ChainDigest digest;

  /**
   * @param store the store
   * @param chosen the digest the host gave, already checked against the archive's, or null to read the archive's
   */
  ArchiveDigest(JdbcStoreCore store, ChainDigest chosen) {
    this.store = store;
    this.digest = chosen;
  }

  /** @return the archive's digest, resolved through the installed JCA providers unless the host gave it */
  ChainDigest get() {
    ChainDigest d = digest;
    if (d == null) {
      String name = recorded(store);
      try {
        d = ChainDigest.of(name);
      } catch (IllegalArgumentException e) {
        throw new LianfangException("档案的链摘要为 " + name + "，而已安装的 JCA 提供者都没有它：请用 "
            + "JdbcStore.withDigest(ChainDigest.of(\"" + name + "\", 提供者)) 打开存储 / the archive's chains use " + name
            + " and no installed JCA provider has it: open the store with JdbcStore.withDigest(ChainDigest.of(\""
            + name + "\", provider))", e);
      }
      digest = d;
    }
    return d;
  }

  /** @return the name {@code lf_archive} records */
  static String recorded(JdbcStoreCore store) {
    return store.read("read the archive's digest", c -> Statements.first(Statements.query(c, READ, ps -> { },
        rs -> rs.getString(1)))).orElseThrow(() -> new JdbcException("lf_archive names no digest: install the schema "
            + "(JdbcSchema.install) to version 10 or later"));
  }

  /**
   * Makes {@code chosen} the archive's digest: records it if the journal is still empty, else requires it to be the
   * one recorded. One statement, so no entry can be appended between the check and the change.
   *
   * @throws LianfangException if the archive has entries made with another digest
   */
  static void choose(JdbcStoreCore store, ChainDigest chosen) {
    if (recorded(store).equals(chosen.name())) {
      return;
    }
    store.write("record the archive's digest", c -> {
      Statements.update(c, "UPDATE lf_archive SET setting_value = ? WHERE setting = 'digest'"
          + " AND NOT EXISTS (SELECT 1 FROM lf_journal_head)", ps -> ps.setString(1, chosen.name()));
      return null;
    });
    String now = recorded(store);
    if (!now.equals(chosen.name())) {
      throw new LianfangException("档案已有以 " + now + " 摘要的日志，不能改用 " + chosen.name()
          + " / the archive already holds entries hashed with " + now + "; it cannot change to " + chosen.name());
    }
  }
}

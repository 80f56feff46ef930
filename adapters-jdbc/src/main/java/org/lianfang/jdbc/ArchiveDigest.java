package org.lianfang.jdbc;

import org.lianfang.LianfangException;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.ledger.ChainDigest;

/**
 * The archive's digest as {@code lf_archive} records it (schema version 10; issue 10, 国密): SHA-256 unless the host
 * chose another while the journal was empty ({@link JdbcStore#withDigest}). While the journal is empty the record may
 * still change, so it is read again each time it is asked for, and a store that chose a digest refuses to work on an
 * archive whose record names another; once the journal has an entry the digest cannot change, and the one read then
 * is kept. Thread-safe.
 */
final class ArchiveDigest {
  private static final String READ = "SELECT setting_value FROM lf_archive WHERE setting = 'digest'";

  private final JdbcStoreCore store;
  /** The digest the host gave ({@link JdbcStore#withDigest}), or null to resolve the recorded name. */
  private final ChainDigest chosen;
  /** The digest once the journal has entries, when it can no longer change; null before. */
  private volatile ChainDigest settled;

  /**
   * @param store the store
   * @param chosen the digest the host gave, already recorded as the archive's, or null to use the recorded one
   */
  ArchiveDigest(JdbcStoreCore store, ChainDigest chosen) {
    this.store = store;
    this.chosen = chosen;
  }

  /** @return the archive's digest, through the host's provider if it gave one, else the installed providers */
  ChainDigest get() {
    ChainDigest d = settled;
    if (d != null) {
      return d;
    }
    String name = recorded(store);
    if (chosen != null && !chosen.name().equals(name)) {
      throw new LianfangException("档案的链摘要已记为 " + name + "，而本存储选定的是 " + chosen.name() + " / the archive's "
          + "digest is recorded as " + name + " but this store chose " + chosen.name());
    }
    d = chosen != null ? chosen : resolve(name);
    if (hasEntries()) {
      settled = d;
    }
    return d;
  }

  private static ChainDigest resolve(String name) {
    try {
      return ChainDigest.of(name);
    } catch (IllegalArgumentException e) {
      throw new LianfangException("档案的链摘要为 " + name + "，而已安装的 JCA 提供者都没有它：请用 "
          + "JdbcStore.withDigest(ChainDigest.of(\"" + name + "\", 提供者)) 打开存储 / the archive's chains use " + name
          + " and no installed JCA provider has it: open the store with JdbcStore.withDigest(ChainDigest.of(\""
          + name + "\", provider))", e);
    }
  }

  private boolean hasEntries() {
    return store.read("see whether the journal has entries", c -> Statements.first(Statements.query(c,
        "SELECT unit_id FROM lf_journal_head LIMIT 1", ps -> { }, rs -> Boolean.TRUE))).isPresent();
  }

  /** @return the name {@code lf_archive} records */
  static String recorded(JdbcStoreCore store) {
    return store.read("read the archive's digest", c -> Statements.first(Statements.query(c, READ, ps -> { },
        rs -> rs.getString(1)))).orElseThrow(() -> new JdbcException("lf_archive names no digest: install the schema "
            + "(JdbcSchema.install) to version 10 or later"));
  }

  /**
   * Makes {@code chosen} the archive's digest: records it if the journal is still empty, else requires it to be the
   * one recorded. The change is made only if no chain has a head when it runs; a first command committing at that very
   * moment in another transaction is not seen, which is why a digest is chosen when the archive is made, before any
   * command. A store working on the archive checks the record again before each command until the first entry.
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

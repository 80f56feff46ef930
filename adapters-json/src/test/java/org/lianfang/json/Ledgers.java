package org.lianfang.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.risk.CommentOnNotice;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.Store;
import org.lianfang.testing.World;

/** A world with risk points in every state, and its ledger as JSON, for the tests of this module. */
final class Ledgers {
  /** The commenter on the published point: a member of the public, whose identity the journal seals. */
  static final String COMMENTER = "citizen-王五-13800000000";

  /** When the tests' imports run: after everything the worlds record. */
  static final Instant IMPORTED_AT = Instant.parse("2010-10-08T01:00:00Z");

  /**
   * Who imports in these tests: a discipline inspector of the world's city (every world built alike has the same
   * ids, the golden one's included), whom the default policy lets import (issue 10, finding 1).
   */
  static final Actor IMPORTER = Actor.of("importer", "市纪委 李导入", java.util.List.of(Role.DISCIPLINE_INSPECTOR),
      java.util.List.of(World.in(InMemoryStore.create()).city));

  private Ledgers() {}

  /**
   * @return a plain mapper for editing documents as trees that keeps decimals as written ({@code 50000.00} stays
   *     that, not the double {@code 50000.0}): a record's state, which its journal digests, holds its decimals' scale
   */
  static com.fasterxml.jackson.databind.ObjectMapper plainMapper() {
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
  }

  /** @return a world in a fresh in-memory store, with points drafted, graded, published and commented, confirmed */
  static World world() {
    World w = World.in(InMemoryStore.create());
    w.draft(w.aPointOnApprover().described("草稿：审批材料把关不严").build());
    w.reviewedAndGraded(w.aPointOnApprover().category(RiskCategory.PROCESS).described("超时限审批，吃拿卡要")
        .custom("sector", new CustomValue.Text("国土"))
        .custom("amount", new CustomValue.Number(new BigDecimal("12345.67")))
        .custom("due", new CustomValue.Day(LocalDate.of(2010, 12, 31)))
        .custom("sensitive", new CustomValue.Flag(true)).build());
    RiskPointId published = w.published(w.aPointOnApprover().described("对不符合条件的申请予以审批").build());
    Actor citizen = Actor.of(COMMENTER, "王五", java.util.List.of(Role.PUBLIC), java.util.List.of(w.city));
    w.lianfang.risks().comment(citizen, new CommentOnNotice(published, "有人反映该岗位收受好处费😀")).orElseThrow();
    w.confirmed(w.aPointOnApprover().described("利用审批权为亲友谋利").build());
    return w;
  }

  /** @return the ledger of the world's whole tree, exported by the discipline inspector */
  static byte[] export(World w) {
    return export(w, w.inspector, w.city);
  }

  static byte[] export(World w, Actor actor, UnitId root) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      LedgerExport.of(w.lianfang, w.clock).write(actor, root, out).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Restores a document into a store, as {@link #IMPORTER}.
   *
   * @param store an empty store, for a restore to be accepted
   * @param document a ledger document
   * @return what the import did
   */
  static Outcome<ImportReport> restore(Store store, byte[] document) {
    return restore(store, IMPORTER, document);
  }

  static Outcome<ImportReport> restore(Store store, Actor actor, byte[] document) {
    return imported(store, document, (in, i) -> i.restore(actor, in));
  }

  /** Restores a document into a store in steps, as {@link #IMPORTER}. */
  static Outcome<ImportReport> restoreInSteps(Store store, byte[] document) {
    return imported(store, document, (in, i) -> i.restoreInSteps(IMPORTER, in));
  }

  /** Merges a document into a store, as {@link #IMPORTER}. */
  static Outcome<ImportReport> merge(Store store, byte[] document) {
    return merge(store, IMPORTER, document);
  }

  static Outcome<ImportReport> merge(Store store, Actor actor, byte[] document) {
    return imported(store, document, (in, i) -> i.merge(actor, in));
  }

  /** One mode of {@link LedgerImport}, as the tests call it. */
  private interface Mode {
    Outcome<ImportReport> run(ByteArrayInputStream in, LedgerImport importer) throws IOException;
  }

  private static Outcome<ImportReport> imported(Store store, byte[] document, Mode mode) {
    try {
      return mode.run(new ByteArrayInputStream(document), LedgerImport.into(lianfang(store)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return a Lianfang over the store at {@link #IMPORTED_AT} */
  static Lianfang lianfang(Store store) {
    return Lianfang.builder(store).clock(Clock.fixed(IMPORTED_AT, ZoneId.of("Asia/Shanghai"))).build();
  }

  static String text(byte[] document) {
    return new String(document, StandardCharsets.UTF_8);
  }
}

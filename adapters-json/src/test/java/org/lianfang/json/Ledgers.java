package org.lianfang.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.Role;
import org.lianfang.UnitId;
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

  private Ledgers() {}

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

  static Outcome<ImportReport> importInto(Store store, byte[] document) {
    try {
      return LedgerImport.into(store).from(new ByteArrayInputStream(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(byte[] document) {
    return new String(document, StandardCharsets.UTF_8);
  }
}

package org.lianfang.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.lianfang.application.Lianfang;
import org.lianfang.application.organization.EndTenure;
import org.lianfang.application.risk.CommentOnNotice;
import org.lianfang.application.risk.ConfirmRiskPoint;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.IdentifyRiskPoint;
import org.lianfang.application.risk.PublishRiskPoint;
import org.lianfang.application.risk.RetireRiskPoint;
import org.lianfang.application.risk.ReviewRiskPoint;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.TenureId;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.DiscoveryChannel;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.SourceKind;
import org.lianfang.testing.World;

/**
 * The ledger of {@code golden/ledger/kunming.json}: core's {@link World} (昆明市 with 市国土资源管理局 and 市规划局,
 * their posts, staff, tenures, the power item 建设用地审批 and its flow chart), then two weeks of the pilot through
 * real commands: a tenure ended, five risk points left in five states (a unit-wide draft; one reviewed and graded;
 * one published, commented on by the public and carrying custom fields of all four types; one confirmed by the 局党组;
 * one of the planning bureau reviewed and retired), exported by the city's discipline inspector: the whole archive, as
 * a restore needs it, the public commenter's identity included (an export by anyone not cleared to read sealed
 * identities seals it, and cannot be restored: issue 10, finding 1). Ids come from the world's seeded random source and its hand-moved clock, so every run renders the
 * same bytes.
 */
final class KunmingLedger {
  /** When the export runs: 2010-09-15 09:00 in Kunming. */
  static final LocalDate EXPORTED_ON = LocalDate.of(2010, 9, 15);

  final World world;

  private KunmingLedger(World world) {
    this.world = world;
  }

  /** @return the world in a fresh in-memory store, after the two weeks of commands */
  static KunmingLedger build() {
    World w = World.in(InMemoryStore.create());
    Lianfang lf = w.lianfang;

    // 2010-09-01: 陈静 leaves the office clerk's post (轮岗).
    w.clock.setDay(LocalDate.of(2010, 9, 1));
    TenureId chen = lf.organization().queries().tenures(w.landLeader, w.land).stream()
        .filter(t -> t.officialId().equals(w.chen)).map(Tenure::id).findFirst().orElseThrow();
    lf.organization().endTenure(w.landLeader, new EndTenure(chen, LocalDate.of(2010, 9, 1))).orElseThrow();

    // 2010-09-02: the bureau identifies its risk points.
    w.clock.setDay(LocalDate.of(2010, 9, 2));
    lf.risks().identify(w.landLeader, IdentifyRiskPoint.unitWide(w.land)
        .category(RiskCategory.INSTITUTIONAL)
        .described("公务接待费用报销审核不严")
        .showingAs("超标准接待、虚列接待事项报销")
        .source(SourceKind.INSTITUTIONAL_GAP, "接待审批与报销审核未分离")
        .foundBy(DiscoveryMethod.ORGANISATION)
        .through(DiscoveryChannel.FINANCIAL_AUDIT)
        .build()).orElseThrow();
    w.clock.advance(Duration.ofMinutes(20));
    RiskPointId money = lf.risks().identify(w.landLeader, IdentifyRiskPoint.onPost(w.land, w.accountant)
        .category(RiskCategory.DUTY)
        .described("利用资金拨付职权谋取私利")
        .showingAs("违规拨付资金、公款私存")
        .source(SourceKind.DISCRETION_WITHOUT_OVERSIGHT, "资金拨付审批权集中于一人")
        .foundBy(DiscoveryMethod.COLLEAGUES)
        .ownedBy(w.wang, w.li, w.zhang)
        .build()).orElseThrow();
    w.clock.advance(Duration.ofMinutes(20));
    RiskPointId approval = lf.risks().identify(w.landLeader, w.aPointOnApprover()
        .category(RiskCategory.PROCESS)
        .described("审查环节利用审批权吃拿卡要")
        .showingAs("故意拖延审查、暗示申请人请托送礼")
        .source(SourceKind.DISCRETION_WITHOUT_OVERSIGHT, "审查时限和标准弹性大")
        .source(SourceKind.UNWRITTEN_RULE, "“不打招呼办不成事”的行业潜规则")
        .foundBy(DiscoveryMethod.SELF)
        .atStep(w.approvalProcess, "审查")
        .forPower(w.landApproval)
        .custom(Map.of(
            "gb.code", new CustomValue.Text("YN-GT-0031"),
            "amount.limit", new CustomValue.Number(new BigDecimal("50000.00")),
            "found_on", new CustomValue.Day(LocalDate.of(2010, 8, 20)),
            "major", new CustomValue.Flag(true)))
        .build()).orElseThrow();
    w.clock.advance(Duration.ofMinutes(20));
    RiskPointId signing = lf.risks().identify(w.landLeader, IdentifyRiskPoint.onPost(w.land, w.director)
        .category(RiskCategory.DUTY)
        .described("签批环节违规干预建设用地审批")
        .showingAs("为特定关系人打招呼、降低审批条件")
        .source(SourceKind.SOCIAL_CIRCLE, "生活圈、社交圈中请托较多")
        .foundBy(DiscoveryMethod.PUBLIC)
        .through(DiscoveryChannel.PUBLIC_REPORT)
        .atStep(w.approvalProcess, "签批")
        .forPower(w.landApproval)
        .ownedBy(w.zhang, w.zhang, w.zhang)
        .build()).orElseThrow();
    RiskPointId planning = lf.risks().identify(w.planningLeader, IdentifyRiskPoint.onPost(w.planning, w.planner)
        .category(RiskCategory.MORAL)
        .described("规划条件调整中收受好处")
        .showingAs("接受开发商宴请、收受购物卡")
        .source(SourceKind.ATTITUDE, "对“人情往来”认识不清")
        .foundBy(DiscoveryMethod.SELF)
        .build()).orElseThrow();

    // 2010-09-03: 审核 and grading (S-5, S-6).
    w.clock.setDay(LocalDate.of(2010, 9, 3));
    for (RiskPointId id : new RiskPointId[] {money, approval, signing}) {
      lf.risks().review(w.landLeader, new ReviewRiskPoint(id, "经局务会审核属实")).orElseThrow();
      w.clock.advance(Duration.ofMinutes(5));
    }
    lf.risks().review(w.planningLeader, new ReviewRiskPoint(planning, "")).orElseThrow();
    w.clock.advance(Duration.ofHours(2));
    lf.risks().grade(w.landLeader, new GradeRiskPoint(money, 4, 4, true, false)).orElseThrow();
    lf.risks().grade(w.landLeader, new GradeRiskPoint(approval, 3, 3, false, true)).orElseThrow();
    lf.risks().grade(w.landLeader, new GradeRiskPoint(signing, 2, 5, true, false)).orElseThrow();

    // 2010-09-06: 公示 for a week, [09-06, 09-13).
    w.clock.setDay(LocalDate.of(2010, 9, 6));
    for (RiskPointId id : new RiskPointId[] {approval, signing}) {
      lf.risks().publish(w.landLeader, new PublishRiskPoint(id, NoticeAudience.PUBLIC, "局机关公示栏及门户网站",
          LocalDate.of(2010, 9, 6),
          LocalDate.of(2010, 9, 13))).orElseThrow();
    }

    // 2010-09-08: a member of the public comments; who commented is sealed (P-11).
    w.clock.setDay(LocalDate.of(2010, 9, 8)).advance(Duration.ofHours(6).plusMinutes(12).plusSeconds(30));
    lf.risks().comment(w.visitor, new CommentOnNotice(approval, "建议公开审批时限和办理进度，接受群众监督"))
        .orElseThrow();

    // 2010-09-10: the planning bureau's functions change; its point no longer applies (S-12).
    w.clock.setDay(LocalDate.of(2010, 9, 10));
    lf.risks().retire(w.planningLeader, new RetireRiskPoint(planning, "职能调整，规划条件调整改由市政府审批"))
        .orElseThrow();

    // 2010-09-14: 集体定 after the notice ran out.
    w.clock.setDay(LocalDate.of(2010, 9, 14));
    lf.risks().confirm(w.landLeader, new ConfirmRiskPoint(signing, "局党组会议", LocalDate.of(2010, 9, 14)))
        .orElseThrow();

    w.clock.setDay(EXPORTED_ON);
    return new KunmingLedger(w);
  }

  /** @return the city's ledger as the inspector exports it, compact as {@link LedgerWriter} writes it */
  byte[] export() {
    return export(world.lianfang);
  }

  /**
   * @param lianfang a Lianfang over a store holding the world's records (the world's own, or one imported into)
   * @return the city's ledger as the inspector exports it at the world's clock
   */
  byte[] export(Lianfang lianfang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      LedgerExport.of(lianfang, world.clock).write(world.inspector, world.city, out).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

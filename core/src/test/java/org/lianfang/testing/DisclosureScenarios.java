package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.control.ControlArea;
import org.lianfang.application.control.PublishPower;
import org.lianfang.application.control.WithdrawDisclosure;
import org.lianfang.application.organization.ClassifyPowerItem;
import org.lianfang.application.organization.RegisterPowerItem;
import org.lianfang.application.organization.RevisePowerItem;
import org.lianfang.control.DisclosureChannel;
import org.lianfang.control.DisclosureContent;
import org.lianfang.control.DisclosureField;
import org.lianfang.control.PowerDisclosure;
import org.lianfang.control.PowerDisclosureId;
import org.lianfang.control.PublishedPower;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPointId;

/**
 * The publication of power on the second defense line (issue 11, P-16, S-8) as scenarios on a {@link World}, run on
 * the in-memory store and on every database: a power item published, stale once it changes (P-3) until published
 * again, never published once secret; the public view the public reads; bad input refused naming the field and the
 * rule in both languages with state and journal unchanged; access by role and unit tree.
 */
public final class DisclosureScenarios {
  private DisclosureScenarios() {}

  /**
   * @param item the item
   * @param from the first day
   * @return the publication of an item on the website and in the service hall, its person in charge with an office
   *     line and a landline complaint number
   */
  public static PublishPower publication(PowerItemId item, LocalDate from) {
    Map<DisclosureField, String> fields = new EnumMap<>(DisclosureField.class);
    fields.put(DisclosureField.CODE, "许可-001");
    fields.put(DisclosureField.BASIS, "《中华人民共和国土地管理法》第四十四条");
    fields.put(DisclosureField.PROCEDURE, "受理 → 审查 → 局长签批 → 结果公开\n（流程图见服务大厅）");
    fields.put(DisclosureField.TIME_LIMIT, "20 个工作日");
    fields.put(DisclosureField.FEES, "不收费");
    fields.put(DisclosureField.PERSON, "审批科 李明（办公电话 0871-63120001）");
    fields.put(DisclosureField.COMPLAINT_PHONE, "0871-12388");
    return new PublishPower(item, fields, Set.of(DisclosureChannel.WEBSITE, DisclosureChannel.SERVICE_HALL), from,
        Optional.empty());
  }

  /** What a refusal must leave unchanged: every unit's disclosures, power items, points and journal. */
  record State(List<PowerDisclosure> disclosures, List<Object> items, List<Object> points,
      List<JournalEntry> journal) {
    static State of(World w) {
      List<PowerDisclosure> ds = new ArrayList<>();
      List<Object> is = new ArrayList<>();
      List<Object> ps = new ArrayList<>();
      List<JournalEntry> js = new ArrayList<>();
      for (UnitId u : List.of(w.city, w.land, w.planning)) {
        ds.addAll(w.store.powerDisclosures().inUnit(u));
        is.addAll(w.store.powerItems().inUnit(u));
        ps.addAll(w.store.riskPoints().inUnit(u));
        js.addAll(w.store.journal().read(u, 1, 100_000));
      }
      return new State(ds, is, ps, js);
    }
  }

  /**
   * P-16 and P-3: the land approval is published and the public reads it; a second item, the clerk's, is published
   * too. Revising the land approval makes exactly its disclosure stale, and its points, not the clerk's; publishing it
   * again clears it. Classified secret, it leaves the public view and cannot be published; withdrawn, it leaves the
   * staff's list. Every step is journaled, and the journal proves the records.
   *
   * @param w a world
   */
  public static void p16_s8_p3_aPowerIsPublishedStaleWhenItChangesAndNeverWhenSecret(World w) {
    ControlArea control = w.lianfang.control();
    PowerItemId filing = w.lianfang.organization().registerPowerItem(w.landLeader, new RegisterPowerItem(w.land,
        "其他-001", "档案查询", AdministrativePower.OTHER, "《档案法》", "本局档案", "办公室负责", Set.of(w.clerk)))
        .orElseThrow();
    RiskPointId onApprover = w.confirmed(w.aPointOnApprover().build());
    RiskPointId onClerk = w.confirmed(RiskPointFixture.aRiskPoint(w.land).onPost(w.clerk)
        .ownedBy(w.chen, w.li, w.zhang).build());
    long before = w.store.journal().head(w.land).orElseThrow().sequence();

    PowerDisclosureId approval = control.publishPower(w.landLeader, publication(w.landApproval, w.clock.today()))
        .orElseThrow();
    PowerDisclosureId archive = control.publishPower(w.inspector, publication(filing, w.clock.today()))
        .orElseThrow();
    List<PublishedPower> seen = control.queries().publicPowers(w.visitor, w.land);
    assertEquals(List.of("其他-001", "许可-001"), seen.stream().map(PublishedPower::code).toList());
    assertEquals(publication(w.landApproval, w.clock.today()).fields(), seen.get(1).content().fields());
    assertTrue(seen.stream().noneMatch(PublishedPower::stale));

    w.clock.setDay(w.clock.today().plusDays(5));
    w.lianfang.organization().revisePowerItem(w.landLeader, new RevisePowerItem(w.landApproval, "建设用地审批",
        AdministrativePower.LICENSING, "《土地管理法》（2019年修正）第四十四条", "限于本市规划区内", "审批科初审，局长签批",
        Set.of(w.approver, w.director))).orElseThrow();
    Map<String, Boolean> stale = new java.util.TreeMap<>();
    control.queries().publicPowers(w.visitor, w.land).forEach(p -> stale.put(p.code(), p.stale()));
    assertEquals(Map.of("其他-001", false, "许可-001", true), stale, "exactly the revised item's disclosure");
    assertEquals(ReviewState.STALE, w.store.riskPoints().find(onApprover).orElseThrow().state());
    assertEquals(ReviewState.CONFIRMED, w.store.riskPoints().find(onClerk).orElseThrow().state());

    assertEquals(approval, control.publishPower(w.landLeader, publication(w.landApproval, w.clock.today()))
        .orElseThrow(), "published again over its live disclosure");
    assertTrue(control.queries().publication(w.auditor, w.land).stream().noneMatch(PublishedPower::stale));
    assertEquals(w.clock.today(), control.queries().publication(w.auditor, w.land).get(1).published());

    w.lianfang.organization().classifyPowerItem(w.inspector, ClassifyPowerItem.secret(filing,
        "《国土资源工作国家秘密范围的规定》")).orElseThrow();
    assertEquals(List.of("许可-001"), control.queries().publicPowers(w.visitor, w.land).stream()
        .map(PublishedPower::code).toList(), "a secret item is never in the public view");
    assertEquals(Refusal.Code.RULE_VIOLATED, refusal(control.publishPower(w.landLeader,
        publication(filing, w.clock.today()))).code());
    assertTrue(control.queries().publication(w.auditor, w.land).get(0).stale(), "the staff see it, to withdraw it");
    control.withdrawDisclosure(w.landLeader, new WithdrawDisclosure(archive, "该职权已定密")).orElseThrow();
    assertEquals(List.of("许可-001"), control.queries().publication(w.auditor, w.land).stream()
        .map(PublishedPower::code).toList());
    assertEquals(2, control.queries().disclosures(w.auditor, w.land).size(), "withdrawn, never erased");

    List<String> types = w.store.journal().read(w.land, before + 1, 100).stream().map(JournalEntry::eventType)
        .filter(t -> t.startsWith("power.")).toList();
    assertEquals(List.of("power.published", "power.published", "power.revised", "power.published",
        "power.classified", "power.withdrawn"), types);
    assertTrue(w.lianfang.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow().intact());
    assertTrue(w.lianfang.ledger().queries().verifyRecords(w.auditor, w.land).orElseThrow().intact());
  }

  /**
   * P-16: the period is the unit's: a disclosure whose period has not begun, or has ended, is not in the public view,
   * and the staff still see it.
   *
   * @param w a world
   */
  public static void p16_thePublicViewShowsWhatIsPublishedToday(World w) {
    LocalDate today = w.clock.today();
    PublishPower later = publication(w.landApproval, today.plusDays(10));
    w.lianfang.control().publishPower(w.landLeader, later).orElseThrow();
    assertEquals(List.of(), w.lianfang.control().queries().publicPowers(w.visitor, w.land));
    assertEquals(1, w.lianfang.control().queries().publication(w.auditor, w.land).size());
    w.clock.setDay(today.plusDays(10));
    assertEquals(1, w.lianfang.control().queries().publicPowers(w.visitor, w.land).size());
    w.lianfang.control().publishPower(w.landLeader, Copies.with(later, "until", Optional.of(today.plusDays(20))))
        .orElseThrow();
    w.clock.setDay(today.plusDays(21));
    assertEquals(List.of(), w.lianfang.control().queries().publicPowers(w.visitor, w.land));
    assertEquals(List.of(), w.lianfang.control().queries().publicPowers(w.planningLeader, w.land),
        "another bureau's leader is no reader of the land bureau's publications");

    // a disclosure that came in by import, not by a command, with an identity number: the staff see it, the public not
    PowerItemId other = w.lianfang.organization().registerPowerItem(w.landLeader, new RegisterPowerItem(w.land,
        "其他-002", "档案查询", AdministrativePower.OTHER, "《档案法》", "本局档案", "办公室负责", Set.of(w.clerk)))
        .orElseThrow();
    PowerItem stored = w.store.powerItems().find(other).orElseThrow();
    Map<DisclosureField, String> leaked = new EnumMap<>(publication(other, w.clock.today()).fields());
    leaked.put(DisclosureField.PERSON, "王芳 530102198001011234");
    w.store.powerDisclosures().insert(PowerDisclosure.restore(new PowerDisclosureId(UUID.randomUUID()), w.land, other,
        stored.version(), new DisclosureContent(leaked, Set.of(DisclosureChannel.WEBSITE), w.clock.today(),
            Optional.empty()), w.clock.today(), Optional.empty(), 0));
    assertTrue(w.lianfang.control().queries().publication(w.auditor, w.land).stream()
        .anyMatch(p -> p.code().equals("其他-002")), "the staff see it, to withdraw it");
    assertEquals(List.of(), w.lianfang.control().queries().publicPowers(w.visitor, w.land),
        "private data never reaches the public");
  }

  /**
   * Bad input: each refused with its code, naming the field and the rule in Chinese and English, and nothing changes.
   *
   * @param w a world
   */
  public static void badInputIsRefusedNamingTheFieldAndChangesNothing(World w) {
    PublishPower good = publication(w.landApproval, w.clock.today());
    PowerDisclosureId withdrawn = w.lianfang.control().publishPower(w.landLeader, good).orElseThrow();
    w.lianfang.control().withdrawDisclosure(w.landLeader, new WithdrawDisclosure(withdrawn, "职权已取消"))
        .orElseThrow();
    PowerItemId secret = w.lianfang.organization().registerPowerItem(w.landLeader, new RegisterPowerItem(w.land,
        "其他-009", "涉密测绘成果审批", AdministrativePower.OTHER, "《测绘法》", "涉密测绘成果", "局长负责",
        Set.of(w.director))).orElseThrow();
    w.lianfang.organization().classifyPowerItem(w.inspector, ClassifyPowerItem.secret(secret, "《测绘管理工作国家秘密范围的规定》"))
        .orElseThrow();
    List<BadInput> bad = List.of(
        new BadInput("no field", x -> publish(x, Copies.with(good, "fields", Map.of())), Refusal.Code.INVALID_INPUT,
            "fields", "公开内容"),
        new BadInput("no channel", x -> publish(x, Copies.with(good, "channels", Set.of())), Refusal.Code.INVALID_INPUT,
            "channels", "公开渠道"),
        new BadInput("a blank field", x -> publish(x, with(good, DisclosureField.FEES, " ")),
            Refusal.Code.INVALID_INPUT,
            "fields[FEES]", "公开内容"),
        new BadInput("a field past 4,000 characters", x -> publish(x, with(good, DisclosureField.PROCEDURE,
            "流".repeat(4001))), Refusal.Code.INVALID_INPUT, "fields[PROCEDURE]", "公开内容"),
        new BadInput("a NUL in a field", x -> publish(x, with(good, DisclosureField.BASIS, "依据\u0000")),
            Refusal.Code.INVALID_INPUT, "fields[BASIS]", "公开内容"),
        new BadInput("an identity number", x -> publish(x, with(good, DisclosureField.PERSON, "李明 53010219800101123X")),
            Refusal.Code.INVALID_INPUT, "fields[PERSON]", "个人隐私"),
        new BadInput("a mobile number", x -> publish(x, with(good, DisclosureField.RESULTS, "结果请问王芳 13888888888")),
            Refusal.Code.INVALID_INPUT, "fields[RESULTS]", "个人隐私"),
        new BadInput("a period that ends before it begins", x -> publish(x, Copies.with(good, "until",
            Optional.of(x.clock.today().minusDays(1)))), Refusal.Code.INVALID_INPUT, "until", "公开截止日期"),
        new BadInput("a first day in the year 10000", x -> publish(x,
            Copies.with(good, "from", LocalDate.of(10000, 1, 1))),
            Refusal.Code.INVALID_INPUT, "from", "公开起始日期"),
        new BadInput("a secret item", x -> publish(x, Copies.with(good, "powerItem", secret)),
            Refusal.Code.RULE_VIOLATED,
            null, "涉密"),
        new BadInput("an unknown item", x -> publish(x, Copies.with(good, "powerItem",
            new PowerItemId(UUID.randomUUID()))),
            Refusal.Code.UNKNOWN_REFERENCE, null, "职权"),
        new BadInput("withdrawn twice", x -> x.lianfang.control().withdrawDisclosure(x.landLeader,
            new WithdrawDisclosure(withdrawn, "再次撤回")), Refusal.Code.ILLEGAL_TRANSITION, null, "撤回"),
        new BadInput("a withdrawal without its reason", x -> x.lianfang.control().withdrawDisclosure(x.landLeader,
            new WithdrawDisclosure(withdrawn, "")), Refusal.Code.INVALID_INPUT, "reason", "撤回理由"),
        new BadInput("an unknown disclosure", x -> x.lianfang.control().withdrawDisclosure(x.landLeader,
            new WithdrawDisclosure(new PowerDisclosureId(UUID.randomUUID()), "误录")), Refusal.Code.UNKNOWN_REFERENCE,
            null, "职权公开"),
        new BadInput("a classification without its basis", x -> x.lianfang.organization().classifyPowerItem(x.inspector,
            ClassifyPowerItem.secret(x.landApproval, "")), Refusal.Code.INVALID_INPUT, "basis", "定密依据"),
        new BadInput("a classification that changes nothing", x -> x.lianfang.organization().classifyPowerItem(
            x.inspector, ClassifyPowerItem.declassified(x.landApproval)), Refusal.Code.RULE_VIOLATED, null, "定密"));
    BadInput.assertEachRefusedChangingNothing(w, bad, State::of);
  }

  /**
   * Access: the unit's leader and the discipline body publish its powers; an auditor, a section head and a post holder
   * do not; another bureau's leader and the public learn nothing of an item or a disclosure, and the public reads the
   * public view.
   *
   * @param w a world
   */
  public static void onlyTheUnitsLeaderAndTheDisciplineBodyPublishItsPowers(World w) {
    PublishPower good = publication(w.landApproval, w.clock.today());
    PowerDisclosureId id = w.lianfang.control().publishPower(w.inspector, good).orElseThrow();
    WithdrawDisclosure withdraw = new WithdrawDisclosure(id, "误录");
    for (Actor insider : List.of(w.auditor, w.sectionHead, w.approverHolder)) {
      State before = State.of(w);
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(w.lianfang.control().publishPower(insider, good)).code(),
          insider.id());
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(w.lianfang.control().withdrawDisclosure(insider, withdraw))
          .code(), insider.id());
      assertEquals(before, State.of(w));
    }
    for (Actor outside : List.of(w.planningLeader, w.visitor)) {
      State before = State.of(w);
      assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(w.lianfang.control().publishPower(outside, good)).code(),
          outside.id() + " learns nothing of the item (finding 12)");
      assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(w.lianfang.control().withdrawDisclosure(outside,
          withdraw)).code(), outside.id());
      assertEquals(List.of(), w.lianfang.control().queries().disclosures(outside, w.land));
      assertEquals(before, State.of(w));
    }
    assertEquals(1, w.lianfang.control().queries().publicPowers(w.visitor, w.land).size(), "the public reads it");
    assertTrue(w.lianfang.control().withdrawDisclosure(w.landLeader, withdraw).isAccepted());
  }

  private static Outcome<PowerDisclosureId> publish(World w, PublishPower c) {
    return w.lianfang.control().publishPower(w.landLeader, c);
  }

  private static PublishPower with(PublishPower c, DisclosureField field, String text) {
    Map<DisclosureField, String> fields = new EnumMap<>(c.fields());
    fields.put(field, text);
    return Copies.with(c, "fields", fields);
  }

  private static Refusal refusal(Outcome<?> outcome) {
    return assertInstanceOf(Outcome.Refused.class, outcome).refusal();
  }
}

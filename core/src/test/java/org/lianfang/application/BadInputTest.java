package org.lianfang.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianfang.Limits;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.application.organization.RegisterOfficial;
import org.lianfang.application.organization.RegisterPost;
import org.lianfang.application.organization.RegisterUnit;
import org.lianfang.application.process.DefineProcess;
import org.lianfang.application.process.StepInput;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.PublishRiskPoint;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.UnitKind;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.NoTrace;
import org.lianfang.testing.World;

/** Bad input gets a clear error naming the field and the rule, in Chinese and English, and changes nothing. */
class BadInputTest {
  private InMemoryStore store;
  private World w;
  private Lianfang lf;

  @BeforeEach
  void world() {
    store = InMemoryStore.create();
    w = World.in(store);
    lf = w.lianfang;
  }

  private Refusal refusedWithoutTrace(java.util.function.Supplier<Outcome<?>> command) {
    return NoTrace.assertRefused(store, Refusal.Code.INVALID_INPUT, command);
  }

  private static Refusal.Violation only(Refusal r) {
    assertEquals(1, r.violations().size(), r.violations().toString());
    return r.violations().get(0);
  }

  @Test
  void aBlankNameNamesTheFieldAndTheRuleInBothLanguages() {
    Refusal r = refusedWithoutTrace(() -> lf.organization().registerUnit(w.inspector,
        new RegisterUnit("X1", "  ", UnitKind.OTHER, Optional.of(w.city))));
    Refusal.Violation v = only(r);
    assertEquals("name", v.path());
    assertEquals("NotBlank", v.rule());
    assertEquals("name：不能为空", v.messageZh());
    assertEquals("name: must not be blank", v.messageEn());
    assertTrue(r.messageZh().startsWith("输入有误"));
    assertTrue(r.messageEn().startsWith("invalid input"));
  }

  @Test
  void nullsAreViolationsNotExceptions() {
    Refusal r = refusedWithoutTrace(() -> lf.organization().registerPost(w.landLeader,
        new RegisterPost(null, null, "岗位", null)));
    assertEquals(List.of("code", "profile", "unit"), r.violations().stream().map(Refusal.Violation::path).toList());
    assertTrue(r.violations().stream().allMatch(v -> v.messageZh().endsWith("必须填写")
        || v.messageZh().endsWith("不能为空")), r.violations().toString());
  }

  @Test
  void tooLongTextSaysTheLimit() {
    String longName = "廉".repeat(Limits.NAME + 1);
    Refusal.Violation v = only(refusedWithoutTrace(() -> lf.organization().registerOfficial(w.landLeader,
        new RegisterOfficial(w.land, "GT9999", longName))));
    assertEquals("Size", v.rule());
    assertTrue(v.messageZh().contains("0 到 " + Limits.NAME), v.messageZh());
    assertTrue(v.messageEn().contains("between 0 and " + Limits.NAME), v.messageEn());
  }

  @Test
  void gradesOutsideTheScaleAreRefused() {
    RiskPointId id = w.draft(w.aPointOnApprover().build());
    Refusal r = refusedWithoutTrace(() -> lf.risks().grade(w.landLeader, new GradeRiskPoint(id, 0, 6, false, false)));
    assertEquals(List.of("harm", "probability"), r.violations().stream().map(Refusal.Violation::path).toList());
    assertEquals("harm：不能大于 5", r.violations().get(0).messageZh());
    assertEquals("probability: must be at least 1", r.violations().get(1).messageEn());
  }

  @Test
  void aNoticeMustEndAfterItStarts() {
    RiskPointId id = w.reviewedAndGraded(w.aPointOnApprover().build());
    LocalDate d = w.clock.today();
    Refusal.Violation v = only(refusedWithoutTrace(() -> lf.risks().publish(w.landLeader,
        new PublishRiskPoint(id, "公示栏", d, d))));
    assertEquals("period", v.path());
    assertEquals("period：公示结束日须晚于开始日", v.messageZh());
    assertEquals("period: the notice must end after it starts", v.messageEn());
  }

  @Test
  void customFieldKeysMustBeSimpleCodes() {
    Refusal r = refusedWithoutTrace(() -> lf.risks().identify(w.landLeader, w.aPointOnApprover()
        .custom(Map.of("风险编号", new CustomValue.Text("x"), "ok_key", new CustomValue.Flag(true))).build()));
    Refusal.Violation v = only(r);
    assertEquals("Pattern", v.rule());
    assertTrue(v.path().startsWith("custom"), v.path());
  }

  @Test
  void aCodeMayNotStartOrEndWithBlankSpace() {
    Refusal.Violation v = only(refusedWithoutTrace(() -> lf.organization().registerPost(w.landLeader,
        new RegisterPost(w.land, "GT-01 ", "尾随空格", org.lianfang.organization.PostProfile.ordinary()))));
    assertEquals("code", v.path());
    assertEquals("Pattern", v.rule());
    assertEquals("code：编码不能以空白开头或结尾", v.messageZh());
    assertEquals("code: a code must not start or end with blank space", v.messageEn());
  }

  @Test
  void nestedFieldsCarryTheirPath() {
    Refusal r = refusedWithoutTrace(() -> lf.processes().define(w.landLeader, new DefineProcess(w.land, "LC-9", "流程",
        List.of(new StepInput("A", "", w.approver, Set.of())), List.of())));
    assertEquals("steps[0].name", only(r).path());
  }

  @Test
  void chineseLongAndOddTextIsAcceptedAndKeptAsGiven() {
    String odd = "𠮷野家😀'\"\\;--<b>\t" + "廉".repeat(Limits.TEXT - 20);
    RiskPointId id = lf.risks().identify(w.landLeader, w.aPointOnApprover().described(odd).build()).orElseThrow();
    assertEquals(odd, lf.risks().queries().riskPoint(w.auditor, id).orElseThrow().description().description());
  }

  @Test
  void s13_textThatIsNotWellFormedUnicodeIsRefusedWhereverItIs() {
    Refusal.Violation v = only(refusedWithoutTrace(() -> lf.risks().identify(w.landLeader,
        w.aPointOnApprover().described("审批\ud800环节").build())));
    assertEquals("description", v.path());
    assertEquals("WellFormedText", v.rule());
    assertTrue(v.messageZh().contains("代理字符") && v.messageEn().contains("unpaired surrogate"), v.toString());
    v = only(refusedWithoutTrace(() -> lf.processes().define(w.landLeader, new DefineProcess(w.land, "LC-9", "流程",
        List.of(new StepInput("A", "受理\udc00", w.approver, Set.of())), List.of()))));
    assertEquals("steps[0].name", v.path());
  }

  @Test
  void aHostsOwnValidatorGivesTheSameBilingualMessages() {
    jakarta.validation.Validator hosts = jakarta.validation.Validation.byDefaultProvider().configure()
        .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
        .buildValidatorFactory().getValidator();
    Lianfang withHostValidator = Lianfang.builder(store).clock(w.clock).validator(hosts).build();
    Refusal.Violation v = only(refusedWithoutTrace(() -> withHostValidator.organization().registerUnit(w.inspector,
        new RegisterUnit("", "名称", UnitKind.OTHER, Optional.of(w.city)))));
    assertEquals("code：不能为空", v.messageZh());
    assertEquals("code: must not be blank", v.messageEn());
  }

  @Test
  void aMissingActorOrCommandIsAProgrammingError() {
    assertThrows(NullPointerException.class, () -> lf.organization().registerUnit(null,
        new RegisterUnit("X", "名", UnitKind.OTHER, Optional.empty())));
    assertThrows(NullPointerException.class, () -> lf.organization().registerUnit(w.inspector, null));
  }

  @Test
  void aPostProfileNeedsAllItsParts() {
    assertThrows(NullPointerException.class, () -> new PostProfile(false, null, false, false, Set.of(), null));
  }
}

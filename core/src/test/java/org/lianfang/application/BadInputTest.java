package org.lianfang.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.lianfang.risk.NoticeAudience;
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
    assertEquals("单位名称：不能为空", v.messageZh());
    assertEquals("unit name: must not be blank", v.messageEn());
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
    assertEquals("危害程度：不能大于 5", r.violations().get(0).messageZh());
    assertEquals("probability: must be at least 1", r.violations().get(1).messageEn());
  }

  @Test
  void aNoticeMustEndAfterItStarts() {
    RiskPointId id = w.reviewedAndGraded(w.aPointOnApprover().build());
    LocalDate d = w.clock.today();
    Refusal.Violation v = only(refusedWithoutTrace(() -> lf.risks().publish(w.landLeader,
        new PublishRiskPoint(id, NoticeAudience.PUBLIC, "公示栏", d, d))));
    assertEquals("period", v.path());
    assertEquals("公示期：公示结束日须晚于开始日", v.messageZh());
    assertEquals("notice period: the notice must end after it starts", v.messageEn());
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
    assertEquals("岗位代码：编码不能以空白开头或结尾", v.messageZh());
    assertEquals("post code: a code must not start or end with blank space", v.messageEn());
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
    assertEquals("单位代码：不能为空", v.messageZh());
    assertEquals("unit code: must not be blank", v.messageEn());
  }

  @Test
  void aHostShowsTheMessageAndTheFieldLabelInItsUsersLanguage() {
    Refusal r = refusedWithoutTrace(() -> lf.risks().identify(w.landLeader,
        w.aPointOnApprover().described(" ").showingAs("审批时收受申请人财物").build()));
    Refusal.Violation v = only(r);
    assertEquals("description", v.field());
    assertEquals("风险描述", v.fieldLabel(Locale.CHINESE));
    assertEquals("风险描述", v.fieldLabel(Locale.SIMPLIFIED_CHINESE));
    assertEquals("风险描述", v.fieldLabel(Locale.forLanguageTag("zh-Hans-CN")));
    assertEquals("risk description", v.fieldLabel(Locale.ENGLISH));
    assertEquals("risk description", v.fieldLabel(Locale.FRENCH), "other languages fall back to English");
    assertEquals("风险描述：不能为空", v.message(Locale.CHINA));
    assertEquals("risk description: must not be blank", v.message(Locale.US));
    assertEquals("risk description: must not be blank", v.message(Locale.JAPANESE));
    assertEquals("输入有误：风险描述：不能为空", r.message(Locale.SIMPLIFIED_CHINESE));
    assertEquals("invalid input: risk description: must not be blank", r.message(Locale.ENGLISH));
    assertEquals(r.messageZh() + " / " + r.messageEn(), r.message(), "the one-line message keeps both languages");
  }

  @Test
  void aNestedFieldIsLabelledStepByStep() {
    Refusal.Violation v = only(refusedWithoutTrace(() -> lf.processes().define(w.landLeader,
        new DefineProcess(w.land, "LC-9", "建设用地审批流程", List.of(new StepInput("受理", "受理申请", w.approver, Set.of()),
            new StepInput("审查", " ", w.approver, Set.of())), List.of()))));
    assertEquals("steps[1].name", v.field());
    assertEquals("流程环节（第 2 项）的环节名称", v.fieldLabel(Locale.CHINESE));
    assertEquals("steps (item 2) › step name", v.fieldLabel(Locale.ENGLISH));
    assertEquals("流程环节（第 2 项）的环节名称：不能为空", v.message(Locale.CHINESE));
  }

  @Test
  void aCustomFieldIsLabelledWithItsKey() {
    Refusal.Violation v = only(refusedWithoutTrace(() -> lf.risks().identify(w.landLeader, w.aPointOnApprover()
        .custom(Map.of("风险编号", new CustomValue.Text("FX-01"))).build())));
    assertEquals("自定义字段（风险编号）", v.fieldLabel(Locale.CHINESE));
    assertEquals("custom fields (风险编号)", v.fieldLabel(Locale.ENGLISH));
    Refusal.Violation broken = only(refusedWithoutTrace(() -> lf.risks().identify(w.landLeader, w.aPointOnApprover()
        .custom(Map.of("risk.no", new CustomValue.Text("编号\ud800"))).build())));
    assertEquals("WellFormedText", broken.rule());
    assertEquals("自定义字段（risk.no）", broken.fieldLabel(Locale.CHINESE));
  }

  @Test
  void aSourceOfARiskIsLabelledInsideItsList() {
    Refusal.Violation v = only(refusedWithoutTrace(() -> lf.risks().identify(w.landLeader, w.aPointOnApprover()
        .source(org.lianfang.risk.SourceKind.values()[0], "").build())));
    assertEquals("sources[0].description", v.field());
    assertEquals("风险成因（第 1 项）的成因描述", v.fieldLabel(Locale.CHINESE));
    assertEquals("risk sources (item 1) › source description", v.fieldLabel(Locale.ENGLISH));
  }

  @Test
  void aMissingPostInASetIsLabelledByTheSet() {
    Set<org.lianfang.organization.PostId> posts = new java.util.HashSet<>();
    posts.add(null);
    Refusal.Violation v = only(refusedWithoutTrace(() -> lf.organization().registerPowerItem(w.landLeader,
        new org.lianfang.application.organization.RegisterPowerItem(w.land, "许可-002", "临时用地审批",
            org.lianfang.organization.AdministrativePower.LICENSING, "《土地管理法》第五十七条", "限于临时用地",
            "审批科对审批结果负责", posts))));
    assertEquals("NotNull", v.rule());
    assertEquals("行使岗位", v.fieldLabel(Locale.CHINESE));
    assertEquals("posts exercising it", v.fieldLabel(Locale.ENGLISH));
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

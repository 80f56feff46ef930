package org.lianfang.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.lianfang.Limits;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.application.organization.BeginTenure;
import org.lianfang.application.organization.RegisterOfficial;
import org.lianfang.application.organization.RegisterPost;
import org.lianfang.application.organization.RegisterUnit;
import org.lianfang.application.risk.PublishRiskPoint;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.UnitKind;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.NoTrace;
import org.lianfang.testing.World;

/**
 * Issue 10, findings 7 and 8, for commands: one text rule and one range rule over every text, code, name, date and
 * number a command carries, each refused as invalid input naming the field and the rule in both languages, and leaving
 * the store and its journal as they were ({@link NoTrace}).
 */
class TextAndDateRulesTest {
  private InMemoryStore store;
  private World w;

  @BeforeEach
  void world() {
    store = InMemoryStore.create();
    w = World.in(store);
  }

  private Refusal.Violation refused(String path, Supplier<Outcome<?>> command) {
    Refusal r = NoTrace.assertRefused(store, Refusal.Code.INVALID_INPUT, command);
    assertEquals(1, r.violations().size(), r.violations().toString());
    Refusal.Violation v = r.violations().get(0);
    assertEquals(path, v.path(), v.toString());
    assertTrue(!v.messageZh().isBlank() && !v.messageEn().isBlank(), v.toString());
    return v;
  }

  /** Each looks like GT-05 and would otherwise stand beside it as another code. */
  @ParameterizedTest
  @ValueSource(strings = {"GT-05\u3000", "\u200BGT-05", "GT-\u00A005", "GT-\u202E05", "GT-05\uFEFF", "GT-\u200D05"})
  void finding7ACodeWithInvisibleOrWideSpaceCharactersIsRefused(String code) {
    Refusal.Violation v = refused("code", () -> w.lianfang.organization().registerPost(w.landLeader,
        new RegisterPost(w.land, code, "岗位", PostProfile.ordinary())));
    assertEquals("InvisibleCharacter", v.rule());
    assertTrue(v.messageEn().contains("zero-width") && v.messageZh().contains("零宽"), v.toString());
    assertTrue(w.lianfang.organization().registerPost(w.landLeader,
        new RegisterPost(w.land, "GT-05", "岗位", PostProfile.ordinary())).isAccepted(), "the plain code still goes in");
  }

  @Test
  void finding7ANameOfOnlyZeroWidthOrNoBreakSpacesIsRefused() {
    assertEquals("VisibleName", refused("name", () -> w.lianfang.organization().registerUnit(w.inspector,
        new RegisterUnit("5301-ZW", "\u200B\u200B\u200B", UnitKind.OTHER, Optional.of(w.city)))).rule());
    assertEquals("VisibleName", refused("name", () -> w.lianfang.organization().registerOfficial(w.landLeader,
        new RegisterOfficial(w.land, "GT0099", "\u00A0\u2060"))).rule());
  }

  @Test
  void finding7ANulOrOtherControlCharacterIsRefusedInAnyTextWhileLineBreaksAndTabsPassInLongText() {
    assertEquals("ControlCharacter", refused("description", () -> w.lianfang.risks().identify(w.landLeader,
        w.aPointOnApprover().described("收受\u0000好处").build())).rule());
    assertEquals("ControlCharacter", refused("name", () -> w.lianfang.organization().registerPost(w.landLeader,
        new RegisterPost(w.land, "GT-06", "审批\u0007科", PostProfile.ordinary()))).rule());
    assertEquals("ControlCharacter", refused("name", () -> w.lianfang.organization().registerPost(w.landLeader,
        new RegisterPost(w.land, "GT-06", "审批\n科", PostProfile.ordinary()))).rule(), "a name is one line");
    assertTrue(w.lianfang.risks().identify(w.landLeader, w.aPointOnApprover()
        .described("第一，收受好处；\n第二，\t越权审批。").build()).isAccepted());
  }

  @Test
  void finding8ACustomTextValueIsBoundLikeOtherLongText() {
    Refusal.Violation v = refused("custom[remark]", () -> w.lianfang.risks().identify(w.landLeader,
        w.aPointOnApprover().custom("remark", new CustomValue.Text("廉".repeat(5_000_000))).build()));
    assertEquals("Size", v.rule());
    assertTrue(v.messageEn().contains(Integer.toString(Limits.TEXT)), v.toString());
    assertEquals("ControlCharacter", refused("custom[remark]", () -> w.lianfang.risks().identify(w.landLeader,
        w.aPointOnApprover().custom("remark", new CustomValue.Text("备\u0000注")).build())).rule());
    assertTrue(w.lianfang.risks().identify(w.landLeader, w.aPointOnApprover()
        .custom("remark", new CustomValue.Text("廉".repeat(Limits.TEXT))).build()).isAccepted());
  }

  @Test
  void finding8ADateOutsideTheYears1900To9999IsRefusedWhereverItIs() {
    RiskPointId id = w.reviewedAndGraded(w.aPointOnApprover().build());
    LocalDate today = w.clock.today();
    assertEquals("DayRange", refused("end", () -> w.lianfang.risks().publish(w.landLeader,
        new PublishRiskPoint(id, NoticeAudience.PUBLIC, "局机关公示栏", today, LocalDate.of(10_000, 1, 1)))).rule());
    assertEquals("DayRange", refused("start", () -> w.lianfang.organization().beginTenure(w.landLeader,
        new BeginTenure(w.clerk, w.li, LocalDate.of(1899, 12, 31)))).rule());
    assertEquals("DayRange", refused("custom[due]", () -> w.lianfang.risks().identify(w.landLeader,
        w.aPointOnApprover().custom("due", new CustomValue.Day(LocalDate.of(-50_000, 1, 1))).build())).rule());
    assertTrue(w.lianfang.risks().identify(w.landLeader, w.aPointOnApprover()
        .custom("due", new CustomValue.Day(Limits.LAST_DAY)).build()).isAccepted(), "the last day itself passes");
  }

  @Test
  void finding8ANumberOfMoreThan38DigitsOrAHugeExponentIsRefused() {
    assertEquals("NumberRange", refused("custom[amount]", () -> w.lianfang.risks().identify(w.landLeader,
        w.aPointOnApprover().custom("amount", new CustomValue.Number(new BigDecimal("1E+1000000000"))).build()))
        .rule());
    assertEquals("NumberRange", refused("custom[amount]", () -> w.lianfang.risks().identify(w.landLeader,
        w.aPointOnApprover().custom("amount", new CustomValue.Number(new BigDecimal("1".repeat(39)))).build()))
        .rule());
    assertTrue(w.lianfang.risks().identify(w.landLeader, w.aPointOnApprover()
        .custom("amount", new CustomValue.Number(new BigDecimal("12345678.90"))).build()).isAccepted());
  }
}

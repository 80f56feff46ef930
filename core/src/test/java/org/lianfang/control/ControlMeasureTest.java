package org.lianfang.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.ledger.CanonicalJson;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.RiskPointId;

/**
 * A control measure (P-13) on its own: what drafting refuses, the one transition table, a day for every step never
 * before the step before, and one event per step that the journal can archive.
 */
class ControlMeasureTest {
  static final UnitId LAND = new UnitId(UUID.fromString("01234567-0000-7000-8000-0000000000a1"));
  static final RiskPointId POINT = new RiskPointId(UUID.fromString("01234567-0000-7000-8000-0000000000b1"));
  static final RiskPointId OTHER = new RiskPointId(UUID.fromString("01234567-0000-7000-8000-0000000000b2"));
  static final OwnerChain OWNERS = new OwnerChain(new OfficialId(UUID.fromString("01234567-0000-7000-8000-0000000000c1")),
      new OfficialId(UUID.fromString("01234567-0000-7000-8000-0000000000c2")),
      new OfficialId(UUID.fromString("01234567-0000-7000-8000-0000000000c3")));
  /** S-16: the pilot's measures are drafted from 10-21 and in force by 12-10. */
  static final LocalDate DRAFTED = LocalDate.of(2010, 10, 21);

  static MeasurePlan plan(ControlPhase phase, DefenseLine line, Optional<MonitoringIndicator> indicator) {
    return new MeasurePlan(phase, line, "审批事项网上公开，办理进度实时可查", "《昆明市行政审批公开办法》", OWNERS,
        LocalDate.of(2010, 12, 10), Optional.of(Cadence.MONTHLY), indicator,
        List.of(new EvidenceRef("公开栏照片", "OA/2010/廉防/017", Optional.of("sm3:" + "ab".repeat(32)))));
  }

  static final MonitoringIndicator LATE_REPORTS = new MonitoringIndicator("逾期报告件数", "件", "每月末统计逾期的请示与报告",
      BigDecimal.ZERO, MonitoringIndicator.Direction.ABOVE);

  static ControlMeasure drafted() {
    return ControlMeasure.draft(new ControlMeasureId(UUID.randomUUID()), LAND, List.of(POINT, OTHER),
        plan(ControlPhase.PREVENTION, DefenseLine.POWER_REGULATION, Optional.empty()), DRAFTED).orElseThrow().after();
  }

  @Test
  void p13_aMeasureControlsOneOrMoreDistinctPointsAndIsNeverDueBeforeItIsDrafted() {
    ControlMeasureId id = new ControlMeasureId(UUID.randomUUID());
    MeasurePlan plan = plan(ControlPhase.PREVENTION, DefenseLine.EDUCATION, Optional.empty());
    assertRefused(Refusal.Code.RULE_VIOLATED, "至少一个风险点", ControlMeasure.draft(id, LAND, List.of(), plan, DRAFTED));
    assertRefused(Refusal.Code.RULE_VIOLATED, "只能列出一次",
        ControlMeasure.draft(id, LAND, List.of(POINT, POINT), plan, DRAFTED));
    assertRefused(Refusal.Code.RULE_VIOLATED, "早于措施制定之日",
        ControlMeasure.draft(id, LAND, List.of(POINT), plan, plan.due().plusDays(1)));

    Change<ControlMeasure> c = ControlMeasure.draft(id, LAND, List.of(OTHER, POINT), plan, plan.due()).orElseThrow();
    assertEquals(List.of(OTHER, POINT), c.after().points(), "in the order given, for Form 3");
    assertEquals(MeasureState.DRAFT, c.after().state());
    assertEquals(List.of(new ControlEvent.MeasureDrafted(LAND, id, List.of(OTHER, POINT), plan, plan.due())),
        c.events());
  }

  @Test
  void p13_theTransitionTableIsTheOneOfTheDecisions() {
    // written from P-13 and the table in MeasureTransitions' comment, not read from the code
    Map<MeasureState, Map<MeasureAction, MeasureState>> expected = new EnumMap<>(MeasureState.class);
    for (MeasureState s : MeasureState.values()) {
      expected.put(s, new EnumMap<>(MeasureAction.class));
    }
    expected.get(MeasureState.DRAFT).put(MeasureAction.REGISTER, MeasureState.REGISTERED);
    expected.get(MeasureState.DRAFT).put(MeasureAction.RETIRE, MeasureState.RETIRED);
    expected.get(MeasureState.REGISTERED).put(MeasureAction.PUT_IN_FORCE, MeasureState.IN_FORCE);
    expected.get(MeasureState.REGISTERED).put(MeasureAction.RETIRE, MeasureState.RETIRED);
    expected.get(MeasureState.REGISTERED).put(MeasureAction.SUPERSEDE, MeasureState.SUPERSEDED);
    expected.get(MeasureState.IN_FORCE).put(MeasureAction.RETIRE, MeasureState.RETIRED);
    expected.get(MeasureState.IN_FORCE).put(MeasureAction.SUPERSEDE, MeasureState.SUPERSEDED);
    for (MeasureState s : MeasureState.values()) {
      assertEquals(expected.get(s), MeasureTransitions.from(s), s.code());
      assertEquals(s.isFinal(), MeasureTransitions.from(s).isEmpty(), s.code());
    }
  }

  @Test
  void p13_eachStepHasItsDayAndItsEventAndTheMeasureComesInForceOnlyAfterRegistration() {
    ControlMeasure m = drafted();
    assertRefused(Refusal.Code.ILLEGAL_TRANSITION, "草稿", m.putInForce(DRAFTED));
    assertRefused(Refusal.Code.RULE_VIOLATED, "早于", m.register(DRAFTED.minusDays(1)));

    Change<ControlMeasure> registered = m.register(DRAFTED.plusDays(3)).orElseThrow();
    assertEquals(List.of(new ControlEvent.MeasureRegistered(LAND, m.id(), DRAFTED.plusDays(3))), registered.events());
    Change<ControlMeasure> inForce = registered.after().putInForce(DRAFTED.plusDays(10)).orElseThrow();
    ControlMeasure applied = inForce.after();
    assertTrue(applied.inForce());
    assertEquals(Optional.of(DRAFTED.plusDays(3)), applied.life().registered());
    assertEquals(Optional.of(DRAFTED.plusDays(10)), applied.life().inForce());
    assertRefused(Refusal.Code.RULE_VIOLATED, "早于", applied.retire(DRAFTED.plusDays(9), "职能调整"));

    ControlMeasureId by = new ControlMeasureId(UUID.randomUUID());
    assertRefused(Refusal.Code.RULE_VIOLATED, "自身", applied.supersede(DRAFTED.plusDays(20), applied.id()));
    ControlMeasure superseded = applied.supersede(DRAFTED.plusDays(20), by).orElseThrow().after();
    assertEquals(MeasureState.SUPERSEDED, superseded.state());
    assertEquals(Optional.of(by), superseded.life().supersededBy());
    assertRefused(Refusal.Code.ILLEGAL_TRANSITION, "已替代", superseded.retire(DRAFTED.plusDays(30), "重复"));
    assertEquals(applied.version(), superseded.version(), "a store moves the version, not the aggregate");
  }

  @Test
  void p13_aDraftIsRetiredNotSupersededAndARetiredMeasureKeepsWhy() {
    ControlMeasure m = drafted();
    assertRefused(Refusal.Code.ILLEGAL_TRANSITION, "supersede",
        m.supersede(DRAFTED, new ControlMeasureId(UUID.randomUUID())));
    ControlMeasure retired = m.retire(DRAFTED.plusDays(1), "风险点已撤销，措施不再针对任何风险点").orElseThrow().after();
    assertEquals(Optional.of("风险点已撤销，措施不再针对任何风险点"), retired.life().reason());
    assertEquals(Optional.empty(), retired.life().registered());
  }

  @Test
  void p13_aLifeWhoseDaysDoNotFitItsStateCannotBeBuilt() {
    LocalDate d = DRAFTED;
    assertThrows(IllegalArgumentException.class, () -> new MeasureLife(MeasureState.IN_FORCE, Optional.of(d),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> new MeasureLife(MeasureState.REGISTERED, Optional.of(d),
        Optional.of(d.minusDays(1)), Optional.empty(), Optional.empty(), Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> new MeasureLife(MeasureState.RETIRED, Optional.of(d),
        Optional.empty(), Optional.of(d), Optional.empty(), Optional.empty()), "a retirement without its reason");
    assertThrows(IllegalArgumentException.class, () -> ControlMeasure.restore(new ControlMeasureId(UUID.randomUUID()),
        LAND, List.of(POINT), drafted().plan(), d, new MeasureLife(MeasureState.REGISTERED, Optional.of(d.minusDays(1)),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), 0));
  }

  @Test
  void everyEventOfAMeasureHasACanonicalArchiveFormWithChineseText() {
    ControlMeasure m = ControlMeasure.draft(new ControlMeasureId(UUID.randomUUID()), LAND, List.of(POINT),
        plan(ControlPhase.MONITORING, DefenseLine.SUPERVISION, Optional.of(LATE_REPORTS)), DRAFTED)
        .orElseThrow().after();
    String drafted = CanonicalJson.of(new ControlEvent.MeasureDrafted(LAND, m.id(), m.points(), m.plan(),
        m.drafted()));
    assertTrue(drafted.contains("\"phase\":\"monitoring\"") && drafted.contains("\"line\":\"supervision\"")
        && drafted.contains("\"threshold\":\"0\"") && drafted.contains("逾期报告件数"), drafted);
    assertEquals("{\"day\":\"2010-10-22\",\"measure\":\"" + m.id() + "\",\"reason\":\"职能调整\"}",
        CanonicalJson.of(m.retire(DRAFTED.plusDays(1), "职能调整").orElseThrow().events().get(0)));
  }

  @Test
  void p6_anIndicatorSignalsAValueBeyondItsThresholdInItsDirectionOnly() {
    // P-6: late reports above zero are a signal; a share of cases published below 95 % is one
    assertTrue(LATE_REPORTS.signals(BigDecimal.ONE));
    assertFalse(LATE_REPORTS.signals(BigDecimal.ZERO), "at the threshold: no signal");
    assertFalse(LATE_REPORTS.signals(new BigDecimal("-1")));
    MonitoringIndicator published = new MonitoringIndicator("办件公开率", "%", "每月公开件数 ÷ 办结件数",
        new BigDecimal("95.0"), MonitoringIndicator.Direction.BELOW);
    assertTrue(published.signals(new BigDecimal("94.99")));
    assertFalse(published.signals(new BigDecimal("95")), "95 and 95.0 are the same threshold, whatever the scale");
    assertFalse(published.signals(new BigDecimal("100")));
  }

  static void assertRefused(Refusal.Code code, String zhPart, Outcome<?> outcome) {
    Refusal r = assertInstanceOf(Outcome.Refused.class, outcome).refusal();
    assertEquals(code, r.code());
    assertTrue(r.messageZh().contains(zhPart) || r.messageEn().contains(zhPart), r.toString());
    assertTrue(!r.messageEn().isBlank() && !r.messageZh().isBlank());
  }
}

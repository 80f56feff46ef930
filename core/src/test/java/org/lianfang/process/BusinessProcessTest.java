package org.lianfang.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.grading.GradeLabels;
import org.lianfang.grading.RiskGrade;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItemId;

class BusinessProcessTest {
  private final UnitId unit = new UnitId(UUID.randomUUID());
  private final PostId clerk = new PostId(UUID.randomUUID());
  private final PostId chief = new PostId(UUID.randomUUID());
  private final PowerItemId power = new PowerItemId(UUID.randomUUID());

  private BusinessProcess chart(List<ProcessStep> steps, List<Flow> flows) {
    return BusinessProcess.restore(new ProcessId(UUID.randomUUID()), unit, "LC", "审批流程", steps, flows, 0);
  }

  private static ProcessStep step(String code, PostId post) {
    return ProcessStep.of(new StepId(code), code + "环节", post);
  }

  private static Flow flow(String from, String to) {
    return new Flow(new StepId(from), new StepId(to));
  }

  private List<String> problems(BusinessProcess p) {
    return p.problems(Set.of(clerk, chief), Map.of(power, Set.of(chief))).stream().map(ProcessProblem::code).toList();
  }

  private Map<PowerItemId, Set<PostId>> powers() {
    return Map.of(power, Set.of(chief));
  }

  @Test
  void defineGivesTheProcessAndItsEvent() {
    ProcessId id = new ProcessId(UUID.randomUUID());
    List<ProcessStep> steps = List.of(step("受理", clerk), new ProcessStep(new StepId("签批"), "签批", chief,
        Set.of(power)));
    List<Flow> flows = List.of(flow("受理", "签批"));
    Change<BusinessProcess> c = BusinessProcess.define(id, unit, "LC-01", "建设用地审批流程", steps, flows,
        Set.of(clerk, chief), powers()).orElseThrow();
    BusinessProcess p = c.after();
    assertEquals(List.of(id, unit, "LC-01", "建设用地审批流程", steps, flows, 0L),
        List.of(p.id(), p.unitId(), p.code(), p.name(), p.steps(), p.flows(), p.version()));
    assertEquals(List.of(new ProcessEvent.ProcessDefined(unit, id, "LC-01", "建设用地审批流程", steps, flows)),
        c.events());
  }

  @Test
  void s2_anInvalidChartIsRefusedWithEveryProblemAsAViolation() {
    PostId stranger = new PostId(UUID.randomUUID());
    Refusal r = BusinessProcess.define(new ProcessId(UUID.randomUUID()), unit, "LC-02", "有问题的流程",
        List.of(step("A", stranger), step("B", clerk)), List.of(flow("A", "Z")), Set.of(clerk, chief), powers())
        .whyRefused().orElseThrow();
    assertEquals(Refusal.Code.RULE_VIOLATED, r.code());
    assertEquals(List.of("steps:dangling-post", "flows:dangling-flow"),
        r.violations().stream().map(v -> v.path() + ":" + v.rule()).toList());
    assertTrue(r.messageZh().startsWith("流程图不合规："), r.messageZh());
    assertTrue(r.messageZh().contains("环节 A 的岗位不属于本单位"), r.messageZh());
    assertTrue(r.messageEn().contains("flow A->Z names a step that does not exist"), r.messageEn());
  }

  @Test
  void reviseKeepsIdCodeAndVersionAndRecordsTheNewChart() {
    BusinessProcess stored = BusinessProcess.restore(new ProcessId(UUID.randomUUID()), unit, "LC-01", "审批流程",
        List.of(step("受理", clerk), step("签批", chief)), List.of(flow("受理", "签批")), 3);
    List<ProcessStep> steps = List.of(step("受理", clerk), step("审查", clerk), step("签批", chief));
    List<Flow> flows = List.of(flow("受理", "审查"), flow("审查", "签批"), flow("审查", "受理"));
    Change<BusinessProcess> c = stored.revise("审批流程（再造）", steps, flows, Set.of(clerk, chief), powers())
        .orElseThrow();
    assertEquals(BusinessProcess.restore(stored.id(), unit, "LC-01", "审批流程（再造）", steps, flows, 3), c.after());
    assertEquals(List.of(new ProcessEvent.ProcessRevised(unit, stored.id(), "审批流程（再造）", steps, flows)),
        c.events());
  }

  @Test
  void aRevisionThatChangesNothingOrBreaksTheChartIsRefused() {
    BusinessProcess stored = BusinessProcess.restore(new ProcessId(UUID.randomUUID()), unit, "LC-01", "审批流程",
        List.of(step("受理", clerk), step("签批", chief)), List.of(flow("受理", "签批")), 3);
    Refusal same = stored.revise("审批流程", List.of(step("受理", clerk), step("签批", chief)),
        List.of(flow("受理", "签批")), Set.of(clerk, chief), powers()).whyRefused().orElseThrow();
    assertEquals(Refusal.Code.RULE_VIOLATED, same.code());
    assertEquals("流程图没有变化", same.messageZh());
    assertEquals("the flow chart is unchanged", same.messageEn());
    Refusal broken = stored.revise("审批流程", List.of(step("受理", clerk), step("签批", chief)), List.of(),
        Set.of(clerk, chief), powers()).whyRefused().orElseThrow();
    assertEquals(List.of("unreachable-step"), broken.violations().stream().map(Refusal.Violation::rule).toList());
  }

  @Test
  void s2_aChainWithOneStartIsValidAndMayLoopBack() {
    BusinessProcess p = chart(List.of(step("受理", clerk), step("审查", clerk), step("签批", chief)),
        List.of(flow("受理", "审查"), flow("审查", "签批"), flow("签批", "审查")));
    assertEquals(List.of(), problems(p));
    assertEquals(Optional.of(new StepId("受理")), p.start());
    assertEquals(Set.of(clerk, chief), p.posts());
  }

  @Test
  void aSecondEntryIsUnreachableFromTheStart() {
    BusinessProcess p = chart(List.of(step("A", clerk), step("B", clerk), step("C", chief)),
        List.of(flow("A", "C"), flow("B", "C")));
    assertEquals(List.of("unreachable-step"), problems(p));
    assertEquals(Optional.of(new StepId("A")), p.start());
  }

  @Test
  void aChartMayLoopBackToItsFirstStep() {
    BusinessProcess p = chart(List.of(step("受理", clerk), step("审查", clerk), step("补正", clerk)),
        List.of(flow("受理", "审查"), flow("审查", "补正"), flow("补正", "受理")));
    assertEquals(List.of(), problems(p));
    assertEquals(Set.of(new StepId("补正")), p.next(new StepId("审查")));
    assertEquals(Set.of(new StepId("受理")), p.next(new StepId("补正")));
  }

  @Test
  void anUnreachableStepIsRefused() {
    BusinessProcess p = chart(List.of(step("A", clerk), step("B", clerk), step("C", clerk), step("D", clerk)),
        List.of(flow("A", "B"), flow("C", "D"), flow("D", "C")));
    assertEquals(List.of("unreachable-step", "unreachable-step"), problems(p));
  }

  @Test
  void danglingPostsPowersAndFlowsAreRefused() {
    PostId stranger = new PostId(UUID.randomUUID());
    BusinessProcess p = chart(List.of(step("A", stranger),
        new ProcessStep(new StepId("B"), "B", clerk, Set.of(new PowerItemId(UUID.randomUUID())))),
        List.of(flow("A", "B"), flow("B", "Z")));
    assertEquals(List.of("dangling-post", "dangling-power", "dangling-flow"), problems(p));
  }

  @Test
  void p2_aStepExercisesOnlyPowersItsPostHolds() {
    BusinessProcess p = chart(List.of(new ProcessStep(new StepId("A"), "受理", clerk, Set.of(power)),
        new ProcessStep(new StepId("B"), "签批", chief, Set.of(power))), List.of(flow("A", "B")));
    assertEquals(List.of("power-not-of-post"), problems(p));
  }

  @Test
  void emptyChartsAndDuplicateStepsAreRefused() {
    assertEquals(List.of("no-steps"), problems(chart(List.of(), List.of())));
    assertEquals(List.of("duplicate-step"), problems(chart(List.of(step("A", clerk), step("A", chief)), List.of())));
  }

  @Test
  void p2_theChartShowsEachStepsRisksAndGradesInMermaidAndDot() {
    BusinessProcess p = chart(List.of(step("受理", clerk), step("签批", chief)), List.of(flow("受理", "签批")));
    Map<StepId, List<StepRisk>> risks = Map.of(new StepId("签批"),
        List.of(StepRisk.graded("违规签批\"用地\"<越权>", RiskGrade.HIGHER), StepRisk.ungraded("拖延办理")));
    ProcessChart c = ProcessChart.of(p, id -> id.equals(clerk) ? "窗口科员" : "局长", risks, GradeLabels.SEED);
    String mermaid = c.toMermaid();
    assertTrue(mermaid.startsWith("flowchart TD\n"));
    assertTrue(mermaid.contains("n0 --> n1"));
    assertTrue(mermaid.contains("风险：违规签批#quot;用地#quot;#lt;越权#gt;（较高）"), mermaid);
    assertTrue(mermaid.contains("风险：拖延办理（未定级）"));
    assertTrue(mermaid.contains("岗位：局长"));
    assertTrue(mermaid.contains("style n1 fill:#f8b4b4"), "a step with a 较高 risk is red");
    assertTrue(mermaid.contains("style n0 fill:#eeeeee"), "a step without risks is grey");
    assertFalse(mermaid.contains("\"用地\""), "quotes inside labels are escaped");
    String dot = c.toDot();
    assertTrue(dot.startsWith("digraph \"审批流程\" {"));
    assertTrue(dot.contains("n0 -> n1;"));
    assertTrue(dot.contains("违规签批\\\"用地\\\"<越权>（较高）"), dot);
    assertTrue(dot.contains("受理环节\\n岗位：窗口科员"));
  }

  @Test
  void p3_aStaleGradeIsMarkedAsFormTwoMarksIt() {
    BusinessProcess p = chart(List.of(step("受理", clerk), step("签批", chief)), List.of(flow("受理", "签批")));
    Map<StepId, List<StepRisk>> risks = Map.of(new StepId("签批"),
        List.of(StepRisk.staleGrade("越权签批", RiskGrade.GENERAL), StepRisk.graded("拖延办理", RiskGrade.LOWER)),
        new StepId("受理"), List.of(StepRisk.staleGrade("收受礼品", RiskGrade.HIGHER)));
    ProcessChart c = ProcessChart.of(p, id -> id.equals(clerk) ? "窗口科员" : "局长", risks, GradeLabels.SEED);
    for (String rendering : List.of(c.toMermaid(), c.toDot())) {
      assertTrue(rendering.contains("风险：越权签批（一般，待重评）"), rendering);
      assertTrue(rendering.contains("风险：收受礼品（较高，待重评）"), rendering);
      assertTrue(rendering.contains("风险：拖延办理（较低）"), "a current grade carries no mark: " + rendering);
    }
    assertTrue(c.toMermaid().contains("style n0 fill:#f8b4b4"), "a stale 较高 still colours its step red");
    assertTrue(StepRisk.staleGrade("越权签批", RiskGrade.GENERAL).stale());
    assertFalse(StepRisk.graded("越权签批", RiskGrade.GENERAL).stale());
    assertFalse(StepRisk.staleGrade("越权签批", RiskGrade.GENERAL).equals(StepRisk.graded("越权签批", RiskGrade.GENERAL)));
  }

  @Test
  void theGraphIsTheChart() {
    BusinessProcess p = chart(List.of(step("A", clerk), step("B", chief)), List.of(flow("A", "B")));
    assertEquals(Set.of(new StepId("A"), new StepId("B")), p.graph().nodes());
    assertTrue(p.graph().hasEdgeConnecting(new StepId("A"), new StepId("B")));
    assertFalse(p.graph().hasEdgeConnecting(new StepId("B"), new StepId("A")));
  }
}

package org.lianfang.application.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianfang.Refusal;
import org.lianfang.application.Lianfang;
import org.lianfang.application.organization.ChangePostProfile;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.grading.GradeLabels;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.PostProfile;
import org.lianfang.process.ProcessChart;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.NoTrace;
import org.lianfang.testing.World;

/** Drawing flow charts and the risk-prevention flow chart drawn from them (S-2, P-2). */
class ProcessTest {
  private InMemoryStore store;
  private World w;
  private Lianfang lf;

  @BeforeEach
  void world() {
    store = InMemoryStore.create();
    w = World.in(store);
    lf = w.lianfang;
  }

  @Test
  void p2_anInvalidFlowChartIsRefusedWithEachProblem() {
    Refusal r = NoTrace.assertRefused(store, Refusal.Code.RULE_VIOLATED, () -> lf.processes().define(w.landLeader,
        new DefineProcess(w.land, "LC-02", "错误流程",
            List.of(new StepInput("A", "甲", w.approver, Set.of()), new StepInput("B", "乙", w.planner, Set.of()),
                new StepInput("C", "丙", w.clerk, Set.of())),
            List.of(new FlowInput("A", "B"), new FlowInput("C", "X")))));
    assertEquals(List.of("dangling-post", "dangling-flow"), r.violations().stream().map(v -> v.rule()).toList());
    assertTrue(r.messageZh().contains("岗位不属于本单位"), r.messageZh());
  }

  @Test
  void p2_theFlowChartRendersWithItsRiskPoints() {
    w.reviewedAndGraded(w.aPointOnApprover().atStep(w.approvalProcess, "审查").described("审查标准不统一").build());
    String mermaid = lf.processes().queries().processChart(w.auditor, w.approvalProcess).orElseThrow().toMermaid();
    assertTrue(mermaid.contains("风险：审查标准不统一（一般）"), mermaid);
    assertTrue(lf.processes().queries().processChart(w.planningLeader, w.approvalProcess).isEmpty(),
        "another bureau's leader does not see the chart");
  }

  @Test
  void p3_theChartMarksAStaleGradeAsFormTwoDoes() {
    RiskPointId id = w.confirmed(w.aPointOnApprover().atStep(w.approvalProcess, "审查").described("审查标准不统一")
        .build());
    lf.organization().changePostProfile(w.landLeader, new ChangePostProfile(w.approver, PostProfile.ordinary()))
        .orElseThrow();
    assertEquals("一般（待重评）", lf.risks().queries().form2(w.auditor, w.land).orElseThrow().rows().stream()
        .filter(r -> r.riskPoint().equals(id)).findFirst().orElseThrow().gradeLabel(), "Form 2's mark");
    ProcessChart chart = lf.processes().queries().processChart(w.auditor, w.approvalProcess).orElseThrow();
    assertTrue(chart.toMermaid().contains("风险：审查标准不统一（一般，待重评）"), chart.toMermaid());
    assertTrue(chart.toDot().contains("风险：审查标准不统一（一般，待重评）"), chart.toDot());

    lf.risks().grade(w.landLeader, new GradeRiskPoint(id, 3, 3, false, false)).orElseThrow();
    String regraded = lf.processes().queries().processChart(w.auditor, w.approvalProcess).orElseThrow().toMermaid();
    assertTrue(regraded.contains("风险：审查标准不统一（一般）"), "graded again, the mark is gone: " + regraded);
  }

  @Test
  void p4_theChartTakesTheLabelSetForOneCallAndTheBuildersStaysTheDefault() {
    w.reviewedAndGraded(w.aPointOnApprover().atStep(w.approvalProcess, "审查").described("审查标准不统一").build());
    ProcessQueries q = lf.processes().queries();
    String levels = q.processChart(w.auditor, w.approvalProcess, GradeLabels.LEVELS).orElseThrow().toMermaid();
    String english = q.processChart(w.auditor, w.approvalProcess, GradeLabels.ENGLISH).orElseThrow().toDot();
    assertTrue(levels.contains("风险：审查标准不统一（二级）"), levels);
    assertTrue(english.contains("风险：审查标准不统一（General）"), english);
    String byDefault = q.processChart(w.auditor, w.approvalProcess).orElseThrow().toMermaid();
    assertTrue(byDefault.contains("风险：审查标准不统一（一般）"), "the default is unchanged: " + byDefault);
  }
}

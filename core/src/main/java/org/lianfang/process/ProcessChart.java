package org.lianfang.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lianfang.grading.GradeLabels;
import org.lianfang.grading.RiskGrade;
import org.lianfang.organization.PostId;

/**
 * Renders a {@link BusinessProcess} as text a host can draw: Mermaid ({@code flowchart TD}) or Graphviz DOT. Each step
 * shows its name, its post, and its risk points with their grades; a grade made stale by a change (P-3) is marked as
 * Form 2 marks it, {@code （一般，待重评）}; a step is coloured by its highest grade, stale or not (red 较高, orange 一般,
 * green 较低, grey for none) — the risk-prevention chart of P-2. Immutable and thread-safe as long as
 * the post-name function given to it is.
 */
public final class ProcessChart {
  private final BusinessProcess process;
  private final Function<PostId, String> postNames;
  private final Map<StepId, List<StepRisk>> risks;
  private final GradeLabels labels;

  private ProcessChart(
      BusinessProcess process, Function<PostId, String> postNames, Map<StepId, List<StepRisk>> risks,
      GradeLabels labels) {
    this.process = process;
    this.postNames = postNames;
    this.risks = Map.copyOf(risks);
    this.labels = labels;
  }

  /**
   * @param process the process
   * @param postNames the name to show for each post
   * @param risks the risk points at each step
   * @param labels the grade labels to show
   * @return the chart
   */
  public static ProcessChart of(
      BusinessProcess process, Function<PostId, String> postNames, Map<StepId, List<StepRisk>> risks,
      GradeLabels labels) {
    return new ProcessChart(process, postNames, risks, labels);
  }

  /** @return the process drawn */
  public BusinessProcess process() {
    return process;
  }

  /** @param step a step of the process @return the risk points shown at it, in order; empty if none */
  public List<StepRisk> risks(StepId step) {
    return List.copyOf(risks.getOrDefault(step, List.of()));
  }

  /** @param step a step of the process @return the line that names its post, as every rendering shows it */
  public String postLine(ProcessStep step) {
    return "岗位：" + postNames.apply(step.post());
  }

  /**
   * @param risk a risk point at a step
   * @return it as every rendering shows it: its description and its grade in the chart's labels (未定级 without
   *     one), a stale grade marked as Form 2 marks it (P-3)
   */
  public String riskLine(StepRisk risk) {
    return risk.description() + "（" + risk.grade().map(labels::label).orElse("未定级")
        + (risk.stale() ? "，" + GradeLabels.STALE_MARK : "") + "）";
  }

  /** @param step a step of the process @return the highest grade of its risk points, stale or not, if any is graded */
  public Optional<RiskGrade> topGrade(StepId step) {
    return risks.getOrDefault(step, List.of()).stream().flatMap(r -> r.grade().stream())
        .max(Comparator.naturalOrder());
  }

  /** @return Mermaid flowchart text */
  public String toMermaid() {
    StringBuilder out = new StringBuilder("flowchart TD\n");
    List<ProcessStep> steps = process.steps();
    for (int i = 0; i < steps.size(); i++) {
      ProcessStep s = steps.get(i);
      String label = String.join("<br/>", stepLines(s).stream().map(ProcessChart::mermaidText).toList());
      out.append("  n").append(i).append("[\"").append(label).append("\"]\n");
    }
    for (Flow f : process.flows()) {
      out.append("  n").append(index(f.from())).append(" --> n").append(index(f.to())).append('\n');
    }
    for (int i = 0; i < steps.size(); i++) {
      out.append("  style n").append(i).append(" fill:").append(colour(steps.get(i))).append('\n');
    }
    return out.toString();
  }

  /** @return Graphviz DOT text */
  public String toDot() {
    StringBuilder out = new StringBuilder("digraph \"").append(dotText(process.name())).append("\" {\n");
    out.append("  node [shape=box, style=filled, fontname=\"Noto Sans CJK SC\"];\n");
    List<ProcessStep> steps = process.steps();
    for (int i = 0; i < steps.size(); i++) {
      ProcessStep s = steps.get(i);
      String label = String.join("\\n", stepLines(s).stream().map(ProcessChart::dotText).toList());
      out.append("  n").append(i).append(" [label=\"").append(label)
          .append("\", fillcolor=\"").append(colour(s)).append("\"];\n");
    }
    for (Flow f : process.flows()) {
      out.append("  n").append(index(f.from())).append(" -> n").append(index(f.to())).append(";\n");
    }
    return out.append("}\n").toString();
  }

  private List<String> stepLines(ProcessStep s) {
    List<String> lines = new ArrayList<>();
    lines.add(s.name());
    lines.add(postLine(s));
    for (StepRisk r : risks.getOrDefault(s.id(), List.of())) {
      lines.add("风险：" + riskLine(r));
    }
    return lines;
  }

  private String colour(ProcessStep s) {
    return topGrade(s.id()).map(g -> switch (g) {
      case HIGHER -> "#f8b4b4";
      case GENERAL -> "#fcd9a8";
      case LOWER -> "#c6efce";
    }).orElse("#eeeeee");
  }

  private int index(StepId id) {
    List<ProcessStep> steps = process.steps();
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("flow names an unknown step: " + id);
  }

  private static String mermaidText(String s) {
    return s.replace("#", "#35;").replace("&", "#amp;").replace("\"", "#quot;")
        .replace("<", "#lt;").replace(">", "#gt;").replace("\r", " ").replace("\n", " ");
  }

  private static String dotText(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n");
  }
}

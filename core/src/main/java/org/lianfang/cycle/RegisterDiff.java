package org.lianfang.cycle;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;
import org.lianfang.Coded;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.MeasurePlan;
import org.lianfang.grading.GradeLabels;
import org.lianfang.grading.RiskGrade;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.ReviewAction;
import org.lianfang.risk.ReviewRecord;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.table.Table;

/**
 * What differs between a closed year's register and the register that goes on from it (S-12, P-26: 修正完善): each
 * risk point added, adjusted (its grade, its measures or its owners) or deleted (retired, kept on record: S-13), with
 * its reason, and what an added or adjusted point now is (its grade, owners and measures), as the revision posts it
 * (P-5). A register holds the points not retired; a point's measures are those registered or in force that control
 * it. The same registers give no entry, so closing and opening with no change gives an empty diff. Immutable and
 * thread-safe.
 *
 * @param from the closed year
 * @param entries one per point that differs, in code order
 */
public record RegisterDiff(Year from, List<Entry> entries) implements Archivable {
  /** The diff's table title. */
  public static final String TITLE = "廉政风险点修正情况表";

  /** @throws NullPointerException if a part is null */
  public RegisterDiff {
    Objects.requireNonNull(from, "from");
    entries = List.copyOf(entries);
  }

  /** How a point differs. */
  public enum Kind implements Coded {
    /** found since: in the register that goes on, not in the closed one (新增) */
    ADDED("added", "新增"),
    /** in both, with another grade, other measures or other owners (调整) */
    ADJUSTED("adjusted", "调整"),
    /** in the closed register, retired since: archived, never erased (删除) */
    DELETED("deleted", "删除");

    private final String code;
    private final String chinese;

    Kind(String code, String chinese) {
      this.code = code;
      this.chinese = chinese;
    }

    @Override
    public String code() {
      return code;
    }

    /** @return its name in the revision's report */
    public String chinese() {
      return chinese;
    }
  }

  /** What of a point an adjustment changed (S-12: 调整风险等级、防控措施、责任人). */
  public enum Aspect implements Coded {
    /** its grade */
    GRADE("grade", "等级"),
    /** the measures that control it */
    MEASURES("measures", "防控措施"),
    /** its owner chain */
    OWNERS("owners", "责任人");

    private final String code;
    private final String chinese;

    Aspect(String code, String chinese) {
      this.code = code;
      this.chinese = chinese;
    }

    @Override
    public String code() {
      return code;
    }

    /** @return its name in the revision's report */
    public String chinese() {
      return chinese;
    }
  }

  /**
   * One point that differs.
   *
   * @param kind added, adjusted or deleted
   * @param point the point
   * @param code its code
   * @param aspects what an adjustment changed; empty for the others
   * @param reason why: what an added point is, the latest note recorded on an adjusted one since the year closed (or
   *     what changed, without one), the reason a deleted one was retired
   * @param grade an added or adjusted point's grade as it now stands; empty if it has none, and for a deleted one
   * @param owners an added or adjusted point's owner chain as it now stands; empty if it has none, and for a deleted
   *     one
   * @param measures the plans of the measures that now control an added or adjusted point, in id order; empty for a
   *     deleted one
   */
  public record Entry(Kind kind, RiskPointId point, String code, Set<Aspect> aspects, String reason,
      Optional<RiskGrade> grade, Optional<OwnerChain> owners, List<MeasurePlan> measures) implements Archivable {
    /** @throws NullPointerException if a part is null */
    public Entry {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(point, "point");
      Objects.requireNonNull(code, "code");
      // kept in the aspects' order, which the archive and the table show
      aspects = aspects.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(aspects));
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(grade, "grade");
      Objects.requireNonNull(owners, "owners");
      measures = List.copyOf(measures);
    }

    /** {@inheritDoc} The aspects in their order; what the point now is, unless it was deleted. */
    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("kind", kind).put("point", point).put("code", code)
          .put("aspects", List.copyOf(aspects)).put("reason", reason)
          .put("grade", grade).put("owners", owners).put("measures", measures).build();
    }
  }

  /**
   * @param subject whose diff it is, e.g. the unit and the year it goes to
   * @param labels the labels of the grades
   * @return it as a table (issue 15), one row per entry: added, adjusted or deleted, the code, what an adjustment
   *     changed, the reason, the grade as it now stands and the measures that now control the point
   */
  public Table table(String subject, GradeLabels labels) {
    List<List<String>> rows = new ArrayList<>();
    for (Entry e : entries) {
      rows.add(List.of(e.kind().chinese(), e.code(), e.aspects().stream()
          .map(Aspect::chinese).collect(Collectors.joining("、")), e.reason(),
          e.grade().map(labels::label).orElse(""), e.measures().stream().map(MeasurePlan::content)
              .collect(Collectors.joining("；"))));
    }
    return new Table(TITLE + "（" + subject + "，较 " + from + " 年度）", List.of("修正", "风险点编号", "调整内容", "理由",
        "等级", "防控措施"), rows);
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("from", from.getValue()).put("entries", entries).build();
  }

  /**
   * @param from the closed year
   * @param frozen its register's points
   * @param frozenMeasures its register's measures
   * @param live the points that go on from it
   * @param liveMeasures the measures that go on from it
   * @return what differs, in code order
   */
  public static RegisterDiff between(Year from, List<RiskPoint> frozen, List<ControlMeasure> frozenMeasures,
      List<RiskPoint> live, List<ControlMeasure> liveMeasures) {
    Map<RiskPointId, RiskPoint> before = inRegister(frozen);
    Map<RiskPointId, RiskPoint> after = inRegister(live);
    Map<RiskPointId, List<MeasurePlan>> measuresBefore = measures(frozenMeasures);
    Map<RiskPointId, List<MeasurePlan>> measuresAfter = measures(liveMeasures);
    Map<RiskPointId, RiskPoint> anyLive = new HashMap<>();
    live.forEach(p -> anyLive.put(p.id(), p));
    List<Entry> entries = new ArrayList<>();
    for (RiskPoint was : before.values()) {
      RiskPoint is = after.get(was.id());
      if (is == null) {
        RiskPoint gone = anyLive.get(was.id());
        entries.add(new Entry(Kind.DELETED, was.id(), was.code(), Set.of(), gone == null ? "台账中已无该风险点"
            : lastNote(gone, ReviewAction.RETIRE).orElse("已撤销"), Optional.empty(), Optional.empty(), List.of()));
        continue;
      }
      Set<Aspect> changed = EnumSet.noneOf(Aspect.class);
      if (!grade(was).equals(grade(is))) {
        changed.add(Aspect.GRADE);
      }
      if (!measuresBefore.getOrDefault(was.id(), List.of()).equals(measuresAfter.getOrDefault(is.id(), List.of()))) {
        changed.add(Aspect.MEASURES);
      }
      if (!was.owners().equals(is.owners())) {
        changed.add(Aspect.OWNERS);
      }
      if (!changed.isEmpty()) {
        entries.add(new Entry(Kind.ADJUSTED, is.id(), is.code(), changed, newNote(was, is).orElse("调整"
            + String.join("、", changed.stream().map(Aspect::chinese).toList())), grade(is), is.owners(),
            measuresAfter.getOrDefault(is.id(), List.of())));
      }
    }
    for (RiskPoint is : after.values()) {
      if (!before.containsKey(is.id())) {
        entries.add(new Entry(Kind.ADDED, is.id(), is.code(), Set.of(), is.description().description(), grade(is),
            is.owners(), measuresAfter.getOrDefault(is.id(), List.of())));
      }
    }
    entries.sort(Comparator.comparing(Entry::code).thenComparing(e -> e.kind().ordinal()));
    return new RegisterDiff(from, entries);
  }

  /** @param kind a kind @return the entries of that kind, in code order */
  public List<Entry> of(Kind kind) {
    return entries.stream().filter(e -> e.kind() == kind).toList();
  }

  private static Map<RiskPointId, RiskPoint> inRegister(List<RiskPoint> points) {
    Map<RiskPointId, RiskPoint> in = new LinkedHashMap<>();
    points.stream().filter(p -> p.state() != ReviewState.RETIRED).forEach(p -> in.put(p.id(), p));
    return in;
  }

  /** The plans of the measures registered or in force that control each point, in id order. */
  private static Map<RiskPointId, List<MeasurePlan>> measures(List<ControlMeasure> measures) {
    Map<RiskPointId, List<MeasurePlan>> out = new HashMap<>();
    ControlMeasure.byPoint(measures.stream().filter(ControlMeasure::listed)
        .sorted(Comparator.comparing(m -> m.id().value())).toList())
        .forEach((p, its) -> out.put(p, its.stream().map(ControlMeasure::plan).toList()));
    return out;
  }

  private static Optional<RiskGrade> grade(RiskPoint p) {
    return p.grading().map(g -> g.grade().level());
  }

  private static Optional<String> lastNote(RiskPoint p, ReviewAction action) {
    return p.history().stream().filter(h -> h.action() == action).reduce((a, b) -> b).map(ReviewRecord::note)
        .filter(n -> !n.isBlank());
  }

  /** The latest note recorded on the point after the register's last one. */
  private static Optional<String> newNote(RiskPoint was, RiskPoint is) {
    return is.history().size() > was.history().size()
        ? Optional.of(is.history().get(is.history().size() - 1).note()).filter(n -> !n.isBlank())
        : Optional.empty();
  }
}

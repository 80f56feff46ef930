package org.lianfang.examples.city;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.lianfang.control.Cadence;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.ControlPhase;
import org.lianfang.control.DefenseLine;
import org.lianfang.control.EvidenceRef;
import org.lianfang.control.MeasurePlan;
import org.lianfang.control.MonitoringIndicator;
import org.lianfang.examples.city.PointLayout.PointSpec;
import org.lianfang.examples.city.Timeline.Phase;
import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Post;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/**
 * The control stage of the generated city (issue 11, P-13, S-13, S-14): two measures for every risk point, drafted in
 * the measures phase after the points were confirmed — the first to prevent (前期预防) on the line of education or of
 * regulated power (S-7, S-8), the second to monitor (中期监控) or to dispose (后期处置) on the line of supervision (S-9)
 * — each answering to the point's owner chain (P-1), with evidence and, for some monitoring measures, an indicator
 * (P-6). Measures of points ever confirmed are registered on Form 3 and put in force; those of points still under
 * review stay drafts (P-13 allows drafting then). When a point is retired in the revision phase, its two measures,
 * which control nothing else, are retired with it, as the default of {@code RetireRiskPoint} does. Every step goes
 * through the domain's transitions and appends to the unit's journal. The measures' content comes from a random
 * stream of their own ({@link Seeds#MEASURES}), so everything generated before measures existed is unchanged.
 */
final class MeasureGenerator extends UnitWork {
  private final SplittableRandom m;
  private final List<ControlMeasure> measures = new ArrayList<>();
  private final Map<RiskPointId, int[]> byPoint = new HashMap<>();

  MeasureGenerator(UnitWork shared, long seed) {
    super(shared);
    this.m = Seeds.random(seed, u.index, Seeds.MEASURES);
  }

  /**
   * Drafts two measures for every point, and registers and puts in force those of confirmed points.
   *
   * @param points the unit's points as confirmation left them, in order
   * @param specs their layout
   * @param posts the unit's posts
   * @param officials the unit's officials
   * @param registrar who registers measures on Form 3 (the unit's discipline post)
   * @param principal who puts them in force (the principal leader)
   */
  void draftAll(RiskPoint[] points, List<PointSpec> specs, List<Post> posts, List<Official> officials,
      String registrar, String principal) {
    Map<OfficialId, String> staff = new HashMap<>();
    officials.forEach(o -> staff.put(o.id(), o.staffNumber()));
    int events = u.measureEvents();
    int e = 0;
    for (int j = 0; j < points.length; j++) {
      RiskPoint p = points[j];
      PointSpec s = specs.get(j);
      OwnerChain owners = p.owners().orElseThrow();
      String post = s.post() < 0 ? "本单位" : posts.get(s.post()).name();
      boolean confirmed = s.state() == ReviewState.CONFIRMED || s.state() == ReviewState.STALE
          || s.state() == ReviewState.RETIRED;
      int[] mine = new int[2];
      for (int n = 0; n < 2; n++) {
        long at = time.at(Phase.MEASURES, u.index, e++, events);
        LocalDate day = Timeline.day(at);
        ControlMeasureId id = new ControlMeasureId(ids.at(at));
        MeasurePlan plan = n == 0 ? prevention(p, post, owners, day) : supervision(p, post, owners, day);
        String drafter = staff.get(owners.sectionHead());
        ControlMeasure c = apply(ControlMeasure.draft(id, u.id, List.of(p.id()), plan, day), drafter, at);
        if (confirmed) {
          at = time.at(Phase.MEASURES, u.index, e++, events);
          c = apply(c.register(Timeline.day(at)), registrar, at);
          at = time.at(Phase.MEASURES, u.index, e++, events);
          c = apply(c.putInForce(Timeline.day(at)), principal, at);
        }
        mine[n] = measures.size();
        measures.add(c);
      }
      byPoint.put(p.id(), mine);
    }
  }

  /**
   * Retires the measures of a point retired at the same instant, as the default of {@code RetireRiskPoint} does with
   * measures that would control nothing else.
   */
  void retireWith(RiskPoint retired, String reason, String actor, long at) {
    for (int i : byPoint.get(retired.id())) {
      measures.set(i, apply(measures.get(i).retire(Timeline.day(at), "所控风险点已撤销：" + reason), actor, at));
    }
  }

  /** @return the measures as a store holds them after these events (version 1), in the points' order */
  List<ControlMeasure> measures() {
    return measures.stream().map(c -> c.withVersion(1)).toList();
  }

  private MeasurePlan prevention(RiskPoint p, String post, OwnerChain owners, LocalDate day) {
    RiskCategory category = p.description().category();
    boolean educate = category == RiskCategory.MORAL || category == RiskCategory.EXTERNAL && m.nextBoolean();
    String content = Texts.expand(m, Texts.pick(m, educate ? MeasureTexts.EDUCATION : MeasureTexts.REGULATION),
        post, "");
    Optional<Cadence> cadence = m.nextInt(2) == 0 ? Optional.of(Cadence.YEARLY) : Optional.empty();
    return new MeasurePlan(ControlPhase.PREVENTION, educate ? DefenseLine.EDUCATION : DefenseLine.POWER_REGULATION,
        content, Texts.pick(m, MeasureTexts.BASES), owners, due(day), cadence, Optional.empty(), evidence(p, 1));
  }

  private MeasurePlan supervision(RiskPoint p, String post, OwnerChain owners, LocalDate day) {
    boolean monitor = m.nextInt(5) > 0;
    String content = Texts.expand(m, Texts.pick(m, monitor ? MeasureTexts.MONITORING : MeasureTexts.DISPOSAL), post,
        "");
    Optional<Cadence> cadence = Optional.of(!monitor ? Cadence.PER_CASE
        : m.nextInt(3) == 0 ? Cadence.QUARTERLY : Cadence.MONTHLY);
    Optional<MonitoringIndicator> indicator = monitor && m.nextBoolean()
        ? Optional.of(Texts.pick(m, MeasureTexts.INDICATORS)) : Optional.empty();
    return new MeasurePlan(monitor ? ControlPhase.MONITORING : ControlPhase.DISPOSAL, DefenseLine.SUPERVISION,
        content, Texts.pick(m, MeasureTexts.BASES), owners, due(day), cadence, indicator, evidence(p, 2));
  }

  private LocalDate due(LocalDate day) {
    return day.plusDays(new int[] {0, 15, 30, 30, 60, 90}[m.nextInt(6)]);
  }

  /** One or two references; one in ten with the file's digest, as a host computes it. */
  private List<EvidenceRef> evidence(RiskPoint p, int n) {
    List<EvidenceRef> out = new ArrayList<>(2);
    int count = 1 + (m.nextInt(4) == 0 ? 1 : 0);
    for (int i = 0; i < count; i++) {
      String location = "纪委预防腐败室/2010/附表3/" + u.code + "/" + p.code() + "-" + n + "-" + (i + 1);
      Optional<String> digest = m.nextInt(10) == 0
          ? Optional.of("sha256:" + Hashing.sha256().hashString(location, StandardCharsets.UTF_8))
          : Optional.empty();
      out.add(new EvidenceRef(i == 0 ? MeasureTexts.EVIDENCE.get(0) : Texts.pick(m, MeasureTexts.EVIDENCE),
          location, digest));
    }
    return out;
  }
}

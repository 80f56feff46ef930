package org.lianfang.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;
import org.lianfang.grading.PolicyVersion;
import org.lianfang.table.Table;

/**
 * A unit's year scored (S-11, P-24): the items as the policy scored them from the figures, less the deductions entered
 * per case (each item to 0 at most); the office's score, their sum; the self-assessment and the leaders' mean score as
 * entered; the composite at the policy's shares, once every part with a share is there; and the band of the
 * composite (or, before it, of the office's score) — {@link Band#FAIL} after a veto, and never {@link
 * Band#EXCELLENT} when anyone was held accountable in the year. Immutable and thread-safe.
 *
 * @param policy the policy's version
 * @param figures what the year's records held
 * @param items each item's score after deductions, with its rationale
 * @param deductions the deductions, in the order entered
 * @param vetoes the vetoes
 * @param self the unit's self-assessed total (自评分), 0 to 100
 * @param office the office's score (核准分): the items' sum, 0 to 100
 * @param leaders the mean of the leaders' scores, 0 to 100, to two decimals
 * @param composite the weighted total, to two decimals
 * @param band the band
 * @param label what the policy calls the band
 */
public record Scorecard(PolicyVersion policy, EvaluationFigures figures, List<ItemScore> items,
    List<Deduction> deductions, List<Veto> vetoes, Optional<BigDecimal> self, BigDecimal office,
    Optional<BigDecimal> leaders, Optional<BigDecimal> composite, Band band, String label) implements Archivable {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The scorecard's table title. */
  public static final String TITLE = "年度绩效评价考核评分表";

  /** @throws NullPointerException if a part is null */
  public Scorecard {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(figures, "figures");
    items = List.copyOf(items);
    deductions = List.copyOf(deductions);
    vetoes = List.copyOf(vetoes);
    Objects.requireNonNull(self, "self");
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(leaders, "leaders");
    Objects.requireNonNull(composite, "composite");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(label, "label");
  }

  /**
   * Scores a unit's year.
   *
   * @param policy the policy
   * @param figures what the year's records hold
   * @param self the unit's self-assessed total, if entered: 0 to 100
   * @param deductions the deductions entered, each naming an item of the policy
   * @param leaderScores each leader's score, 0 to 100; may be empty
   * @param vetoes the vetoes
   * @return the scorecard
   * @throws IllegalArgumentException if a deduction names no item of the policy or a score is out of range
   */
  public static Scorecard of(EvaluationPolicy policy, EvaluationFigures figures, Optional<BigDecimal> self,
      List<Deduction> deductions, List<BigDecimal> leaderScores, List<Veto> vetoes) {
    List<ItemScore> scored = policy.score(figures);
    for (Deduction d : deductions) {
      if (scored.stream().noneMatch(i -> i.item().code().equals(d.item()))) {
        throw new IllegalArgumentException("no item " + d.item() + " in " + policy.version().name());
      }
    }
    List<ItemScore> items = new ArrayList<>(scored.size());
    BigDecimal office = BigDecimal.ZERO.setScale(2);
    for (ItemScore i : scored) {
      BigDecimal less = BigDecimal.ZERO;
      StringBuilder why = new StringBuilder(i.rationale());
      for (Deduction d : deductions) {
        if (d.item().equals(i.item().code())) {
          less = less.add(d.points());
          why.append("；扣 ").append(d.points().toPlainString()).append(" 分：").append(d.reason());
        }
      }
      ItemScore after = new ItemScore(i.item(), i.score().subtract(less).max(BigDecimal.ZERO).setScale(2,
          RoundingMode.HALF_UP), why.toString());
      items.add(after);
      office = office.add(after.score());
    }
    if (self.filter(x -> x.signum() < 0 || x.compareTo(HUNDRED) > 0).isPresent()
        || leaderScores.stream().anyMatch(x -> x.signum() < 0 || x.compareTo(HUNDRED) > 0)) {
      throw new IllegalArgumentException("a score is 0 to 100");
    }
    Optional<BigDecimal> leaders = leaderScores.isEmpty() ? Optional.empty() : Optional.of(leaderScores.stream()
        .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(leaderScores.size()), 2,
            RoundingMode.HALF_UP));
    List<Integer> shares = policy.composite();
    List<Optional<BigDecimal>> parts = List.of(self, Optional.of(office), leaders);
    Optional<BigDecimal> composite = Optional.of(BigDecimal.ZERO);
    for (int k = 0; k < 3; k++) {
      int share = shares.get(k);
      Optional<BigDecimal> part = parts.get(k);
      composite = share == 0 ? composite : composite.flatMap(c -> part.map(p -> c.add(p.multiply(BigDecimal
          .valueOf(share)))));
    }
    composite = composite.map(c -> c.divide(HUNDRED, 2, RoundingMode.HALF_UP));
    Band band = policy.band(composite.orElse(office));
    if (!vetoes.isEmpty()) {
      band = Band.FAIL;
    } else if (band == Band.EXCELLENT && figures.anyoneHeldAccountable()) {
      band = Band.PASS;
    }
    return new Scorecard(policy.version(), figures, items, deductions, vetoes, self, office, leaders, composite,
        band, policy.label(band));
  }

  /** @return the total the band was read from: the composite once there, else the office's score */
  public BigDecimal total() {
    return composite.orElse(office);
  }

  /**
   * @param subject the unit evaluated and its year, for the title
   * @return the scorecard as a table (issue 15): one row per item with its weight, its score and the rationale, then
   *     the totals (the unit's own, the office's, the leaders', the composite) and the band; an empty cell where a
   *     score is not given
   */
  public Table table(String subject) {
    List<List<String>> rows = new ArrayList<>();
    for (ItemScore s : items) {
      rows.add(List.of(s.item().chinese(), Integer.toString(s.item().weight()), s.score().toPlainString(),
          s.rationale()));
    }
    rows.add(List.of("自评分", "100", self.map(BigDecimal::toPlainString).orElse(""), ""));
    rows.add(List.of("核准分", "100", office.toPlainString(), ""));
    rows.add(List.of("领导班子评分", "100", leaders.map(BigDecimal::toPlainString).orElse(""), ""));
    rows.add(List.of("综合得分", "100", composite.map(BigDecimal::toPlainString).orElse(""), ""));
    rows.add(List.of("等次", "", label, vetoes.isEmpty() ? "" : vetoes.size() + " 项一票否决"));
    return new Table(TITLE + "（" + subject + "）", List.of("考核项目", "分值", "得分", "评分依据"), rows);
  }

  /**
   * @param cards each unit's scorecard under one policy, by the unit's name, in the order to show them
   * @param title what the table sums up, e.g. the year and the body that evaluated
   * @return a table of them (issue 15), one row per unit: each item's score (headed with its weight), the points
   *     deducted, the office's score, the self-assessment, the leaders' score, the composite and the band's label
   * @throws IllegalArgumentException if the scorecards are not all under the same policy
   */
  public static Table summary(Map<String, Scorecard> cards, String title) {
    List<String> headers = new ArrayList<>(List.of("单位"));
    List<List<String>> rows = new ArrayList<>();
    PolicyVersion policy = null;
    for (Map.Entry<String, Scorecard> e : cards.entrySet()) {
      Scorecard c = e.getValue();
      if (policy == null) {
        policy = c.policy();
        c.items().forEach(i -> headers.add(i.item().chinese() + "（" + i.item().weight() + "）"));
        headers.addAll(List.of("扣分", "核准分", "自评分", "领导评分", "综合得分", "等次"));
      } else if (!policy.equals(c.policy())) {
        throw new IllegalArgumentException("a summary's scorecards are under one policy: " + policy + " and "
            + c.policy());
      }
      List<String> row = new ArrayList<>(List.of(e.getKey()));
      c.items().forEach(i -> row.add(i.score().toPlainString()));
      row.add(c.deductions().stream().map(Deduction::points).reduce(BigDecimal.ZERO, BigDecimal::add)
          .toPlainString());
      row.add(c.office().toPlainString());
      row.add(c.self().map(BigDecimal::toPlainString).orElse(""));
      row.add(c.leaders().map(BigDecimal::toPlainString).orElse(""));
      row.add(c.composite().map(BigDecimal::toPlainString).orElse(""));
      row.add(c.label());
      rows.add(row);
    }
    return new Table(TITLE + "汇总（" + title + "）", headers, rows);
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("policy", policy).put("items", items).put("deductions", deductions)
        .put("vetoes", vetoes).put("self", self).put("office", office).put("leaders", leaders)
        .put("composite", composite).put("band", band).build();
  }
}

package org.lianfang.examples.city;

import java.util.List;
import java.util.Objects;
import org.lianfang.control.ControlMeasure;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.kinds.RecordsByKind;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.Official;
import org.lianfang.organization.Post;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.Unit;
import org.lianfang.risk.RiskPoint;

/**
 * One generated unit with all its records, as a store would hold them after the events that made them (version 1), and
 * the unit's journal chain of those events. Each list is in creation order, so its ids ascend. Immutable and
 * thread-safe.
 *
 * @param unit the unit
 * @param posts its posts
 * @param officials its officials: the holder of each post in post order, then those holding no post
 * @param tenures one open tenure per post, in post order
 * @param powerItems its power list (权力清单)
 * @param riskPoints its risk points: unit-wide ones first, then by post
 * @param measures its control measures (issue 11): two for each risk point, in the points' order
 * @param journal its journal chain from sequence 1, one entry per event
 */
public record UnitBatch(
    Unit unit, List<Post> posts, List<Official> officials, List<Tenure> tenures, List<PowerItem> powerItems,
    List<RiskPoint> riskPoints, List<ControlMeasure> measures, List<JournalEntry> journal) {

  /** @throws NullPointerException if a part is null */
  public UnitBatch {
    Objects.requireNonNull(unit, "unit");
    posts = List.copyOf(posts);
    officials = List.copyOf(officials);
    tenures = List.copyOf(tenures);
    powerItems = List.copyOf(powerItems);
    riskPoints = List.copyOf(riskPoints);
    measures = List.copyOf(measures);
    journal = List.copyOf(journal);
  }

  /** @return the head of the unit's chain: its last entry (every unit has at least its registration) */
  public ChainHead head() {
    return journal.get(journal.size() - 1).head();
  }

  /** @return the unit's records by kind, over the kinds a unit holds ({@link AggregateKinds#ofUnit()}) */
  public RecordsByKind byKind() {
    return RecordsByKind.none(AggregateKinds.ofUnit()).with(AggregateKinds.POSTS, posts)
        .with(AggregateKinds.OFFICIALS, officials).with(AggregateKinds.TENURES, tenures)
        .with(AggregateKinds.POWER_ITEMS, powerItems).with(AggregateKinds.RISK_POINTS, riskPoints)
        .with(AggregateKinds.CONTROL_MEASURES, measures);
  }

  /** @return how many records the batch holds, the journal not counted */
  public int records() {
    return 1 + posts.size() + officials.size() + tenures.size() + powerItems.size() + riskPoints.size()
        + measures.size();
  }
}

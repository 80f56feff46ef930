package org.lianfang.json;

import java.util.List;
import java.util.Objects;
import org.lianfang.organization.Official;
import org.lianfang.organization.Post;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.Unit;
import org.lianfang.process.BusinessProcess;
import org.lianfang.risk.RiskPoint;

/**
 * One unit's part of a ledger document, its journal aside (the journal is streamed entry by entry). Every record
 * belongs to the unit. Immutable and thread-safe.
 *
 * @param unit the unit
 * @param posts its posts
 * @param officials its staff
 * @param tenures who held which of its posts when
 * @param powerItems its power list (权力清单)
 * @param processes its business processes
 * @param riskPoints its risk points, with their review history, grades and notices
 */
public record LedgerSection(
    Unit unit, List<Post> posts, List<Official> officials, List<Tenure> tenures, List<PowerItem> powerItems,
    List<BusinessProcess> processes, List<RiskPoint> riskPoints) {

  /** @throws NullPointerException if a part is null */
  public LedgerSection {
    Objects.requireNonNull(unit, "unit");
    posts = List.copyOf(posts);
    officials = List.copyOf(officials);
    tenures = List.copyOf(tenures);
    powerItems = List.copyOf(powerItems);
    processes = List.copyOf(processes);
    riskPoints = List.copyOf(riskPoints);
  }

  /** @return how many records the section holds, the unit included */
  public int records() {
    return 1 + posts.size() + officials.size() + tenures.size() + powerItems.size() + processes.size()
        + riskPoints.size();
  }
}

package org.lianfang.kinds;

import java.util.List;
import org.lianfang.UnitId;
import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.TenureId;
import org.lianfang.organization.Unit;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.ProcessId;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.Store;

/**
 * Every kind of aggregate, listed once and in order: a record only refers to records of kinds listed before its own
 * (a tenure to a post and an official, a risk point to a post, a power item and a process step), so writing the kinds
 * in this order (a ledger document, an import, a bulk load) never meets a reference to something not yet written.
 * A new aggregate is one more constant here and one more entry in {@link #all()}, after the kinds it refers to; each
 * store then keeps it (the in-memory store's table, the JDBC store's repository with its bulk insert, both checked
 * against this list when the store is built), and the ledger import checks its references.
 */
public final class AggregateKinds {
  /** Units (单位), each the head of its own records. */
  public static final AggregateKind<Unit, UnitId> UNITS = AggregateKind.of("units", Unit.class, Store::units);
  /** Posts (岗位). */
  public static final AggregateKind<Post, PostId> POSTS = AggregateKind.of("posts", Post.class, Store::posts);
  /** Officials (人员). */
  public static final AggregateKind<Official, OfficialId> OFFICIALS =
      AggregateKind.of("officials", Official.class, Store::officials);
  /** Tenures: who held which post when. */
  public static final AggregateKind<Tenure, TenureId> TENURES =
      AggregateKind.of("tenures", Tenure.class, Store::tenures);
  /** Power items (权力清单). */
  public static final AggregateKind<PowerItem, PowerItemId> POWER_ITEMS =
      AggregateKind.of("powerItems", PowerItem.class, Store::powerItems);
  /** Business processes (业务流程). */
  public static final AggregateKind<BusinessProcess, ProcessId> PROCESSES =
      AggregateKind.of("processes", BusinessProcess.class, Store::processes);
  /** Risk points (风险点), whose notice commenters are sealed for readers without clearance (P-11). */
  public static final AggregateKind<RiskPoint, RiskPointId> RISK_POINTS =
      AggregateKind.of("riskPoints", RiskPoint.class, Store::riskPoints).sealedAs(RiskPoint::withCommentersSealed);

  private static final List<AggregateKind<?, ?>> ALL =
      List.of(UNITS, POSTS, OFFICIALS, TENURES, POWER_ITEMS, PROCESSES, RISK_POINTS);

  private AggregateKinds() {}

  /** @return every kind, units first, each after the kinds its records refer to */
  public static List<AggregateKind<?, ?>> all() {
    return ALL;
  }

  /** @return the kinds a unit holds: {@link #all()} but units themselves */
  public static List<AggregateKind<?, ?>> ofUnit() {
    return ALL.subList(1, ALL.size());
  }
}

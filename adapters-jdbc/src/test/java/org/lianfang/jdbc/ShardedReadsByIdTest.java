package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.ReviewRiskPoint;
import org.lianfang.jdbc.testing.ShardedPostgres;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.World;

/**
 * Through ShardingSphere a read of a record by its id alone names no sharding key, so ShardingSphere sends it to every
 * server and the command's transaction spans them all. The store remembers each record's unit once it has inserted or
 * read the record (a record never moves between units: ARCHITECTURE.md decision 9) and names it in the read, so a
 * command on records the store has seen reaches their unit's server alone (issue 16). Shown by the servers themselves:
 * on every server but the unit's, each sharded table is locked ({@code ACCESS EXCLUSIVE}, which blocks reads too) by
 * another session, and new sessions there wait two seconds for a lock before they fail. A statement sent there fails;
 * the units, which every server holds whole, stay readable. (The units of a post and of its holders, which an
 * identification checks, are read by their ids once a node and kept: {@code JdbcUnitsOf}; the test identifies a
 * first point before it locks.)
 */
class ShardedReadsByIdTest {
  @Test
  void s9_commandsOnPointsTheStoreHasSeenReachTheirUnitsServerAlone() throws SQLException {
    ShardedPostgres.Cluster cluster = ShardedPostgres.emptied();
    World w = World.in(JdbcStore.of(cluster.dataSource()));
    w.draft(w.aPointOnApprover().build());
    RiskPointId id;

    try (Locked others = new Locked(cluster, ShardedPostgres.shardOf(w.land.value()))) {
      id = w.draft(w.aPointOnApprover().described("审批中存在“吃拿卡要”的风险——\u00a0测试").build());
      w.lianfang.risks().review(w.landLeader, new ReviewRiskPoint(id, "经审核属实")).orElseThrow();
      w.lianfang.risks().grade(w.landLeader, new GradeRiskPoint(id, 3, 3, false, false)).orElseThrow();
      assertTrue(w.store.riskPoints().find(id).orElseThrow().grading().isPresent(), "graded, on its server alone");
    }

    assertEquals(ReviewState.REVIEWED, w.store.riskPoints().find(id).orElseThrow().state());
  }

  @Test
  void s9_aStoreThatHasNotSeenAPointAsksEveryServerOnce() throws SQLException {
    ShardedPostgres.Cluster cluster = ShardedPostgres.emptied();
    World w = World.in(JdbcStore.of(cluster.dataSource()));
    RiskPointId id = w.draft(w.aPointOnApprover().build());
    int home = ShardedPostgres.shardOf(w.land.value());
    JdbcStore another = JdbcStore.of(cluster.dataSource()); // another node, or this one restarted

    try (Locked others = new Locked(cluster, home)) {
      assertThrows(RuntimeException.class, () -> another.riskPoints().find(id),
          "a read by the id alone is sent to the locked servers too");
    }
    another.riskPoints().find(id).orElseThrow();
    try (Locked others = new Locked(cluster, home)) {
      assertEquals(id, another.riskPoints().find(id).orElseThrow().id(), "once read, the point's unit is named");
    }
  }

  /**
   * Every sharded table of every server but one locked by a session of its own until closed, and new sessions on
   * those servers made to give up waiting for a lock after two seconds.
   */
  private static final class Locked implements AutoCloseable {
    private final List<Connection> holders = new ArrayList<>();

    Locked(ShardedPostgres.Cluster cluster, int except) throws SQLException {
      for (int i = 0; i < cluster.shards().size(); i++) {
        if (i == except) {
          continue;
        }
        DataSource shard = cluster.shards().get(i);
        try (Connection c = shard.getConnection(); Statement st = c.createStatement()) {
          st.execute("ALTER DATABASE " + cluster.name() + " SET lock_timeout = '2s'");
        }
        Connection holder = shard.getConnection();
        holders.add(holder);
        holder.setAutoCommit(false);
        List<String> tables = new ArrayList<>();
        try (Statement st = holder.createStatement(); ResultSet rs = st.executeQuery("SELECT tablename FROM "
            + "pg_tables WHERE schemaname = 'public' AND tablename LIKE 'lf\\_%' AND tablename NOT IN ('lf_unit', "
            + "'lf_archive', 'lf_schema_history')")) {
          while (rs.next()) {
            tables.add(rs.getString(1));
          }
        }
        try (Statement st = holder.createStatement()) {
          st.execute("LOCK TABLE " + String.join(", ", tables) + " IN ACCESS EXCLUSIVE MODE");
        }
      }
    }

    @Override
    public void close() throws SQLException {
      for (Connection holder : holders) {
        try (Statement st = holder.createStatement()) {
          holder.rollback();
          holder.setAutoCommit(true);
          st.execute("ALTER DATABASE " + holder.getCatalog() + " RESET lock_timeout");
        } finally {
          holder.close();
        }
      }
    }
  }
}

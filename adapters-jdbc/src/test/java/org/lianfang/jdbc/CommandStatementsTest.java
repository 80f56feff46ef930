package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lianfang.application.organization.RegisterPowerItem;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.ReviewRiskPoint;
import org.lianfang.jdbc.testing.StatementCounter;
import org.lianfang.jdbc.testing.TestDatabases;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.World;

/**
 * A command reads what it needs through indexed queries, never a whole unit: it issues exactly the statements on a
 * unit of many risk points and power items as on a unit of few (issue 9's guard against whole-unit reads coming back
 * as one statement per row). Counted on every database through {@link StatementCounter}.
 */
class CommandStatementsTest {
  private static final int GROWTH = 120;

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void eachCommandIssuesTheSameStatementsOnALargeUnitAsOnASmallOne(TestDatabases.Kind kind) {
    StatementCounter counter = Stores.counted(kind);
    World w = World.in(JdbcStore.of(counter.dataSource()));
    // a unit's first numbered code counts its points once and creates its counter; every later one moves the counter
    w.draft(w.aPointOnApprover().build());

    Map<String, StatementCounter.Counts> small = commands(w, counter);
    for (int i = 0; i < GROWTH; i++) {
      w.lianfang.organization().registerPowerItem(w.landLeader, new RegisterPowerItem(w.land, "许可-" + (100 + i),
          "职权" + i, AdministrativePower.LICENSING, "依据", "边界", "责任", Set.of(w.approver))).orElseThrow();
      w.reviewedAndGraded(w.aPointOnApprover().described("风险" + i).build());
    }
    Map<String, StatementCounter.Counts> large = commands(w, counter);

    small.forEach((command, counts) -> assertTrue(counts.executed() > 0 && counts.prepared() > 0
        && counts.commits() == 1, kind + ": the counter sees " + command + "'s statements and one commit: " + counts));
    assertEquals(small, large, kind + ": statements per command on a unit of a few points and on one of "
        + GROWTH + " more points and power items");
  }

  /** Identifies, reviews and grades one point, counting each command's statements. */
  private static Map<String, StatementCounter.Counts> commands(World w, StatementCounter counter) {
    Map<String, StatementCounter.Counts> counts = new LinkedHashMap<>();
    RiskPointId id = counted(counter, counts, "identify", () -> w.draft(w.aPointOnApprover().build()));
    counted(counter, counts, "review", () -> w.lianfang.risks().review(w.landLeader, new ReviewRiskPoint(id, "属实"))
        .orElseThrow());
    counted(counter, counts, "grade", () -> w.lianfang.risks().grade(w.landLeader,
        new GradeRiskPoint(id, 3, 3, false, false)).orElseThrow());
    return counts;
  }

  private static <T> T counted(
      StatementCounter counter, Map<String, StatementCounter.Counts> counts, String command, Supplier<T> run) {
    StatementCounter.Counts before = counter.counts();
    T result = run.get();
    counts.put(command, counter.counts().since(before));
    return result;
  }
}

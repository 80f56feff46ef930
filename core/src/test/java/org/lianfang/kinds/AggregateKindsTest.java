package org.lianfang.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.lang.reflect.ParameterizedType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lianfang.Outcome;
import org.lianfang.application.risk.CommentOnNotice;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.StepId;
import org.lianfang.risk.NoticeComment;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.RepositoryContract;
import org.lianfang.testing.StoreContract;
import org.lianfang.testing.World;

/** The one list of aggregate kinds, and the ledger area's read by kind (S-13, P-11). */
class AggregateKindsTest {
  private final World world = World.in(InMemoryStore.create());

  @Test
  void everyKindHasItsOwnNameTypeAndRepositoryAndUnitsComeFirst() {
    List<AggregateKind<?, ?>> all = AggregateKinds.all();
    Set<String> names = new HashSet<>();
    Set<Class<?>> types = new HashSet<>();
    Set<Object> repositories = new HashSet<>();
    for (AggregateKind<?, ?> k : all) {
      assertTrue(names.add(k.name()), "name used twice: " + k);
      assertTrue(types.add(k.type()), "type used twice: " + k);
      assertTrue(repositories.add(k.in(world.store)), "repository used twice: " + k);
      assertTrue(k.name().matches("[a-z][A-Za-z]*s"), "a plural in lower camel case: " + k);
    }
    assertSame(AggregateKinds.UNITS, all.get(0));
    assertEquals(all.subList(1, all.size()), AggregateKinds.ofUnit());
    assertFalse(AggregateKinds.ofUnit().contains(AggregateKinds.UNITS));
  }

  @Test
  void aKindReadsTheSameRecordsAsItsPort() {
    assertEquals(world.store.posts().inUnit(world.land), AggregateKinds.POSTS.in(world.store).inUnit(world.land));
    assertEquals(world.store.units().find(world.land), AggregateKinds.UNITS.in(world.store).find(world.land));
    assertEquals(world.store.riskPoints().inUnit(world.land),
        AggregateKinds.RISK_POINTS.in(world.store).inUnit(world.land));
  }

  @Test
  void theSnapshotHoldsEveryKindInOrder() {
    InMemoryStore store = (InMemoryStore) world.store;
    assertEquals(AggregateKinds.all(), List.copyOf(store.snapshot().records().keySet()));
    assertEquals(store.posts().inUnit(world.land).size(), store.snapshot().records(AggregateKinds.POSTS).values()
        .stream().filter(p -> p.unitId().equals(world.land)).count());
  }

  @Test
  void recordsByKindNeedTheJournalRightAndSealCommentersForAnyoneButTheInspectorS13P11() {
    RiskPointId id = world.published(world.aPointOnApprover().build());
    world.lianfang.risks().comment(world.visitor, new CommentOnNotice(id, "举报人：某科员曾索要好处费")).orElseThrow();
    List<RiskPoint> clear = world.lianfang.ledger().queries()
        .records(world.inspector, world.land, AggregateKinds.RISK_POINTS).orElseThrow();
    List<RiskPoint> sealed = world.lianfang.ledger().queries()
        .records(world.auditor, world.land, AggregateKinds.RISK_POINTS).orElseThrow();
    assertEquals(world.store.riskPoints().inUnit(world.land), clear);
    assertEquals(clear.stream().map(RiskPoint::withIdentitiesSealed).toList(), sealed);
    List<NoticeComment> comments = sealed.stream().flatMap(r -> r.notice().stream())
        .flatMap(n -> n.comments().stream()).toList();
    assertEquals(1, comments.size());
    assertEquals(NoticeComment.SEALED, comments.get(0).authorId());
    assertNotEquals(NoticeComment.SEALED, clear.stream().flatMap(r -> r.notice().stream())
        .flatMap(n -> n.comments().stream()).findFirst().orElseThrow().authorId());

    InMemoryStore.Snapshot before = ((InMemoryStore) world.store).snapshot();
    Outcome<List<RiskPoint>> refused = world.lianfang.ledger().queries()
        .records(world.visitor, world.land, AggregateKinds.RISK_POINTS);
    assertInstanceOf(Outcome.Refused.class, refused);
    assertEquals(before, ((InMemoryStore) world.store).snapshot());
  }

  @Test
  void aRiskPointsStepIsAPartOfItsProcessAndNothingElseIsP2() {
    RiskPoint point = world.store.riskPoints().find(world.draft(world.aPointOnApprover()
        .atStep(world.approvalProcess, "审查").build())).orElseThrow();
    List<Reference> steps = AggregateKinds.RISK_POINTS.references(point).stream()
        .filter(r -> r.kind() == AggregateKinds.PROCESSES).toList();
    BusinessProcess process = world.store.processes().find(world.approvalProcess).orElseThrow();

    assertEquals(List.of(Reference.toPart("location/step", AggregateKinds.PROCESSES, world.approvalProcess,
        new StepId("审查"))), steps);
    assertTrue(AggregateKinds.PROCESSES.hasPart(process, new StepId("审查")));
    assertFalse(AggregateKinds.PROCESSES.hasPart(process, new StepId("没有的环节")));
    assertFalse(AggregateKinds.PROCESSES.hasPart(process, "审查"));
  }

  @Test
  void everyKindHasItsPortContractInTheStoreContract() {
    Set<Object> covered = new HashSet<>();
    contractsUnder(StoreContract.class, covered);
    Set<Object> kinds = new HashSet<>();
    AggregateKinds.all().forEach(k -> kinds.add(k.type()));
    assertEquals(kinds, covered, "a host proving its store runs one contract per kind, through StoreContract");
  }

  /** The aggregates whose port contracts a contract class runs, through its nested classes at any depth. */
  private static void contractsUnder(Class<?> contract, Set<Object> covered) {
    for (Class<?> c = contract; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.getGenericSuperclass() instanceof ParameterizedType p && p.getRawType() == RepositoryContract.class) {
        covered.add(p.getActualTypeArguments()[0]);
      }
      for (Class<?> nested : c.getDeclaredClasses()) {
        if (nested.isAnnotationPresent(Nested.class)) {
          contractsUnder(nested, covered);
        }
      }
    }
  }
}

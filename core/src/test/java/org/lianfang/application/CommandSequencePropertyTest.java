package org.lianfang.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.organization.BeginTenure;
import org.lianfang.application.organization.ChangePostProfile;
import org.lianfang.application.organization.RegisterPost;
import org.lianfang.application.organization.RegisterUnit;
import org.lianfang.application.risk.AssignOwners;
import org.lianfang.application.risk.CommentOnNotice;
import org.lianfang.application.risk.ConfirmRiskPoint;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.PublishRiskPoint;
import org.lianfang.application.risk.RetireRiskPoint;
import org.lianfang.application.risk.ReviewRiskPoint;
import org.lianfang.grading.RiskGrade;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.UnitKind;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.ReviewRecord;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.ReviewTransitions;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.RiskTotals;
import org.lianfang.testing.RiskPointFixture;
import org.lianfang.testing.World;
import org.lianfang.testing.PublicReads;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random sequences of commands by random actors against a small city. Each step is a command kind, an actor and a few
 * numbers that pick its targets and values, so shrinking finds short failing sequences.
 */
class CommandSequencePropertyTest {
  /** One command of a sequence: what, by whom, and numbers to pick targets and values with. */
  record Step(int kind, int actor, int a, int b) {}

  private static final int KINDS = 14;

  /**
   * Sequences that make progress often enough to reach every review state: the land bureau's leader acts three times in
   * four, the workflow commands come three times as often as the rest, and most values are valid. Every actor, kind and
   * invalid value still occurs.
   */
  private static Gen<List<Step>> sequences() {
    Gen<Integer> actor = Generate.frequency(Pair.of(3, Generate.constant(1)), Pair.of(1, integers().between(0, 7)));
    Gen<Integer> kind = Generate.frequency(Pair.of(3, Generate.pick(List.of(0, 2, 3, 4, 6, 13, 13))),
        Pair.of(1, integers().between(0, KINDS - 1)));
    Gen<Step> step = kind.zip(actor, integers().between(0, 99), integers().between(-1, 9), Step::new);
    return lists().of(step).ofSizeBetween(1, 60);
  }

  /** Runs a sequence; calls {@code check} after each step with the step's actor and its outcome. */
  private static void run(World w, List<Step> steps, BiConsumer<Actor, Outcome<?>> check) {
    Actor stranger = Actor.of("stranger", "外单位人员", List.of(Role.UNIT_LEADER), List.of(new UnitId(UUID.randomUUID())));
    List<Actor> actors = List.of(w.inspector, w.landLeader, w.planningLeader, w.sectionHead, w.approverHolder,
        w.auditor, w.visitor, stranger);
    List<PostId> posts = List.of(w.approver, w.director, w.accountant, w.clerk, w.planner);
    List<OfficialId> officials = List.of(w.zhang, w.li, w.wang, w.zhao, w.chen, w.sun);
    Lianfang lf = w.lianfang;
    for (Step s : steps) {
      Actor actor = actors.get(s.actor());
      List<RiskPoint> points = new ArrayList<>(lf.risks().queries().riskPoints(w.auditor, w.land));
      points.addAll(lf.risks().queries().riskPoints(w.auditor, w.planning));
      RiskPointId target = points.isEmpty() ? new RiskPointId(UUID.randomUUID())
          : s.a() % 4 == 0 ? points.get(s.a() % points.size()).id()
          : points.get(points.size() - 1 - s.a() % Math.min(2, points.size())).id();
      LocalDate today = w.clock.today();
      Outcome<?> o = switch (s.kind()) {
        case 0, 1 -> {
          PostId post = posts.get(s.a() % posts.size());
          UnitId unit = post.equals(w.planner) ? w.planning : w.land;
          yield lf.risks().identify(actor, RiskPointFixture.aRiskPoint(unit).onPost(post)
              .category(RiskCategory.values()[s.a() % 5]).foundBy(DiscoveryMethod.values()[(s.a() / 5) % 5])
              .ownedBy(officials.get(s.a() % 6), w.li, w.zhang).build());
        }
        case 2 -> lf.risks().review(actor, new ReviewRiskPoint(target, "审核"));
        case 3 -> lf.risks().grade(actor, new GradeRiskPoint(target, 1 + s.a() % 5,
            s.a() % 10 == 9 ? s.b() * 3 : 1 + Math.floorMod(s.b(), 5), s.a() % 7 == 0, s.a() % 3 == 0));
        case 4 -> lf.risks().publish(actor, new PublishRiskPoint(target, NoticeAudience.PUBLIC, "公示栏", today,
            today.plusDays(s.b())));
        case 5 -> lf.risks().comment(actor, new CommentOnNotice(target, "意见" + s.a()));
        case 6 -> lf.risks().confirm(actor, new ConfirmRiskPoint(target, "党组会议",
            s.a() % 10 == 9 ? today.plusDays(1) : today));
        case 7 -> lf.risks().retire(actor, new RetireRiskPoint(target, "撤销" + s.a()));
        case 8 -> lf.risks().assignOwners(actor, new AssignOwners(target,
            new OwnerChain(officials.get(s.a() % 6), officials.get((s.a() + 1) % 6), w.zhang)));
        case 9 -> lf.organization().changePostProfile(actor, new ChangePostProfile(posts.get(s.a() % posts.size()),
            s.b() % 2 == 0 ? PostProfile.ordinary() : new PostProfile(true, Set.of(), false, s.a() % 2 == 0,
                Set.of(), org.lianfang.organization.Transparency.CLOSED)));
        case 10 -> lf.organization().beginTenure(actor, new BeginTenure(posts.get(s.a() % posts.size()),
            officials.get(s.a() % 6), today.plusDays(s.b())));
        case 11 -> lf.organization().registerPost(actor, new RegisterPost(s.b() % 2 == 0 ? w.land : w.planning,
            "P" + s.a(), s.b() < 0 ? " " : "新岗位" + s.a(), PostProfile.ordinary()));
        case 12 -> lf.organization().registerUnit(actor, new RegisterUnit("U" + s.a(), "新单位", UnitKind.OTHER,
            Optional.of(s.b() % 2 == 0 ? w.land : w.planning)));
        default -> {
          w.clock.setDay(today.plusDays(7 + Math.max(0, s.b())));
          yield null;
        }
      };
      if (o != null) {
        check.accept(actor, o);
      }
    }
  }

  private static Set<UnitId> allUnits(World w) {
    Set<UnitId> all = new HashSet<>();
    w.lianfang.organization().queries().subtree(w.inspector, w.city).forEach(u -> all.add(u.id()));
    return all;
  }

  /** Whether the unit lies in a subtree of the actor's scope, by walking up the parents. */
  private static boolean inScope(World w, Actor actor, UnitId unit) {
    Optional<UnitId> cur = Optional.of(unit);
    while (cur.isPresent()) {
      if (actor.scope().contains(cur.get())) {
        return true;
      }
      cur = w.store.units().find(cur.get()).flatMap(u -> u.parent());
    }
    return false;
  }

  @Test
  void refusedCommandsLeaveNoTrace() {
    qt().withExamples(60).forAll(sequences()).checkAssert(steps -> {
      InMemoryStore store = InMemoryStore.create();
      World w = World.in(store);
      InMemoryStore.Snapshot[] before = {store.snapshot()};
      run(w, steps, (actor, o) -> {
        InMemoryStore.Snapshot after = store.snapshot();
        if (!o.isAccepted()) {
          assertEquals(before[0], after, "refused: " + ((Outcome.Refused<?>) o).refusal().message());
        }
        before[0] = after;
      });
    });
  }

  @Test
  void theSequencesReachEveryReviewState() {
    Set<ReviewState> reached = java.util.EnumSet.noneOf(ReviewState.class);
    int[] outcomes = new int[2];
    qt().withFixedSeed(20_101_231L).withExamples(100).forAll(sequences()).checkAssert(steps -> {
      World w = World.in(InMemoryStore.create());
      run(w, steps, (actor, o) -> outcomes[o.isAccepted() ? 0 : 1]++);
      for (UnitId u : List.of(w.land, w.planning)) {
        w.lianfang.risks().queries().riskPoints(w.auditor, u).forEach(p -> reached.add(p.state()));
      }
    });
    assertEquals(java.util.EnumSet.allOf(ReviewState.class), reached, "the properties below would be vacuous");
    assertTrue(outcomes[0] > 0 && outcomes[1] > 0, "both accepted and refused commands occur");
  }

  /**
   * S-13, P-3: the totals count every point in force once, under its grade only while the grade is current: the grade
   * columns plus the ungraded and awaiting re-grading counts make the number of points, and so do the review states;
   * a point whose grade is stale is never in a grade column. Checked against the points themselves, read one by one.
   */
  @Test
  void s13_p3_totalsCountEveryPointOnceAndNoStaleGradeUnderItsGrade() {
    int[] seen = new int[3]; // current grades, stale grades, ungraded points counted over all runs
    qt().withFixedSeed(20_110_509L).withExamples(60).forAll(sequences()).checkAssert(steps -> {
      World w = World.in(InMemoryStore.create());
      run(w, steps, (actor, o) -> { });
      for (Actor reader : List.of(w.auditor, w.approverHolder)) {
        RiskTotals totals = w.lianfang.risks().queries().totals(reader, w.city);
        Map<String, int[]> expected = new java.util.HashMap<>();
        int inForce = 0;
        for (UnitId u : allUnits(w)) {
          for (RiskPoint p : w.lianfang.risks().queries().riskPoints(reader, u)) {
            if (p.state() == ReviewState.RETIRED) {
              continue;
            }
            inForce++;
            int[] e = expected.computeIfAbsent(u + "/" + p.description().category(), k -> new int[5 + 6]);
            int column = p.grading().isEmpty() ? 3 : p.grading().get().stale() ? 4
                : p.grading().get().grade().level() == RiskGrade.HIGHER ? 0
                : p.grading().get().grade().level() == RiskGrade.GENERAL ? 1 : 2;
            e[column]++;
            e[5 + p.state().ordinal()]++;
            seen[column == 3 ? 2 : column == 4 ? 1 : 0]++;
          }
        }
        assertEquals(inForce, totals.total());
        assertEquals(inForce, totals.higher() + totals.general() + totals.lower() + totals.ungraded()
            + totals.awaitingRegrade());
        assertEquals(inForce, totals.byState().values().stream().mapToInt(Integer::intValue).sum());
        Map<String, int[]> actual = new java.util.HashMap<>();
        for (RiskTotals.Row r : totals.rows()) {
          int[] a = new int[5 + 6];
          a[0] = r.higher();
          a[1] = r.general();
          a[2] = r.lower();
          a[3] = r.ungraded();
          a[4] = r.awaitingRegrade();
          for (ReviewState state : ReviewState.values()) {
            a[5 + state.ordinal()] = r.state(state);
          }
          assertTrue(actual.put(r.unit() + "/" + r.category(), a) == null, "one row per unit and category");
        }
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((k, e) -> assertEquals(java.util.Arrays.toString(e), java.util.Arrays.toString(actual.get(k)),
            k + ": 较高, 一般, 较低, 未定级, 待重评, then the states"));
      }
    });
    assertTrue(seen[0] > 0 && seen[1] > 0 && seen[2] > 0,
        "the runs count current grades, stale grades and ungraded points: " + java.util.Arrays.toString(seen));
  }

  @Test
  void noSequenceReachesAStateTheTransitionTableForbids() {
    qt().withExamples(60).forAll(sequences()).checkAssert(steps -> {
      World w = World.in(InMemoryStore.create());
      run(w, steps, (actor, o) -> {
        for (UnitId unit : List.of(w.land, w.planning)) {
          for (RiskPoint p : w.lianfang.risks().queries().riskPoints(w.auditor, unit)) {
            ReviewState expected = ReviewState.DRAFT;
            for (ReviewRecord r : p.history()) {
              assertEquals(expected, r.from(), "history is a chain: " + p.history());
              assertEquals(ReviewTransitions.target(r.from(), r.action()), Optional.of(r.to()),
                  "the table allows " + r.from() + " --" + r.action() + "--> " + r.to());
              expected = r.to();
            }
            assertEquals(expected, p.state());
            assertTrue(p.state() != ReviewState.CONFIRMED || p.confirmation().isPresent());
            assertTrue(p.state() != ReviewState.PUBLISHED || p.grading().isPresent(), "S-6: published with a grade");
            assertTrue(p.state() != ReviewState.PUBLISHED || p.owners().isPresent(), "P-1: published with owners");
            boolean notYetPublished = p.state() == ReviewState.DRAFT || p.state() == ReviewState.REVIEWED
                || p.state() == ReviewState.STALE;
            assertTrue(!notYetPublished || (p.notice().isEmpty() && p.confirmation().isEmpty()),
                "a point not (or no longer) published has no notice and no confirmation: " + p.state());
          }
        }
      });
    });
  }

  @Test
  void actorsNeverChangeAnythingOutsideTheirScope() {
    qt().withExamples(60).forAll(sequences()).checkAssert(steps -> {
      InMemoryStore store = InMemoryStore.create();
      World w = World.in(store);
      Map<UnitId, List<JournalEntry>>[] before = new Map[] {store.snapshot().journal()};
      run(w, steps, (actor, o) -> {
        Map<UnitId, List<JournalEntry>> after = store.snapshot().journal();
        for (Map.Entry<UnitId, List<JournalEntry>> chain : after.entrySet()) {
          int old = before[0].getOrDefault(chain.getKey(), List.of()).size();
          if (chain.getValue().size() > old) {
            assertTrue(inScope(w, actor, chain.getKey()), actor + " changed unit " + chain.getKey());
          }
        }
        before[0] = after;
      });
    });
  }

  @Test
  void actorsNeverReadAnythingOutsideTheirScope() {
    qt().withExamples(40).forAll(sequences()).checkAssert(steps -> {
      World w = World.in(InMemoryStore.create());
      run(w, steps, (actor, o) -> { });
      List<UnitId> units = new ArrayList<>(allUnits(w));
      List<Actor> readers = List.of(w.landLeader, w.planningLeader, w.approverHolder, w.visitor, w.sectionHead,
          Actor.of("x", "x", List.of(Role.AUDITOR), List.of(w.planning)));
      for (Actor reader : readers) {
        for (UnitId u : units) {
          boolean scoped = inScope(w, reader, u);
          if (!scoped) {
            assertTrue(w.lianfang.risks().queries().riskPoints(reader, u).isEmpty());
            assertTrue(w.lianfang.organization().queries().posts(reader, u).isEmpty());
            assertTrue(w.lianfang.organization().queries().unit(reader, u).isEmpty());
            assertTrue(!w.lianfang.risks().queries().form2(reader, u).isAccepted());
            assertTrue(!w.lianfang.ledger().queries().verifyJournal(reader, u).isAccepted());
          }
          w.lianfang.risks().queries().totals(reader, u).rows()
              .forEach(r -> assertTrue(inScope(w, reader, r.unit()), reader + " counted " + r.unitName()));
          w.lianfang.organization().queries().subtree(reader, u)
              .forEach(x -> assertTrue(inScope(w, reader, x.id()), reader + " saw unit " + x.name()));
        }
        for (UnitId u : units) {
          PublicReads.all(w.lianfang.risks().queries(), reader, u).forEach(p -> assertTrue(units.stream()
              .anyMatch(x -> inScope(w, reader, x)
                  && w.lianfang.organization().queries().unit(w.inspector, x).orElseThrow().name()
                  .equals(p.unitName())), reader + " saw a notice of " + p.unitName()));
        }
      }
    });
  }
}

package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.NoticeKey;
import org.lianfang.risk.PointStanding;
import org.lianfang.risk.PublicNotice;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskDescription;
import org.lianfang.risk.RiskLocation;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointCodes;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.Repository;
import org.lianfang.spi.RiskPoints;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link RiskPoints}: the {@link RepositoryContract} (a point belongs to its location's unit), with
 * codes unique within the unit, plus {@code nextCodeNumber} and {@code onPost}. Extend it with a fresh, empty store per
 * call of {@link #newStore()}.
 */
public abstract class RiskPointsContract extends RepositoryContract<RiskPoint, RiskPointId> {
  @Override
  protected final Repository<RiskPoint, RiskPointId> repository(Store store) {
    return store.riskPoints();
  }

  @Override
  protected final Gen<RiskPoint> aggregates(UnitId unit) {
    return RiskGenerators.riskPoints(unit);
  }

  @Override
  protected final RiskPoint withVersion(RiskPoint aggregate, long version) {
    return aggregate.withVersion(version);
  }

  @Override
  protected final RiskPoint changed(RiskPoint r) {
    RiskDescription d = r.description();
    return copy(r, r.id(), r.location(), new RiskDescription(d.category(), d.description() + "（改）",
        d.manifestation(), d.sources(), d.method(), d.channel()), r.version());
  }

  @Override
  protected final Optional<RiskPoint> rival(RiskPoint holder) {
    return Optional.of(copy(holder, new RiskPointId(UUID.randomUUID()), holder.location(), holder.description(), 0));
  }

  private static RiskPoint copy(RiskPoint r, RiskPointId id, RiskLocation location, RiskDescription description,
      long version) {
    return RiskPoint.restore(id, r.code(), location, description, r.owners(), r.custom(), r.state(), r.grading(),
        r.notice(), r.confirmation(), r.history(), r.identifiedBy(), r.identifiedAt(), version);
  }

  @Test
  public void aPointOnAPostIsListedOnIt() {
    RiskPoints points = store().riskPoints();
    qt().withExamples(examples()).forAll(anywhere()).checkAssert(r -> {
      tx(() -> points.insert(r.withVersion(0)));
      r.location().post().ifPresent(p -> assertTrue(points.onPost(p).contains(r)));
    });
  }

  @Test
  public void riskPointsOfAPostAndOfAUnit() {
    RiskPoints points = store().riskPoints();
    UnitId unit = new UnitId(UUID.randomUUID());
    PostId post = new PostId(UUID.randomUUID());
    List<RiskPoint> generated = draw(aggregates(unit), 30);
    List<RiskPoint> onPost = new ArrayList<>();
    tx(() -> {
      for (int i = 0; i < generated.size(); i++) {
        RiskPoint r = generated.get(i);
        if (i % 2 == 0) {
          r = copy(r, r.id(), RiskLocation.onPost(unit, post), r.description(), 0);
          onPost.add(r.withVersion(1));
        }
        points.insert(r.withVersion(0));
      }
    });
    assertEquals(inIdOrder(onPost), points.onPost(post));
    assertEquals(generated.size(), points.inUnit(unit).size());
    assertEquals(List.of(), points.onPost(new PostId(UUID.randomUUID())));
  }

  @Test
  public void s16_whereAUnitsPointsStandIsWhatTheyHoldInTheOrderOfTheUnitsPoints() {
    RiskPoints points = store().riskPoints();
    UnitId unit = new UnitId(UUID.randomUUID());
    List<RiskPoint> generated = draw(aggregates(unit), 30);
    tx(() -> generated.forEach(r -> points.insert(r.withVersion(0))));
    List<RiskPoint> read = points.inUnit(unit);
    assertEquals(generated.size(), read.size());
    assertEquals(read.stream().map(PointStanding::of).toList(), points.standings(unit));
    assertEquals(read.stream().map(PointStanding::of).toList(), tx(() -> points.standings(unit)));
    assertEquals(List.of(), points.standings(new UnitId(UUID.randomUUID())));
  }

  @Test
  public void codeNumbersStartAfterTheUnitsPointsAndNeverRepeat() {
    RiskPoints points = store().riskPoints();
    UnitId unit = new UnitId(UUID.randomUUID());
    UnitId other = new UnitId(UUID.randomUUID());
    List<RiskPoint> held = draw(aggregates(unit), 7);
    tx(() -> held.forEach(r -> points.insert(r.withVersion(0))));
    long start = Math.max(held.size(), held.stream().mapToLong(r -> RiskPointCodes.number(r.code())).max()
        .orElse(0));
    assertEquals(start + 1, tx(() -> points.nextCodeNumber(unit)), "the first number follows the points held");
    assertEquals(start + 2, tx(() -> points.nextCodeNumber(unit)));
    assertEquals(1, tx(() -> points.nextCodeNumber(other)), "each unit numbers its own codes");
    assertEquals(List.of(start + 3, start + 4),
        tx(() -> List.of(points.nextCodeNumber(unit), points.nextCodeNumber(unit))));
  }

  /**
   * Issue 10, finding 9: points restored from a ledger or loaded in bulk may hold any codes. A unit's first number
   * follows the largest number its codes end in when that is more than their count, so the next code is one nobody
   * holds; codes of another form count only as points.
   */
  @Test
  public void finding9TheFirstNumberFollowsTheLargestNumberInUseNotJustTheCount() {
    RiskPoints points = store().riskPoints();
    UnitId gapped = new UnitId(UUID.randomUUID());
    UnitId foreign = new UnitId(UUID.randomUUID());
    List<String> codes = List.of("5301-GT-0001", "5301-GT-0007", "5301-GT-0003");
    List<RiskPoint> drawn = draw(aggregates(gapped), codes.size());
    List<RiskPoint> others = draw(aggregates(foreign), 2);
    tx(() -> {
      for (int i = 0; i < codes.size(); i++) {
        points.insert(coded(drawn.get(i), codes.get(i)));
      }
      points.insert(coded(others.get(0), "GT-A"));
      points.insert(coded(others.get(1), "导入-第二批"));
    });
    assertEquals(8, tx(() -> points.nextCodeNumber(gapped)), "after 0007, not 0004, which the count would give");
    assertEquals(9, tx(() -> points.nextCodeNumber(gapped)));
    assertEquals(3, tx(() -> points.nextCodeNumber(foreign)), "codes ending in no number count as points");
  }

  private static RiskPoint coded(RiskPoint p, String code) {
    return RiskPoint.restore(p.id(), code, p.location(), p.description(), p.owners(), p.custom(), p.state(),
        p.grading(), p.notice(), p.confirmation(), p.history(), p.identifiedBy(), p.identifiedAt(), 0);
  }

  /**
   * Issue 10, finding 9: a point restored (from a ledger, a bulk load) into a unit that has numbered codes already
   * moves the unit's numbers past its code's, so the next code is one nobody holds; a restored point with a lower
   * number moves nothing.
   */
  @Test
  public void finding9APointRestoredAfterNumberingStartedIsNumberedPast() {
    RiskPoints points = store().riskPoints();
    UnitId unit = new UnitId(UUID.randomUUID());
    long first = tx(() -> points.nextCodeNumber(unit));
    List<RiskPoint> drawn = draw(aggregates(unit), 2);
    RiskPoint high = coded(drawn.get(0), "5301-RS-" + String.format("%04d", first + 40)).withVersion(3);
    RiskPoint low = coded(drawn.get(1), "5301-RS-" + String.format("%04d", first)).withVersion(2);
    tx(() -> points.insert(high));
    assertEquals(first + 41, tx(() -> points.nextCodeNumber(unit)), "past the restored point's number");
    tx(() -> points.insert(low));
    assertEquals(first + 42, tx(() -> points.nextCodeNumber(unit)), "a lower restored number moves nothing");
  }

  @Test
  public void aCodeNumberTakenInATransactionThatRollsBackIsGivenBack() {
    RiskPoints points = store().riskPoints();
    UnitId unit = new UnitId(UUID.randomUUID());
    UnitId fresh = new UnitId(UUID.randomUUID());
    long first = tx(() -> points.nextCodeNumber(unit));
    IllegalStateException boom = new IllegalStateException("the command fails after numbering");
    for (UnitId u : List.of(unit, fresh)) {
      try {
        store().transactions().inTransaction(() -> {
          points.nextCodeNumber(u);
          throw boom;
        });
      } catch (IllegalStateException expected) {
        assertEquals(boom, expected);
      }
    }
    assertEquals(first + 1, tx(() -> points.nextCodeNumber(unit)));
    assertEquals(1, tx(() -> points.nextCodeNumber(fresh)), "a unit whose first number was rolled back starts again");
  }

  /**
   * Issue 10, bounded public reads: the pages of points on public view, read one after another from where each ended,
   * hold every point of the units asked that is published or confirmed, with a notice to one of the audiences asked
   * that has started by the day, exactly once, in key order (unit id, then point id, as unsigned numbers, which is
   * the order of their lower-case texts), and nothing of another unit; no page is longer than asked.
   */
  @Test
  public void pagesOfPointsOnNoticeHoldEveryMatchingPointOnceInKeyOrder() {
    RiskPoints points = store().riskPoints();
    List<UnitId> units = List.of(new UnitId(UUID.randomUUID()), new UnitId(UUID.randomUUID()),
        new UnitId(UUID.randomUUID()));
    UnitId other = new UnitId(UUID.randomUUID());
    List<RiskPoint> stored = new ArrayList<>();
    for (UnitId u : units) {
      stored.addAll(draw(aggregates(u), 40));
    }
    List<RiskPoint> elsewhere = draw(aggregates(other), 20);
    tx(() -> {
      stored.forEach(r -> points.insert(r.withVersion(0)));
      elsewhere.forEach(r -> points.insert(r.withVersion(0)));
    });
    List<LocalDate> starts = stored.stream().flatMap(r -> r.notice().stream()).map(PublicNotice::start).sorted()
        .toList();
    LocalDate today = starts.get(starts.size() / 2);
    for (Set<NoticeAudience> audiences : List.of(EnumSet.of(NoticeAudience.PUBLIC),
        EnumSet.allOf(NoticeAudience.class))) {
      List<RiskPointId> expected = stored.stream()
          .filter(r -> (r.state() == ReviewState.PUBLISHED || r.state() == ReviewState.CONFIRMED)
              && r.notice().isPresent() && audiences.contains(r.notice().get().audience())
              && !r.notice().get().start().isAfter(today))
          .sorted(Comparator.comparing((RiskPoint r) -> r.location().unit().value().toString())
              .thenComparing(r -> r.id().value().toString()))
          .map(RiskPoint::id).toList();
      assertTrue(!expected.isEmpty() || audiences.size() == 1, "the draw holds points on notice to some audience");
      List<RiskPointId> paged = new ArrayList<>();
      Optional<NoticeKey> after = Optional.empty();
      while (true) {
        List<RiskPoint> page = points.onNotice(units, audiences, today, after, 7);
        assertTrue(page.size() <= 7, "a page is no longer than asked");
        page.forEach(r -> paged.add(r.id()));
        if (page.size() < 7) {
          break;
        }
        RiskPoint last = page.get(page.size() - 1);
        after = Optional.of(new NoticeKey(last.location().unit(), last.id()));
      }
      assertEquals(expected, paged, audiences.toString());
    }
  }
}

package org.lianfang.examples.city;

import static com.google.common.base.Preconditions.checkElementIndex;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.lianfang.grading.GradingPolicy;

/**
 * A whole generated city for benchmarks and walk-throughs: a tree of units (the city, its districts and counties, its
 * municipal bureaus, companies and institutions, and sections below them), each with posts, officials, open tenures, a
 * power list and risk points in realistic review states, and each with the journal chain of the events that made them
 * (ARCHITECTURE.md decision 9 sets the size: {@link Scale#CITY}).
 *
 * <p>Deterministic: the same seed and scale give the same records, ids, text and hashes on every run and JVM. Ids are
 * time-ordered UUIDv7 made from each record's own instant (decision 10), so in {@link #forEachUnit} order the ids of
 * each kind of record ascend across the whole city, as a real registration would insert them. Times follow the pilot
 * timetable of S-16 from 2010-08-31 in Asia/Shanghai; nothing reads the clock.
 *
 * <p>Streaming: the city is planned up front (the tree and every unit's counts, a few hundred bytes per unit), and each
 * unit's records are generated only when asked for, from that unit's own random streams. A consumer that lets go of
 * each {@link UnitBatch} keeps at most one unit in memory. Note that {@link org.lianfang.organization.PowerItem#posts()}
 * is a JDK immutable set whose iteration order changes from run to run: sort it when writing bytes that must be
 * identical.
 *
 * <p>Immutable and thread-safe: units may be generated from several threads at once.
 */
public final class City {
  private final long seed;
  private final Scale scale;
  private final Plan plan;
  private final UnitGenerator generator;

  private City(long seed, Scale scale) {
    this.seed = seed;
    this.scale = Objects.requireNonNull(scale, "scale");
    this.plan = Plan.of(seed, scale);
    this.generator = new UnitGenerator(seed, plan);
  }

  /**
   * Plans a city. Cheap: no unit's records are generated until asked for.
   *
   * @param seed the seed; the same seed gives the same city
   * @param scale how big
   * @return the city
   */
  public static City of(long seed, Scale scale) {
    return new City(seed, scale);
  }

  /** @return the seed */
  public long seed() {
    return seed;
  }

  /** @return the scale */
  public Scale scale() {
    return scale;
  }

  /** @return how many records of each kind the city holds, counted from its plan without generating them */
  public Totals totals() {
    return plan.totals;
  }

  /** @return how many units; {@link #unit(int)} takes 0 up to this, exclusive */
  public int unitCount() {
    return plan.units.size();
  }

  /** @return the policy every grade in the city comes from: {@code SeedGradingPolicy.standard()} (S-6) */
  public static GradingPolicy gradingPolicy() {
    return UnitGenerator.POLICY;
  }

  /**
   * Generates one unit. Units are numbered in tree order: 0 is the city, and every unit comes after its parent.
   *
   * @param index 0 up to {@link #unitCount()}, exclusive
   * @return the unit's records and journal
   * @throws IndexOutOfBoundsException if there is no such unit
   */
  public UnitBatch unit(int index) {
    checkElementIndex(index, plan.units.size(), "unit");
    return generator.generate(plan.units.get(index));
  }

  /**
   * Generates the units one by one in tree order (parents before children) and hands each to the consumer.
   *
   * @param consumer receives each unit; it may keep or drop it
   */
  public void forEachUnit(Consumer<? super UnitBatch> consumer) {
    Objects.requireNonNull(consumer, "consumer");
    for (UnitPlan u : plan.units) {
      consumer.accept(generator.generate(u));
    }
  }

  /** @return the units in tree order, each generated when the stream reaches it (sequential unless made parallel) */
  public Stream<UnitBatch> units() {
    return IntStream.range(0, plan.units.size()).mapToObj(this::unit);
  }

  @Override
  public String toString() {
    return "City[seed=" + seed + ", " + scale + "]";
  }
}

package org.lianfang.application.cycle;

import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.lianfang.AggregateId;
import org.lianfang.ArchiveObject;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.RegisterDigests;
import org.lianfang.control.ControlMeasure;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.FrozenRegister;
import org.lianfang.cycle.RegisterDiff;
import org.lianfang.cycle.RevisionNotice;
import org.lianfang.ledger.JournalChain;
import org.lianfang.risk.PointStanding;
import org.lianfang.risk.RiskPoint;
import org.lianfang.spi.Registers;
import org.lianfang.spi.Store;

/**
 * What a unit's revision posts (S-12, P-26), and what tells whether the register changed since: the digest of the
 * register as its closing would freeze it, kept with the notice. Stateless.
 */
final class Revisions {
  private Revisions() {}

  /**
   * @param store the store, read in the caller's transaction or snapshot
   * @param unit a unit
   * @param from a year whose register is frozen
   * @return what differs between that register and the live one
   */
  static RegisterDiff since(Store store, UnitId unit, Year from) {
    return since(store, unit, from, store.riskPoints().inUnit(unit), store.controlMeasures().inUnit(unit));
  }

  private static RegisterDiff since(Store store, UnitId unit, Year from, List<RiskPoint> points,
      List<ControlMeasure> measures) {
    return RegisterDiff.between(from, store.registers().points(unit, from), store.registers().measures(unit, from),
        points, measures);
  }

  /**
   * @param store the store, read in the caller's transaction
   * @param unit a unit
   * @param year its year under revision
   * @return what changed in its live register since its last year closed before that one; every point added, from
   *     the year before, if it closed none
   */
  static RegisterDiff changes(Store store, UnitId unit, Year year) {
    return changes(store, unit, year, store.riskPoints().inUnit(unit), store.controlMeasures().inUnit(unit));
  }

  /**
   * As {@link #changes(Store, UnitId, Year)}, on the live register its caller read already.
   *
   * @param store the store, read in the caller's transaction
   * @param unit a unit
   * @param year its year under revision
   * @param points every risk point of the unit
   * @param measures every control measure of the unit
   * @return what changed since its last year closed before that one
   */
  static RegisterDiff changes(Store store, UnitId unit, Year year, List<RiskPoint> points,
      List<ControlMeasure> measures) {
    Optional<Year> last = store.registers().years(unit).stream().filter(y -> y.isBefore(year))
        .max(Comparator.naturalOrder());
    return last.map(y -> since(store, unit, y, points, measures)).orElseGet(() -> RegisterDiff.between(
        year.minusYears(1), List.of(), List.of(), points, measures));
  }

  /**
   * @param store the store, read in the caller's transaction
   * @param cycle a unit's year, about to leave self-assessment and revision or to close
   * @param register the digest of the unit's register as it stands ({@link #register}), computed only if needed
   * @return why it may not, under its revision's rule: the register changed since its revision was posted; empty if
   *     it has not, none is posted (the cycle's own guard says so) or the rule is off
   */
  static Optional<Refusal> changedSincePosted(AnnualCycle cycle, Supplier<String> register) {
    if (!cycle.rules().revisionPosted()) {
      return Optional.empty();
    }
    return cycle.revision().filter(posted -> !posted.digest().equals(register.get())).map(posted -> Refusals.rule(
        "自 " + posted.start() + " 公示修正内容以来台账已有变更，须重新公示（P-5、P-26）", "the register has changed since its "
        + "revision was posted on " + posted.start() + "; post it again (P-5, P-26)"));
  }

  /**
   * The register's counts and digest, as its closing would freeze it ({@link RegisterDigests}). When the cycle's
   * revision was posted from records of the very versions given, the digest is the one the notice keeps, not computed
   * again, and the points are not read whole: every change of a point or a measure moves its version, so the records
   * are those it was computed from (a row edited behind the library's back, its version kept, shows when the frozen
   * register is checked against its digest: by {@code register(actor, unit, year)} and by an import).
   *
   * @param store the store
   * @param cycle a unit's year
   * @param standings where every risk point of its unit stands
   * @param points every risk point of its unit, asked for only if the digest is computed
   * @param measures every control measure of its unit
   * @return the register's counts and digest
   */
  static FrozenRegister register(Store store, AnnualCycle cycle, List<PointStanding> standings,
      Supplier<List<RiskPoint>> points, List<ControlMeasure> measures) {
    Optional<RevisionNotice> unchanged = cycle.revision().filter(n -> n.versions().equals(versions(store, standings,
        measures)));
    return unchanged.map(n -> new FrozenRegister(cycle.year(), standings.size(), measures.size(), n.digest()))
        .orElseGet(() -> RegisterDigests.of(store.journal().digest(), cycle.year(), points.get(), measures));
  }

  /**
   * @param store the store
   * @param points where every risk point of a unit stands
   * @param measures every control measure of the unit
   * @return the digest of their ids and versions: the canonical object of the points' and the measures' {@code
   *     id@version}, each list in the order of the ids' text
   */
  static String versions(Store store, List<PointStanding> points, List<ControlMeasure> measures) {
    return JournalChain.recordDigest(store.journal().digest(), ArchiveObject.builder()
        .put("points", versions(points, PointStanding::id, PointStanding::version))
        .put("measures", versions(measures, ControlMeasure::id, ControlMeasure::version)).build());
  }

  /**
   * @param points where risk points stand
   * @param measures control measures
   * @return their ids and versions, each as {@code id@version}, sorted, as {@link Registers#freeze} gives those it
   *     froze
   */
  static List<String> versionsOf(List<PointStanding> points, List<ControlMeasure> measures) {
    List<String> all = new java.util.ArrayList<>(versions(points, PointStanding::id, PointStanding::version));
    all.addAll(versions(measures, ControlMeasure::id, ControlMeasure::version));
    all.sort(null);
    return all;
  }

  private static <T> List<String> versions(List<T> records, Function<T, ? extends AggregateId> id,
      ToLongFunction<T> version) {
    return records.stream().map(r -> Registers.version(id.apply(r).value(), version.applyAsLong(r))).sorted().toList();
  }
}

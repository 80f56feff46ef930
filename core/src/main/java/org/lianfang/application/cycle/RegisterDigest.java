package org.lianfang.application.cycle;

import java.time.Year;
import java.util.Comparator;
import java.util.List;
import org.lianfang.ArchiveObject;
import org.lianfang.UnitId;
import org.lianfang.control.ControlMeasure;
import org.lianfang.cycle.FrozenRegister;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.JournalChain;
import org.lianfang.risk.RiskPoint;
import org.lianfang.spi.Store;

/**
 * The digest of a frozen register (S-13): the canonical record states of its points in code order, then of its
 * measures in the order of their ids' text, in one canonical object with the year, under the archive's chain digest.
 * Anyone holding the register and the journal can compute it again. Stateless.
 */
final class RegisterDigest {
  private RegisterDigest() {}

  /**
   * @param store the store
   * @param unit a unit
   * @param year a year whose register is frozen
   * @return the register's counts and digest
   */
  static FrozenRegister of(Store store, UnitId unit, Year year) {
    List<RiskPoint> points = store.registers().points(unit, year).stream()
        .sorted(Comparator.comparing(RiskPoint::code)).toList();
    List<ControlMeasure> measures = store.registers().measures(unit, year).stream()
        .sorted(Comparator.comparing(m -> m.id().value().toString())).toList();
    ArchiveObject register = ArchiveObject.builder().put("year", year.getValue())
        .put("points", points.stream().map(AggregateKinds::state).toList())
        .put("measures", measures.stream().map(AggregateKinds::state).toList()).build();
    return new FrozenRegister(year, points.size(), measures.size(),
        JournalChain.recordDigest(store.journal().digest(), register));
  }
}

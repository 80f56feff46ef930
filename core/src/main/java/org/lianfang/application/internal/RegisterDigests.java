package org.lianfang.application.internal;

import java.time.Year;
import java.util.Comparator;
import java.util.List;
import org.lianfang.ArchiveObject;
import org.lianfang.control.ControlMeasure;
import org.lianfang.cycle.FrozenRegister;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.JournalChain;
import org.lianfang.risk.RiskPoint;

/**
 * The digest of a frozen register (S-13): the canonical record states of its points in code order, then of its
 * measures in the order of their ids' text, in one canonical object with the year, under the archive's chain digest.
 * The closing computes it into the journal ({@code cycle.register-frozen}); an import computes it again from the
 * archive's register and finds it there. Stateless.
 */
public final class RegisterDigests {
  private RegisterDigests() {}

  /**
   * @param digest the archive's chain digest
   * @param year the register's year
   * @param points its points
   * @param measures its measures
   * @return its counts and digest
   */
  public static FrozenRegister of(ChainDigest digest, Year year, List<RiskPoint> points,
      List<ControlMeasure> measures) {
    List<RiskPoint> byCode = points.stream().sorted(Comparator.comparing(RiskPoint::code)).toList();
    List<ControlMeasure> byId = measures.stream().sorted(Comparator.comparing(m -> m.id().value().toString()))
        .toList();
    ArchiveObject register = ArchiveObject.builder().put("year", year.getValue())
        .put("points", byCode.stream().map(AggregateKinds::state).toList())
        .put("measures", byId.stream().map(AggregateKinds::state).toList()).build();
    return new FrozenRegister(year, byCode.size(), byId.size(), JournalChain.recordDigest(digest, register));
  }
}

package org.lianfang.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.ArchiveObject;
import org.lianfang.UnitId;
import org.lianfang.control.ControlMeasure;
import org.lianfang.cycle.FrozenRegister;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.JournalChain;
import org.lianfang.risk.RiskPoint;
import org.lianfang.testing.ControlGenerators;
import org.lianfang.testing.RiskGenerators;
import org.lianfang.testing.Sm3Archives;

/**
 * A register's digest (S-13) is the record digest of one canonical object {@code {year, points, measures}}, the points'
 * states in code order and the measures' in the order of their ids' text, whatever order the records come in and
 * however many there are — fed piece by piece and in parallel, it is the digest of the whole text, to the byte, under
 * SHA-256 and under SM3.
 */
class RegisterDigestsPropertyTest {
  private static final UnitId UNIT = new UnitId(UUID.randomUUID());

  @Test
  void s13_theDigestFedPieceByPieceIsTheDigestOfTheWholeCanonicalObject() {
    qt().withExamples(30).forAll(lists().of(RiskGenerators.riskPoints(UNIT)).ofSizeBetween(0, 90),
        lists().of(ControlGenerators.measures(UNIT)).ofSizeBetween(0, 90), integers().between(1900, 9999))
        .checkAssert((points, measures, year) -> {
          for (ChainDigest digest : List.of(ChainDigest.SHA_256, Sm3Archives.SM3)) {
            List<RiskPoint> shuffled = new ArrayList<>(points);
            Collections.shuffle(shuffled);
            FrozenRegister r = RegisterDigests.of(digest, Year.of(year), shuffled, measures);
            ArchiveObject whole = ArchiveObject.builder().put("year", year)
                .put("points", points.stream().sorted(Comparator.comparing(RiskPoint::code))
                    .map(AggregateKinds::state).toList())
                .put("measures", measures.stream().sorted(Comparator.comparing(m -> m.id().value().toString()))
                    .map(AggregateKinds::state).toList()).build();
            assertEquals(JournalChain.recordDigest(digest, whole), r.digest(), digest.name());
            assertEquals(points.size(), r.points());
            assertEquals(measures.size(), r.measures());
            assertEquals(Year.of(year), r.year());
          }
        });
  }

  @Test
  void s13_theDigestOfAnEmptyRegisterNamesItsYear() {
    FrozenRegister r = RegisterDigests.of(ChainDigest.SHA_256, Year.of(2010), List.<RiskPoint>of(),
        List.<ControlMeasure>of());
    // RFC 8785 by hand: members sorted by name, no spaces
    byte[] text = "{\"measures\":[],\"points\":[],\"year\":2010}".getBytes(StandardCharsets.UTF_8);
    assertEquals(ChainDigest.SHA_256.hex(text, 0, text.length), r.digest());
  }
}

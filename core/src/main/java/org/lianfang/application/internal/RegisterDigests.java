package org.lianfang.application.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Year;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.lianfang.Aggregate;
import org.lianfang.control.ControlMeasure;
import org.lianfang.cycle.FrozenRegister;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.CanonicalJson;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.risk.RiskPoint;

/**
 * The digest of a frozen register (S-13): the canonical record states of its points in code order, then of its
 * measures in the order of their ids' text, in one canonical object with the year, under the archive's chain digest
 * — the digest {@link org.lianfang.ledger.JournalChain#recordDigest} gives the object {@code {year, points,
 * measures}}. The closing computes it into the journal ({@code cycle.register-frozen}); an import computes it again
 * from the archive's register and finds it there; a revision posted keeps it of the register it posted.
 *
 * <p>A unit's register holds hundreds of records, so the object's text is not built whole: each record's canonical
 * text is made and encoded apart (in parallel when there are many), and the digest is fed the object's UTF-8 bytes
 * piece by piece, the same bytes to the last as the whole text would give. Stateless.
 */
public final class RegisterDigests {
  /** How many records a list holds before their texts are made in parallel: a unit's register has hundreds. */
  private static final int PARALLEL_FROM = 64;

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
    // the canonical object's members in the order of their names: measures, points, year
    MessageDigest d = digest.newDigest();
    d.update(ascii("{\"measures\":"));
    array(d, byId);
    d.update(ascii(",\"points\":"));
    array(d, byCode);
    d.update(ascii(",\"year\":" + year.getValue() + "}"));
    return new FrozenRegister(year, byCode.size(), byId.size(), HexFormat.of().formatHex(d.digest()));
  }

  /** Feeds the records as the canonical JSON array of their states. */
  private static void array(MessageDigest d, List<? extends Aggregate<?>> records) {
    List<byte[]> texts = (records.size() >= PARALLEL_FROM ? records.parallelStream() : records.stream())
        .map(r -> CanonicalJson.of(AggregateKinds.state(r)).getBytes(StandardCharsets.UTF_8)).toList();
    d.update((byte) '[');
    for (int i = 0; i < texts.size(); i++) {
      if (i > 0) {
        d.update((byte) ',');
      }
      d.update(texts.get(i));
    }
    d.update((byte) ']');
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}

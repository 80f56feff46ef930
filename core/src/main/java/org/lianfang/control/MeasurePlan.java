package org.lianfang.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;
import org.lianfang.risk.OwnerChain;

/**
 * What a control measure says, the columns of Form 3 (附表3) beside the points it controls (P-13): when it acts and on
 * which line, what it is and on what basis, who answers for it (P-1), when it is due, how often it acts, the number it
 * is watched by, and where its evidence is. Immutable and thread-safe.
 *
 * @param phase 前期预防 / 中期监控 / 后期处置 (S-14)
 * @param line the defense line (S-7 to S-9)
 * @param content 措施内容
 * @param basis 制度依据: the rule or document it rests on
 * @param owners who answers for it (P-1)
 * @param due 完成时限: when it must be in force
 * @param cadence how often it acts, if it recurs
 * @param indicator the number it is watched by, if any (P-6)
 * @param evidence where its proof is kept, in order
 */
public record MeasurePlan(ControlPhase phase, DefenseLine line, String content, String basis, OwnerChain owners,
    LocalDate due, Optional<Cadence> cadence, Optional<MonitoringIndicator> indicator, List<EvidenceRef> evidence)
    implements Archivable {
  /** @throws NullPointerException if a part is null */
  public MeasurePlan {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(owners, "owners");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(cadence, "cadence");
    Objects.requireNonNull(indicator, "indicator");
    evidence = List.copyOf(evidence);
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder()
        .put("phase", phase)
        .put("line", line)
        .put("content", content)
        .put("basis", basis)
        .put("owners", owners)
        .put("due", due)
        .put("cadence", cadence)
        .put("indicator", indicator)
        .put("evidence", evidence)
        .build();
  }
}

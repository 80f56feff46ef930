package org.lianfang.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;

/**
 * The discipline body's reading of a unit's year (考核, S-11, P-24): the figures its records held that day, the
 * deductions it entered per case and its vetoes, each with its evidence. Immutable and thread-safe.
 *
 * @param figures what the records held
 * @param deductions the deductions, in order
 * @param vetoes the vetoes, in order
 * @param day the day
 */
public record EvaluationReview(EvaluationFigures figures, List<Deduction> deductions, List<Veto> vetoes,
    LocalDate day) implements Archivable {
  /** @throws NullPointerException if a part is null */
  public EvaluationReview {
    Objects.requireNonNull(figures, "figures");
    deductions = List.copyOf(deductions);
    vetoes = List.copyOf(vetoes);
    Objects.requireNonNull(day, "day");
  }

  @Override
  public ArchiveObject toArchive() {
    EvaluationFigures f = figures;
    ArchiveObject counts = ArchiveObject.builder().put("asOf", f.asOf()).put("points", f.points())
        .put("pointsOwned", f.pointsOwned()).put("pointsCovered", f.pointsCovered()).put("powerItems", f.powerItems())
        .put("powerItemsDisclosed", f.powerItemsDisclosed()).put("checksDue", f.checksDue())
        .put("checksSubmitted", f.checksSubmitted()).put("ratedFull", f.ratedFull())
        .put("ratedPartial", f.ratedPartial()).put("ratedNone", f.ratedNone()).put("itemsOverdue", f.itemsOverdue())
        .put("reportsOpen", f.reportsOpen()).put("leadersHeldAccountable", f.leadersHeldAccountable())
        .put("othersHeldAccountable", f.othersHeldAccountable()).put("appraisalScored", f.appraisalScored())
        .put("appraisalSatisfied", f.appraisalSatisfied()).build();
    return ArchiveObject.builder().put("figures", counts).put("deductions", deductions).put("vetoes", vetoes)
        .put("day", day).build();
  }
}

package org.lianfang.checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;
import org.lianfang.UnitId;

/**
 * What a special inspection (专项检查, S-10) is to do: its document number, its subject, the units below the body it
 * inspects, how, and the days it runs. That the scope lies below the body is for the caller to check. Immutable and
 * thread-safe.
 *
 * @param number the deployment's document number (文号)
 * @param subject what it inspects (检查内容)
 * @param scope the units inspected, distinct, in order; at least one
 * @param methods how it looks; at least one
 * @param from its first day
 * @param to its last day, on or after the first
 */
public record InspectionPlan(String number, String subject, List<UnitId> scope, Set<InspectionMethod> methods,
    LocalDate from, LocalDate to) implements Archivable {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the scope or the methods are empty, a unit is named twice, or it ends before
   *     it begins
   */
  public InspectionPlan {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    scope = List.copyOf(scope);
    methods = Set.copyOf(methods);
    if (scope.isEmpty() || methods.isEmpty() || scope.stream().distinct().count() != scope.size()
        || to.isBefore(from)) {
      throw new IllegalArgumentException("an inspection has units, each once, methods, and ends after it begins");
    }
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("number", number).put("subject", subject).put("scope", scope)
        .put("methods", new TreeSet<>(methods.stream().map(InspectionMethod::code).toList())).put("from", from)
        .put("to", to).build();
  }
}

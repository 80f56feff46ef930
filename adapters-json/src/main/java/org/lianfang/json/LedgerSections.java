package org.lianfang.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;

/**
 * What a unit's section of a ledger document holds at each format version ({@link LedgerWriter#SCHEMA_VERSION}): the
 * unit, the lists of its kinds that version has, the journal. {@link LedgerReader} checks a section against it.
 * Stateless.
 */
final class LedgerSections {
  /**
   * The kinds a later format version added to each section, with that version: a document of an earlier version has
   * no list of them, and holds none.
   */
  private static final Map<AggregateKind<?, ?>, Integer> ADDED_IN = Map.ofEntries(
      Map.entry(AggregateKinds.CONTROL_MEASURES, 3), Map.entry(AggregateKinds.EDUCATION_ACTIVITIES, 4),
      Map.entry(AggregateKinds.POWER_DISCLOSURES, 5), Map.entry(AggregateKinds.SERVICE_COMMITMENTS, 6),
      Map.entry(AggregateKinds.WARNINGS, 7), Map.entry(AggregateKinds.RECTIFICATION_ITEMS, 8),
      Map.entry(AggregateKinds.REPORTS, 9), Map.entry(AggregateKinds.SUPERVISION_CASES, 10),
      Map.entry(AggregateKinds.MONTHLY_CHECKS, 12), Map.entry(AggregateKinds.SPECIAL_INSPECTIONS, 13),
      Map.entry(AggregateKinds.INSPECTION_FINDINGS, 13), Map.entry(AggregateKinds.SELF_CHECK_REPORTS, 14),
      Map.entry(AggregateKinds.APPRAISAL_ROUNDS, 15),
      Map.entry(AggregateKinds.ANNUAL_EVALUATIONS, 16), Map.entry(AggregateKinds.ANNUAL_CYCLES, 17));

  /** The format version whose sections hold the frozen registers of their closed years, after their records. */
  static final int REGISTERS_ADDED_IN = 18;

  private LedgerSections() {}

  /** @param version a format version @return the kinds its sections list, in order */
  static List<AggregateKind<?, ?>> kinds(int version) {
    return AggregateKinds.ofUnit().stream().filter(k -> ADDED_IN.getOrDefault(k, 0) <= version).toList();
  }

  /**
   * @param version a format version
   * @return a section's parts in order: the unit, its kinds, its registers (from {@link #REGISTERS_ADDED_IN}), the
   *     journal
   */
  static List<String> parts(int version) {
    List<String> parts = new ArrayList<>();
    parts.add("unit");
    kinds(version).forEach(k -> parts.add(k.name()));
    if (version >= REGISTERS_ADDED_IN) {
      parts.add("registers");
    }
    parts.add("journal");
    return List.copyOf(parts);
  }
}

package org.lianfang.ledger;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What checking a unit's records against its journal found (issue 10, finding 2): each entry carries the digest of
 * the state its record had after the change, so the latest entry of each record says what the record must hold now.
 * Immutable and thread-safe.
 *
 * @param records how many records were checked
 * @param findings each record that does not agree with its journal: the records stored, in the order of the kinds
 *     and of the ids, then the records missing, in the order of their first entries; empty when every record agrees
 */
public record RecordVerification(long records, List<Finding> findings) {
  /** @throws NullPointerException if findings is null */
  public RecordVerification {
    findings = List.copyOf(findings);
  }

  /** @return whether every record agrees with its journal */
  public boolean intact() {
    return findings.isEmpty();
  }

  /** What is wrong with one record. */
  public enum Problem {
    /** Its state is not the one its latest journal entry gives: a column of a table that holds it was edited. */
    EDITED,
    /** No journal entry ever changed it: it was inserted beside the journal. */
    NO_ENTRY,
    /** The journal changed it, but the store no longer holds it: it was deleted beside the journal. */
    MISSING
  }

  /**
   * One record that does not agree with its journal.
   *
   * @param kind the kind of record, as {@code AggregateKind#name()} names it (e.g. {@code riskPoints}); for a
   *     missing record, which cannot be looked at, the event type of its latest entry
   * @param recordId the record's id
   * @param problem what is wrong
   * @param reasonZh what is wrong, in Chinese, naming the record
   * @param reasonEn what is wrong, in English, naming the record
   */
  public record Finding(String kind, UUID recordId, Problem problem, String reasonZh, String reasonEn) {
    /** @throws NullPointerException if a part is null */
    public Finding {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(recordId, "recordId");
      Objects.requireNonNull(problem, "problem");
      Objects.requireNonNull(reasonZh, "reasonZh");
      Objects.requireNonNull(reasonEn, "reasonEn");
    }
  }
}

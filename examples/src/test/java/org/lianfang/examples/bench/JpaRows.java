package org.lianfang.examples.bench;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/**
 * The rows the Hibernate/JPA baseline of the command benchmark writes, mapped as a JPA developer maps an existing
 * schema: one entity per table of Lianfang's (adapters-jdbc's migrations), field access, the point's id a time-ordered
 * UUIDv7 that Hibernate generates (as Lianfang's are, ARCHITECTURE.md decision 10), its {@code version} the JPA
 * version (so an update checks and moves it, as Lianfang does; a new point starts at 1, as Lianfang's). Only the tables the two
 * commands write; the grading facts are read with a native query.
 */
final class JpaRows {
  private JpaRows() {}

  /** @return the entity classes to register */
  static List<Class<?>> entities() {
    return List.of(Point.class, Source.class, Rule.class, Journal.class, Head.class);
  }

  /** A row of {@code lf_risk_point}. */
  @Entity(name = "BenchPoint")
  @Table(name = "lf_risk_point")
  static class Point {
    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    @Column(name = "risk_point_id")
    UUID id;
    @Column(name = "unit_id")
    UUID unit;
    String code;
    @Column(name = "post_id")
    UUID post;
    @Column(name = "step_process_id")
    UUID stepProcess;
    @Column(name = "step_code")
    String stepCode;
    @Column(name = "power_item_id")
    UUID powerItem;
    String category;
    String description;
    String manifestation;
    String method;
    String channel;
    @Column(name = "owner_direct")
    UUID ownerDirect;
    @Column(name = "owner_head")
    UUID ownerHead;
    @Column(name = "owner_leader")
    UUID ownerLeader;
    String state;
    @Column(name = "g_probability")
    Integer probability;
    @Column(name = "g_harm")
    Integer harm;
    @Column(name = "g_major_matter")
    Boolean majorMatter;
    @Column(name = "g_common_problem")
    Boolean commonProblem;
    @Column(name = "g_level")
    String level;
    @Column(name = "g_policy_name")
    String policyName;
    @Column(name = "g_policy_version")
    String policyVersion;
    @Column(name = "g_policy_parameters")
    String policyParameters;
    @Column(name = "g_by")
    String gradedBy;
    @Column(name = "g_at")
    Long gradedAt;
    @Column(name = "g_stale")
    Boolean stale;
    @Column(name = "n_audience")
    String audience;
    @Column(name = "n_scope")
    String scope;
    @Column(name = "n_start")
    LocalDate start;
    @Column(name = "n_end")
    LocalDate end;
    @Column(name = "c_decided_by")
    String decidedBy;
    @Column(name = "c_decided_on")
    LocalDate decidedOn;
    @Column(name = "c_recorded_by")
    String recordedBy;
    @Column(name = "c_recorded_at")
    Long recordedAt;
    @Column(name = "identified_by")
    String identifiedBy;
    @Column(name = "identified_at")
    long identifiedAt;
    @Column(name = "raiser_seal")
    String raiserSeal;
    @Column(name = "earlier_comments")
    int earlierComments;
    @Version
    Long version;
  }

  /** The key of a point's child row: the point and the ordinal (position) in its list. */
  static class ChildKey implements Serializable {
    UUID point;
    int ordinal;

    @Override
    public boolean equals(Object o) {
      return o instanceof ChildKey k && k.point.equals(point) && k.ordinal == ordinal;
    }

    @Override
    public int hashCode() {
      return Objects.hash(point, ordinal);
    }
  }

  /** A row of {@code lf_risk_source}. */
  @Entity(name = "BenchSource")
  @Table(name = "lf_risk_source")
  @IdClass(ChildKey.class)
  static class Source {
    @Id
    @Column(name = "risk_point_id")
    UUID point;
    @Id
    int ordinal;
    @Column(name = "unit_id")
    UUID unit;
    String kind;
    String description;
  }

  /** A row of {@code lf_risk_rule}: a rule the grade fired. */
  @Entity(name = "BenchRule")
  @Table(name = "lf_risk_rule")
  @IdClass(ChildKey.class)
  static class Rule {
    @Id
    @Column(name = "risk_point_id")
    UUID point;
    @Id
    int ordinal;
    @Column(name = "unit_id")
    UUID unit;
    String code;
    String result;
    String zh;
    String en;
  }

  /** The key of a journal row: the unit and the sequence in its chain. */
  static class JournalKey implements Serializable {
    UUID unit;
    long sequence;

    @Override
    public boolean equals(Object o) {
      return o instanceof JournalKey k && k.unit.equals(unit) && k.sequence == sequence;
    }

    @Override
    public int hashCode() {
      return Objects.hash(unit, sequence);
    }
  }

  /** A row of {@code lf_journal}. */
  @Entity(name = "BenchJournal")
  @Table(name = "lf_journal")
  @IdClass(JournalKey.class)
  static class Journal {
    @Id
    @Column(name = "unit_id")
    UUID unit;
    @Id
    long sequence;
    @Column(name = "event_type")
    String eventType;
    @Column(name = "actor_id")
    String actor;
    @Column(name = "at_ms")
    long at;
    String payload;
    @Column(name = "record_id")
    UUID recordId;
    @Column(name = "record_digest")
    String recordDigest;
    @Column(name = "previous_hash")
    String previousHash;
    String hash;
  }

  /** The row of {@code lf_journal_head}: a unit's last sequence and hash. */
  @Entity(name = "BenchHead")
  @Table(name = "lf_journal_head")
  static class Head {
    @Id
    @Column(name = "unit_id")
    UUID unit;
    long sequence;
    String hash;
  }
}

package org.lianfang.examples.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ValidationMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.lianfang.UnitId;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.IdentifyRiskPoint;
import org.lianfang.grading.Assessment;
import org.lianfang.grading.FiredRule;
import org.lianfang.grading.Grade;
import org.lianfang.grading.GradingInput;
import org.lianfang.grading.GradingPolicy;
import org.lianfang.jdbc.Dialect;
import org.lianfang.ledger.CanonicalJson;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskEvent;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.RiskSource;

/**
 * The Hibernate/JPA baseline of the command benchmark (issue 9): the same writes as {@link HandWrittenCommands}, made
 * through Hibernate ORM with one {@link EntityManager} and one transaction per command, the entities of
 * {@link JpaRows}. Configured as a team that cares about speed configures it: JDBC batching of 32, the connection's
 * auto-commit switched off once by the pool (here the one connection) and Hibernate told so, statements and queries
 * from Hibernate's own caches; no second-level cache (each command touches new rows).
 *
 * <p>Identify: the unit's head found with {@link LockModeType#PESSIMISTIC_WRITE}, the point, its sources and the
 * journal row persisted, the head moved; Hibernate flushes them at commit. Grade: the point found by id, its lists
 * read by one native query ({@link BaselinePoints#LISTS}: the journal row carries the digest of the whole point after
 * the change, issue 10), its unit's head locked, the grading facts read by a native query ({@link HandWrittenCommands#PROFILE}), the point's grade set
 * (its {@code @Version} checks and moves its version), the old fired rules deleted by a bulk JPQL delete only if the
 * point had a grade, the new ones persisted, the journal row persisted and the head moved. The codes come from a
 * counter kept in memory, as in the hand-written baseline; the journal rows are those Lianfang writes, built the same
 * way. Not thread-safe.
 */
final class JpaCommands implements CommandBenchmark.Commands, AutoCloseable {
  /** Hibernate logs through JUL here; its start-up notes are not the benchmark's output. */
  private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

  private final EntityManagerFactory factory;
  private final Clock clock;
  private final String actorId;
  private final GradingPolicy policy;
  private final HandWrittenCommands.UnitStart start;
  private long lastNumber;

  /**
   * Builds the entity manager factory over the connection and reads the unit's code and count of points once.
   *
   * @param one the connection every command uses; its auto-commit is switched off here
   * @param dataSource a data source that hands out {@code one} and ignores its closing
   * @param dialect the database
   * @param clock the time source
   * @param unit the unit the commands work on
   * @param actorId who acts
   * @param policy the grading policy
   * @throws SQLException if the database fails
   */
  JpaCommands(Connection one, DataSource dataSource, Dialect dialect, Clock clock, UnitId unit, String actorId,
      GradingPolicy policy) throws SQLException {
    HIBERNATE_LOG.setLevel(Level.WARNING);
    this.clock = clock;
    this.actorId = actorId;
    this.policy = policy;
    one.setAutoCommit(false);
    this.start = HandWrittenCommands.UnitStart.read(one, dialect == Dialect.MYSQL, unit);
    one.commit();
    this.lastNumber = start.points();
    HibernatePersistenceConfiguration config = new HibernatePersistenceConfiguration("lianfang-command-bench")
        .property(AvailableSettings.DATASOURCE, dataSource)
        .property(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, true)
        .property(AvailableSettings.STATEMENT_BATCH_SIZE, 32)
        .property(AvailableSettings.ORDER_INSERTS, true)
        .property(AvailableSettings.SHOW_SQL, false)
        .validationMode(ValidationMode.NONE); // the rows carry no constraints
    if (dialect == Dialect.MYSQL) {
      config.property(AvailableSettings.PREFERRED_UUID_JDBC_TYPE, "CHAR");
    }
    JpaRows.entities().forEach(config::managedClass);
    this.factory = config.createEntityManagerFactory();
  }

  /** The point's lists, in a query Hibernate runs as it is. */
  private static final String LISTS = String.format(BaselinePoints.LISTS, "risk_point_id = ?")
      + " ORDER BY t, ordinal";

  @Override
  public RiskPointId identify(IdentifyRiskPoint command) {
    return inTransaction("identify", em -> {
      UnitId unit = command.unit();
      JpaRows.Head head = em.find(JpaRows.Head.class, unit.value(), LockModeType.PESSIMISTIC_WRITE);
      long number = lastNumber + 1;
      String code = start.code(number);
      Instant at = Instant.ofEpochMilli(clock.millis());
      JpaRows.Point p = new JpaRows.Point();
      p.unit = unit.value();
      p.code = code;
      p.post = command.post().map(PostId::value).orElse(null);
      p.stepProcess = command.step().map(s -> s.process().value()).orElse(null);
      p.stepCode = command.step().map(s -> s.step().code()).orElse(null);
      p.powerItem = command.powerItem().map(i -> i.value()).orElse(null);
      p.category = command.category().name();
      p.description = command.description();
      p.manifestation = command.manifestation();
      p.method = command.method().name();
      p.channel = command.channel().name();
      p.ownerDirect = command.owners().map(o -> o.directOwner().value()).orElse(null);
      p.ownerHead = command.owners().map(o -> o.sectionHead().value()).orElse(null);
      p.ownerLeader = command.owners().map(o -> o.responsibleLeader().value()).orElse(null);
      p.state = "DRAFT";
      p.identifiedBy = actorId;
      p.identifiedAt = at.toEpochMilli();
      p.raiserSeal = "";
      p.version = 1L;
      em.persist(p);
      UUID id = p.id;
      if (!command.custom().isEmpty()) {
        throw new UnsupportedOperationException("the benchmark identifies points without custom fields");
      }
      List<RiskSource> sources = command.sources().stream().map(IdentifyRiskPoint.RiskSourceInput::toSource).toList();
      for (int i = 0; i < sources.size(); i++) {
        JpaRows.Source s = new JpaRows.Source();
        s.point = id;
        s.ordinal = i;
        s.unit = unit.value();
        s.kind = sources.get(i).kind().name();
        s.description = sources.get(i).description();
        em.persist(s);
      }
      RiskPointId point = new RiskPointId(id);
      append(em, unit, head, HandWrittenCommands.identified(command, point, code, sources), at,
          HandWrittenCommands.identifiedPoint(command, point, code, sources, actorId, at));
      return point;
    }, point -> lastNumber++);
  }

  @Override
  public void grade(GradeRiskPoint command) {
    inTransaction("grade", em -> {
      JpaRows.Point p = em.find(JpaRows.Point.class, command.riskPoint().value());
      if (p == null) {
        throw new IllegalArgumentException("no risk point " + command.riskPoint());
      }
      if (!HandWrittenCommands.GRADABLE.contains(p.state)) {
        throw new IllegalStateException("risk point " + p.id + " is " + p.state + " and cannot be graded");
      }
      if (p.post == null) {
        throw new UnsupportedOperationException("the benchmark grades points on a post only");
      }
      UnitId unit = new UnitId(p.unit);
      // the whole point, for the digest of its state its journal entry carries (issue 10, finding 2)
      @SuppressWarnings("unchecked")
      List<Object[]> listRows = em.createNativeQuery(LISTS, Object[].class).setParameter(1, p.id)
          .setParameter(2, p.id).setParameter(3, p.id).setParameter(4, p.id).getResultList();
      RiskPoint before = BaselinePoints.point(new BaselinePoints.Row(p.id, p.unit, p.code, p.post, p.stepProcess,
          p.stepCode, p.powerItem, p.category, p.description, p.manifestation, p.method, p.channel, p.ownerDirect,
          p.ownerHead, p.ownerLeader, p.state, p.audience, p.scope, p.start, p.end, p.decidedBy, p.decidedOn,
              p.recordedBy,
          p.recordedAt, p.identifiedBy, p.identifiedAt, p.raiserSeal, p.earlierComments, p.version), listRows.stream()
          .map(r -> new Object[] {r[0], r[3], r[4], r[5], r[6], r[7], r[8]}).toList());
      JpaRows.Head head = em.find(JpaRows.Head.class, p.unit, LockModeType.PESSIMISTIC_WRITE);
      @SuppressWarnings("unchecked")
      List<Object[]> facts = em.createNativeQuery(HandWrittenCommands.PROFILE, Object[].class)
          .setParameter(1, p.post).getResultList();
      Assessment assessment = new Assessment(command.probability(), command.harm(), command.majorMatter(),
          command.commonProblem());
      Grade grade = policy.grade(new GradingInput(assessment, HandWrittenCommands.profile(p.post, facts)));
      Instant at = Instant.ofEpochMilli(clock.millis());
      boolean graded = p.level != null;
      p.probability = assessment.probability();
      p.harm = assessment.harm();
      p.majorMatter = assessment.majorMatter();
      p.commonProblem = assessment.commonProblem();
      p.level = grade.level().name();
      p.policyName = grade.policy().name();
      p.policyVersion = grade.policy().version();
      p.policyParameters = grade.policy().parameters();
      p.gradedBy = actorId;
      p.gradedAt = at.toEpochMilli();
      p.stale = false;
      if (graded) {
        em.createQuery("DELETE FROM BenchRule r WHERE r.point = :point").setParameter("point", p.id)
            .executeUpdate();
      }
      List<FiredRule> fired = grade.rationale();
      for (int i = 0; i < fired.size(); i++) {
        JpaRows.Rule r = new JpaRows.Rule();
        r.point = p.id;
        r.ordinal = i;
        r.unit = p.unit;
        r.code = fired.get(i).code();
        r.result = fired.get(i).result().name();
        r.zh = fired.get(i).zh();
        r.en = fired.get(i).en();
        em.persist(r);
      }
      append(em, unit, head, HandWrittenCommands.graded(command, unit, assessment, grade), at,
          before.grade(actorId, at, assessment, grade).orElseThrow().after());
      return null;
    }, ignored -> { });
  }

  /** Persists the event's journal row and moves the unit's head, which the command has locked. */
  private void append(EntityManager em, UnitId unit, JpaRows.Head head, RiskEvent event, Instant at,
      RiskPoint after) {
    Optional<ChainHead> previous = head == null ? Optional.empty()
        : Optional.of(new ChainHead(unit, head.sequence, head.hash));
    JournalEntry e = JournalChain.next(ChainDigest.SHA_256,
        previous, unit, event.type(), actorId, at, CanonicalJson.of(event),
        after.id().value(), BaselinePoints.digest(after));
    JpaRows.Journal j = new JpaRows.Journal();
    j.unit = unit.value();
    j.sequence = e.sequence();
    j.eventType = e.eventType();
    j.actor = e.actorId();
    j.at = e.at().toEpochMilli();
    j.payload = e.payload();
    j.recordId = e.recordId();
    j.recordDigest = e.recordDigest();
    j.previousHash = e.previousHash();
    j.hash = e.hash();
    em.persist(j);
    if (head == null) {
      JpaRows.Head h = new JpaRows.Head();
      h.unit = unit.value();
      h.sequence = e.sequence();
      h.hash = e.hash();
      em.persist(h);
    } else {
      head.sequence = e.sequence();
      head.hash = e.hash();
    }
  }

  /** One entity manager and one transaction; {@code committed} runs only after the commit. */
  private <T> T inTransaction(String command, Function<EntityManager, T> work, Consumer<T> committed) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      committed.accept(result);
      return result;
    } catch (RuntimeException e) {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      throw new IllegalStateException("Hibernate/JPA " + command + " failed and was rolled back", e);
    } finally {
      em.close();
    }
  }

  @Override
  public void close() {
    factory.close();
  }
}

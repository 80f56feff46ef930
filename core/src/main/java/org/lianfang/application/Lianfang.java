package org.lianfang.application;

import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Random;
import org.lianfang.Actor;
import org.lianfang.application.checks.ChecksArea;
import org.lianfang.application.control.ControlArea;
import org.lianfang.application.cycle.CycleArea;
import org.lianfang.application.evaluation.EvaluationArea;
import org.lianfang.application.internal.Areas;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.InputValidator;
import org.lianfang.application.internal.Prerequisites;
import org.lianfang.application.internal.Wiring;
import org.lianfang.application.ledger.LedgerArea;
import org.lianfang.application.monitoring.Dispatcher;
import org.lianfang.application.monitoring.MonitoringArea;
import org.lianfang.application.monitoring.Schedule;
import org.lianfang.application.organization.OrganizationArea;
import org.lianfang.application.process.ProcessArea;
import org.lianfang.application.risk.RiskArea;
import org.lianfang.checks.CheckPolicy;
import org.lianfang.control.CoveragePolicy;
import org.lianfang.control.EducationPolicy;
import org.lianfang.control.ResidualGradingPolicy;
import org.lianfang.cycle.CyclePolicy;
import org.lianfang.cycle.StandardCyclePolicy;
import org.lianfang.evaluation.EvaluationPolicy;
import org.lianfang.evaluation.StandardEvaluationPolicy;
import org.lianfang.grading.GradeLabels;
import org.lianfang.grading.GradingPolicy;
import org.lianfang.grading.SeedGradingPolicy;
import org.lianfang.internal.Ids;
import org.lianfang.monitoring.DispatchPolicy;
import org.lianfang.monitoring.IndicatorPolicy;
import org.lianfang.monitoring.ReminderPolicy;
import org.lianfang.monitoring.ReportDeadlines;
import org.lianfang.monitoring.SupervisionPolicy;
import org.lianfang.monitoring.WarningPolicy;
import org.lianfang.monitoring.WorkingCalendar;
import org.lianfang.monitoring.WorkingHours;
import org.lianfang.monitoring.WorkingTime;
import org.lianfang.risk.CommentLimits;
import org.lianfang.spi.AccessPolicy;
import org.lianfang.spi.NotificationSender;
import org.lianfang.spi.Store;

/**
 * The entry point: one facade per area of the domain — {@link #organization()}, {@link #processes()}, {@link #risks()},
 * {@link #control()}, {@link #monitoring()}, {@link #checks()}, {@link #evaluation()}, {@link #cycle()} and {@link
 * #ledger()} — each with one method per activity, taking the {@link Actor} who acts and a command, and {@code
 * queries()} for everything a host reads in that area; and the system's own work, which no actor asks for: {@link
 * #schedule()}, the tick, and {@link #dispatcher(NotificationSender)}, which delivers notifications.
 *
 * <pre>{@code
 * Lianfang lianfang = Lianfang.builder(InMemoryStore.create()).clock(clock).build();
 * UnitId city = lianfang.organization().registerUnit(inspector,
 *     new RegisterUnit("5301", "昆明市", UnitKind.CITY, Optional.empty())).orElseThrow();
 * Optional<Unit> read = lianfang.organization().queries().unit(inspector, city);
 * }</pre>
 *
 * <p>Each command is validated (field, rule and message in Chinese and English), then runs in one transaction of the
 * store: the access policy is asked, the domain rules are checked, the records are written and the events are appended
 * to the unit's journal chain. A refused command changes nothing. A command that changes an existing record may carry
 * the version of it its user saw ({@code expectedVersion}, from {@link org.lianfang.Aggregate#version()}); if the
 * record has changed since, the command is refused as {@link org.lianfang.Refusal.Code#STALE}. Thread-safe when the
 * store is.
 */
public final class Lianfang {
  private final OrganizationArea organization;
  private final ProcessArea processes;
  private final RiskArea risks;
  private final ControlArea control;
  private final MonitoringArea monitoring;
  private final ChecksArea checks;
  private final EvaluationArea evaluation;
  private final CycleArea cycle;
  private final LedgerArea ledger;
  private final GradingPolicy gradingPolicy;

  private Lianfang(Builder b) {
    if (b.validator == null) {
      Prerequisites.requireJakartaValidation();
    }
    InputValidator validator = b.validator == null ? InputValidator.defaultProvider()
        : InputValidator.using(b.validator);
    CommandRunner runner = new CommandRunner(b.store, b.clock, b.access, validator);
    Wiring wiring = new Wiring(runner, new Ids(b.clock, b.random, b.seals), b.grading, b.labels, b.comments,
        b.coverage, b.residual, b.education, b.warnings, b.reminders, b.workingTime,
        b.reportDeadlines == null ? ReportDeadlines.standard(b.workingTime) : b.reportDeadlines,
        b.supervision == null ? SupervisionPolicy.standard(b.workingTime.hours()) : b.supervision,
        b.indicators, b.checks, b.evaluation, b.cycle);
    this.organization = Areas.build(OrganizationArea.class, wiring);
    this.processes = Areas.build(ProcessArea.class, wiring);
    this.risks = Areas.build(RiskArea.class, wiring);
    this.control = Areas.build(ControlArea.class, wiring);
    this.monitoring = Areas.build(MonitoringArea.class, wiring);
    this.checks = Areas.build(ChecksArea.class, wiring);
    this.evaluation = Areas.build(EvaluationArea.class, wiring);
    this.cycle = Areas.build(CycleArea.class, wiring);
    this.ledger = Areas.build(LedgerArea.class, wiring);
    this.gradingPolicy = b.grading;
  }

  /**
   * @param store where the records live
   * @return a builder with the defaults: the system clock in Asia/Shanghai, the {@link DefaultAccessPolicy}, the
   *     seed's grading ({@link SeedGradingPolicy#standard()}), the seed's labels (较高/一般/较低), the comment bounds
   *     of {@link CommentLimits#standard()}, the control policies {@link CoveragePolicy#standard()} and {@link
   *     ResidualGradingPolicy#standard()}, a {@link SecureRandom} for ids, and the default Jakarta Validation provider
   */
  public static Builder builder(Store store) {
    return new Builder(store);
  }

  /**
   * @return the organization area: units (S-18), posts, staff, tenures and power lists (S-2), whose changes make risk
   *     points stale (P-3)
   */
  public OrganizationArea organization() {
    return organization;
  }

  /** @return the process area: business flow charts (S-2, P-2) and the risk-prevention flow chart */
  public ProcessArea processes() {
    return processes;
  }

  /**
   * @return the risk area: identifying (S-3, S-4), reviewing (S-5), grading (S-6), publishing (公示, S-5) and confirming
   *     (S-3) risk points, their owners (P-1), and the forms and reports on them (S-13)
   */
  public RiskArea risks() {
    return risks;
  }

  /**
   * @return the control area: control measures against confirmed risk points, by phase and defense line (S-7 to S-9,
   *     S-14, P-13), for Form 3 (S-13)
   */
  public ControlArea control() {
    return control;
  }

  /**
   * @return the third line's area (监测预警, S-9): warnings issued, answered, supervised, verified and closed (P-8,
   *     P-18), or transferred (P-10) or cancelled, and the rectification items they open (P-21)
   */
  public MonitoringArea monitoring() {
    return monitoring;
  }

  /**
   * @return the checks' area (S-10): every post's monthly check of its measures (P-22), whose findings become
   *     rectification items (P-21) and reminders
   */
  public ChecksArea checks() {
    return checks;
  }

  /**
   * @return the evaluation's area (S-11, P-24): each unit's year scored under the instance's {@link
   *     EvaluationPolicy}, every figure with its rationale
   */
  public EvaluationArea evaluation() {
    return evaluation;
  }

  /**
   * @return the annual cycle's area (S-1, S-16): each unit's year opened under the instance's {@link CyclePolicy} and
   *     its phases left in order, each past its guard
   */
  public CycleArea cycle() {
    return cycle;
  }

  /** @return the ledger area: reading and verifying each unit's journal (S-13, ARCHITECTURE.md decision 3) */
  public LedgerArea ledger() {
    return ledger;
  }

  /**
   * A dispatcher of the outbox to the host's sender, under {@link DispatchPolicy#standard()} (ARCHITECTURE.md
   * decision 4). The host calls its {@code dispatchOnce()} from its own scheduler, on each of its instances.
   *
   * @param sender how the host delivers
   * @return a new dispatcher; close it when done
   */
  public Dispatcher dispatcher(NotificationSender sender) {
    return dispatcher(sender, DispatchPolicy.standard());
  }

  /**
   * @param sender how the host delivers
   * @param policy how rows are claimed, sent and retried
   * @return a new dispatcher; close it when done
   */
  public Dispatcher dispatcher(NotificationSender sender, DispatchPolicy policy) {
    return monitoring.dispatcher(sender, policy);
  }

  /**
   * @return the tick the host's scheduler calls (ARCHITECTURE.md decision 5): {@code schedule().tick(asOf)} reminds of
   *     deadlines and finds them overdue, idempotently
   */
  public Schedule schedule() {
    return monitoring.schedule();
  }

  /** @return the grading policy in force */
  public GradingPolicy gradingPolicy() {
    return gradingPolicy;
  }

  /** Configures a {@link Lianfang}. Not thread-safe; the built instance is. */
  public static final class Builder {
    private final Store store;
    private Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
    private AccessPolicy access = new DefaultAccessPolicy();
    private GradingPolicy grading = SeedGradingPolicy.standard();
    private GradeLabels labels = GradeLabels.SEED;
    private CommentLimits comments = CommentLimits.standard();
    private CoveragePolicy coverage = CoveragePolicy.standard();
    private ResidualGradingPolicy residual = ResidualGradingPolicy.standard();
    private EducationPolicy education = EducationPolicy.standard();
    private WarningPolicy warnings = WarningPolicy.standard();
    private ReminderPolicy reminders = ReminderPolicy.standard();
    private WorkingTime workingTime = WorkingTime.of(WorkingCalendar.weekdays(), WorkingHours.standard());
    private ReportDeadlines reportDeadlines;
    private SupervisionPolicy supervision;
    private IndicatorPolicy indicators = IndicatorPolicy.standard();
    private CheckPolicy checks = CheckPolicy.standard();
    private EvaluationPolicy evaluation = StandardEvaluationPolicy.standard();
    private CyclePolicy cycle = StandardCyclePolicy.pilot();
    private Random random;
    private Random seals;
    private Validator validator;

    private Builder(Store store) {
      this.store = Objects.requireNonNull(store, "store");
    }

    /** @param value the time source; its zone decides what day it is @return this */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** @param value the access policy @return this */
    public Builder accessPolicy(AccessPolicy value) {
      this.access = Objects.requireNonNull(value, "accessPolicy");
      return this;
    }

    /** @param value the grading policy (P-4) @return this */
    public Builder gradingPolicy(GradingPolicy value) {
      this.grading = Objects.requireNonNull(value, "gradingPolicy");
      return this;
    }

    /**
     * @param value the labels Form 2, the flow chart and the public view show grades in (P-4) unless a query is given
     *     a label set of its own
     * @return this
     */
    public Builder gradeLabels(GradeLabels value) {
      this.labels = Objects.requireNonNull(value, "gradeLabels");
      return this;
    }

    /**
     * @param value how many comments a notice takes, in all and from one actor a day (P-5; issue 10, finding 5);
     *     {@link CommentLimits#standard()} unless set
     * @return this
     */
    public Builder commentLimits(CommentLimits value) {
      this.comments = Objects.requireNonNull(value, "commentLimits");
      return this;
    }

    /**
     * @param value what a confirmed point's control lacks (P-14): {@link CoveragePolicy#standard()} unless set;
     *     {@link CoveragePolicy#anyMeasureInForce()} is the seed's rule alone
     * @return this
     */
    public Builder coveragePolicy(CoveragePolicy value) {
      this.coverage = Objects.requireNonNull(value, "coveragePolicy");
      return this;
    }

    /**
     * @param value the grade a point keeps once its measures in force are counted: {@link
     *     ResidualGradingPolicy#standard()} unless set
     * @return this
     */
    public Builder residualGradingPolicy(ResidualGradingPolicy value) {
      this.residual = Objects.requireNonNull(value, "residualGradingPolicy");
      return this;
    }

    /**
     * @param value what the first defense line owes each year (P-15): {@link EducationPolicy#standard()} unless set
     * @return this
     */
    public Builder educationPolicy(EducationPolicy value) {
      this.education = Objects.requireNonNull(value, "educationPolicy");
      return this;
    }

    /**
     * @param value when a warning's reply is due (P-18): {@link WarningPolicy#standard()} (7, 10 and 15 calendar days)
     *     unless set
     * @return this
     */
    public Builder warningPolicy(WarningPolicy value) {
      this.warnings = Objects.requireNonNull(value, "warningPolicy");
      return this;
    }

    /**
     * @param value when the tick reminds of a deadline (decision 5): {@link ReminderPolicy#standard()} (7, 3 and 1
     *     days before, and the day after) unless set
     * @return this
     */
    public Builder reminderPolicy(ReminderPolicy value) {
      this.reminders = Objects.requireNonNull(value, "reminderPolicy");
      return this;
    }

    /**
     * @param value the working calendar and hours that deadlines in working days and working time count on (P-19,
     *     P-20): Monday to Friday, 9:00–12:00 and 13:30–17:30, with no holidays, unless set. China's official holidays
     *     and make-up working days (调休) change every year by a State Council notice: feed the year's list in with
     *     {@link org.lianfang.monitoring.HolidayCalendar}, or give a {@link WorkingCalendar} over the host's own
     *     calendar service
     * @return this
     */
    public Builder workingTime(WorkingTime value) {
      this.workingTime = Objects.requireNonNull(value, "workingTime");
      return this;
    }

    /**
     * @param value when a report is forwarded and a real-name reporter told (P-19), with the working calendar it
     *     counts on: {@link ReportDeadlines#standard} (5, 15 and 15 working days) on {@link #workingTime} unless set
     * @return this
     */
    public Builder reportDeadlines(ReportDeadlines value) {
      this.reportDeadlines = Objects.requireNonNull(value, "reportDeadlines");
      return this;
    }

    /**
     * @param value when electronic supervision's signals rise, in working time on {@link #workingTime}, and whether a
     *     RED signal becomes a warning (P-9, P-20): {@link SupervisionPolicy#standard} on {@link #workingTime}'s hours
     *     (a prompt one working day before the limit, red three working days past it, no automatic warning) unless
     *     set
     * @return this
     */
    public Builder supervisionPolicy(SupervisionPolicy value) {
      this.supervision = Objects.requireNonNull(value, "supervisionPolicy");
      return this;
    }

    /**
     * @param value whether a monitoring indicator's value beyond its threshold becomes a warning (P-6):
     *     {@link IndicatorPolicy#standard()} (a signal only) unless set
     * @return this
     */
    public Builder indicatorPolicy(IndicatorPolicy value) {
      this.indicators = Objects.requireNonNull(value, "indicatorPolicy");
      return this;
    }

    /**
     * @param value what a monthly check's review opens (an item per finding, a reminder for a second NONE running)
     *     and when a month's check is due (P-22): {@link CheckPolicy#standard()} (items due in 30 days, no automatic
     *     reminder, a check due by the month's last day) unless set
     * @return this
     */
    public Builder checkPolicy(CheckPolicy value) {
      this.checks = Objects.requireNonNull(value, "checkPolicy");
      return this;
    }

    /**
     * @param value how a unit's year is scored (S-11, P-24): {@link StandardEvaluationPolicy#standard()} (the six
     *     items of the 城建局 table, composite 20 / 40 / 40, bands at 90 and 80) unless set
     * @return this
     * @throws IllegalArgumentException if its item weights or its three shares do not sum to 100
     */
    public Builder evaluationPolicy(EvaluationPolicy value) {
      this.evaluation = EvaluationPolicy.requireBalanced(Objects.requireNonNull(value, "evaluationPolicy"));
      return this;
    }

    /**
     * @param value when a unit's year is worked and what its phases' guards forbid (S-16): {@link
     *     StandardCyclePolicy#pilot()} (the pilot's dates for every year, every guard on) unless set
     * @return this
     */
    public Builder cyclePolicy(CyclePolicy value) {
      this.cycle = Objects.requireNonNull(value, "cyclePolicy");
      return this;
    }

    /** @param value the random source for ids (a seeded one makes ids repeatable in tests) @return this */
    public Builder random(Random value) {
      this.random = Objects.requireNonNull(value, "random");
      return this;
    }

    /**
     * @param value the random source of the seals kept with sealed identities (P-11; issue 10, finding 2): a
     *     {@link SecureRandom} of its own unless set. Never the source given to {@link #random}: ids are read by every
     *     reader of the journal, and a generator rebuilt from them would predict the seals. A seeded source only in
     *     tests, to make digests repeatable.
     * @return this
     */
    public Builder seals(Random value) {
      this.seals = Objects.requireNonNull(value, "seals");
      return this;
    }

    /** @param value the host's Jakarta Validator (e.g. Spring's) @return this */
    public Builder validator(Validator value) {
      this.validator = Objects.requireNonNull(value, "validator");
      return this;
    }

    /** @return the configured instance */
    public Lianfang build() {
      if (random == null) {
        random = new SecureRandom();
      }
      if (seals == null || seals == random) {
        seals = new SecureRandom();
      }
      return new Lianfang(this);
    }
  }
}

package org.lianfang.memory;

import java.util.Comparator;
import java.util.List;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.AppraisalRoundId;
import org.lianfang.checks.InspectionFinding;
import org.lianfang.checks.InspectionFindingId;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.checks.SelfCheckReport;
import org.lianfang.checks.SelfCheckReportId;
import org.lianfang.checks.SpecialInspection;
import org.lianfang.checks.SpecialInspectionId;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.organization.PostId;
import org.lianfang.spi.AppraisalRounds;
import org.lianfang.spi.ChecksStore;
import org.lianfang.spi.InspectionFindings;
import org.lianfang.spi.MonthlyChecks;
import org.lianfang.spi.SelfCheckReports;
import org.lianfang.spi.SpecialInspections;

/** The checks' area of {@link InMemoryStore}: its tables and ports ({@link MemoryStoreCore} on the chain). */
abstract class MemoryChecksStore extends MemoryMonitoringStore implements ChecksStore {
  /** A post and a month are a check's code: one check per post and month. */
  private final Table<MonthlyCheck> checks = table(AggregateKinds.MONTHLY_CHECKS, MonthlyCheck::withVersion,
      c -> List.of(c.post(), c.month()));

  private final Table<SpecialInspection> inspections = table(AggregateKinds.SPECIAL_INSPECTIONS,
      SpecialInspection::withVersion, null);
  private final Table<InspectionFinding> findings = table(AggregateKinds.INSPECTION_FINDINGS,
      InspectionFinding::withVersion, null);

  /** A unit's half is a self-check's code: one per unit and half. */
  private final Table<SelfCheckReport> selfChecks = table(AggregateKinds.SELF_CHECK_REPORTS,
      SelfCheckReport::withVersion, r -> List.of(r.unitId(), r.half()));

  private final Table<AppraisalRound> appraisals = table(AggregateKinds.APPRAISAL_ROUNDS, AppraisalRound::withVersion,
      null);

  private final AppraisalRounds appraisalsPort = new AppraisalsPort(appraisals);
  private final MonthlyChecks checksPort = new ChecksPort(checks);
  private final SelfCheckReports selfChecksPort = new SelfChecksPort(selfChecks);
  private final SpecialInspections inspectionsPort = new InspectionsPort(inspections);
  private final InspectionFindings findingsPort = new FindingsPort(findings);

  @Override
  public MonthlyChecks monthlyChecks() {
    return checksPort;
  }

  @Override
  public SpecialInspections specialInspections() {
    return inspectionsPort;
  }

  @Override
  public InspectionFindings inspectionFindings() {
    return findingsPort;
  }

  @Override
  public SelfCheckReports selfCheckReports() {
    return selfChecksPort;
  }

  @Override
  public AppraisalRounds appraisalRounds() {
    return appraisalsPort;
  }

  /** The {@link AppraisalRounds} port, over its table. */
  private static final class AppraisalsPort extends MemoryRepository<AppraisalRound, AppraisalRoundId>
      implements AppraisalRounds {
    AppraisalsPort(Table<AppraisalRound> t) {
      super(t);
    }
  }

  /** The {@link SelfCheckReports} port, over its table. */
  private static final class SelfChecksPort extends MemoryRepository<SelfCheckReport, SelfCheckReportId>
      implements SelfCheckReports {
    SelfChecksPort(Table<SelfCheckReport> t) {
      super(t);
    }
  }

  /** The {@link SpecialInspections} port, over its table. */
  private static final class InspectionsPort extends MemoryRepository<SpecialInspection, SpecialInspectionId>
      implements SpecialInspections {
    InspectionsPort(Table<SpecialInspection> t) {
      super(t);
    }
  }

  /** The {@link InspectionFindings} port, over its table. */
  private static final class FindingsPort extends MemoryRepository<InspectionFinding, InspectionFindingId>
      implements InspectionFindings {
    FindingsPort(Table<InspectionFinding> t) {
      super(t);
    }
  }

  /** The {@link MonthlyChecks} port, over its table. */
  private static final class ChecksPort extends MemoryRepository<MonthlyCheck, MonthlyCheckId>
      implements MonthlyChecks {
    ChecksPort(Table<MonthlyCheck> t) {
      super(t);
    }

    @Override
    public List<MonthlyCheck> ofPost(PostId post) {
      return table.where(c -> c.post().equals(post)).stream().sorted(Comparator.comparing(MonthlyCheck::month))
          .toList();
    }
  }
}

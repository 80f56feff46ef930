package org.lianfang.memory;

import org.lianfang.kinds.AggregateKinds;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.ReportId;
import org.lianfang.monitoring.SupervisionCase;
import org.lianfang.monitoring.SupervisionCaseId;
import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningId;
import org.lianfang.spi.Dues;
import org.lianfang.spi.MonitoringStore;
import org.lianfang.spi.RectificationItems;
import org.lianfang.spi.Reports;
import org.lianfang.spi.SupervisionCases;
import org.lianfang.spi.Warnings;

/** The third line's area of {@link InMemoryStore}: its tables and ports ({@link MemoryStoreCore} on the chain). */
abstract class MemoryMonitoringStore extends MemoryControlStore implements MonitoringStore {
  private final Table<Warning> warnings = table(AggregateKinds.WARNINGS, Warning::withVersion, null);
  private final Table<RectificationItem> items = table(AggregateKinds.RECTIFICATION_ITEMS,
      RectificationItem::withVersion, null);
  private final Table<Report> reports = table(AggregateKinds.REPORTS, Report::withVersion, null);
  private final Table<SupervisionCase> cases = table(AggregateKinds.SUPERVISION_CASES, SupervisionCase::withVersion,
      null);

  private final Warnings warningsPort = new WarningsPort(warnings);
  private final RectificationItems itemsPort = new ItemsPort(items);
  private final Reports reportsPort = new ReportsPort(reports);
  private final SupervisionCases casesPort = new CasesPort(cases);
  private final MemoryDues dues = new MemoryDues(this);

  @Override
  public Warnings warnings() {
    return warningsPort;
  }

  @Override
  public RectificationItems rectificationItems() {
    return itemsPort;
  }

  @Override
  public Reports reports() {
    return reportsPort;
  }

  @Override
  public SupervisionCases supervisionCases() {
    return casesPort;
  }

  @Override
  public Dues dues() {
    return dues;
  }

  /** The {@link Warnings} port, over its table. */
  private static final class WarningsPort extends MemoryRepository<Warning, WarningId> implements Warnings {
    WarningsPort(Table<Warning> t) {
      super(t);
    }
  }

  /** The {@link RectificationItems} port, over its table. */
  private static final class ItemsPort extends MemoryRepository<RectificationItem, RectificationItemId>
      implements RectificationItems {
    ItemsPort(Table<RectificationItem> t) {
      super(t);
    }
  }

  /** The {@link SupervisionCases} port, over its table. */
  private static final class CasesPort extends MemoryRepository<SupervisionCase, SupervisionCaseId>
      implements SupervisionCases {
    CasesPort(Table<SupervisionCase> t) {
      super(t);
    }
  }

  /** The {@link Reports} port, over its table. */
  private static final class ReportsPort extends MemoryRepository<Report, ReportId> implements Reports {
    ReportsPort(Table<Report> t) {
      super(t);
    }
  }
}

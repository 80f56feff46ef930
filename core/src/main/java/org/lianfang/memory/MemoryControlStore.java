package org.lianfang.memory;

import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.EducationActivity;
import org.lianfang.control.EducationActivityId;
import org.lianfang.control.PowerDisclosure;
import org.lianfang.control.PowerDisclosureId;
import org.lianfang.control.ServiceCommitment;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.spi.ControlMeasures;
import org.lianfang.spi.ControlStore;
import org.lianfang.spi.EducationActivities;
import org.lianfang.spi.PowerDisclosures;
import org.lianfang.spi.ServiceCommitments;

/** The control area of {@link InMemoryStore}: its tables and ports ({@link MemoryStoreCore} on the chain). */
abstract class MemoryControlStore extends MemoryRiskStore implements ControlStore {
  private final Table<ControlMeasure> measures = table(AggregateKinds.CONTROL_MEASURES, ControlMeasure::withVersion,
      null);
  private final Table<EducationActivity> education = table(AggregateKinds.EDUCATION_ACTIVITIES,
      EducationActivity::withVersion, null);
  private final Table<PowerDisclosure> disclosures = table(AggregateKinds.POWER_DISCLOSURES,
      PowerDisclosure::withVersion, null);
  private final Table<ServiceCommitment> commitments = table(AggregateKinds.SERVICE_COMMITMENTS,
      ServiceCommitment::withVersion, null);

  private final ControlMeasures measuresPort = new Measures(measures);
  private final EducationActivities educationPort = new Education(education);
  private final PowerDisclosures disclosuresPort = new Disclosures(disclosures);
  private final ServiceCommitments commitmentsPort = new Commitments(commitments);

  @Override
  public ControlMeasures controlMeasures() {
    return measuresPort;
  }

  @Override
  public EducationActivities educationActivities() {
    return educationPort;
  }

  @Override
  public PowerDisclosures powerDisclosures() {
    return disclosuresPort;
  }

  @Override
  public ServiceCommitments serviceCommitments() {
    return commitmentsPort;
  }

  /** The {@link ControlMeasures} port, over its table. */
  private static final class Measures extends MemoryRepository<ControlMeasure, ControlMeasureId>
      implements ControlMeasures {
    Measures(Table<ControlMeasure> t) {
      super(t);
    }
  }

  /** The {@link EducationActivities} port, over its table. */
  private static final class Education extends MemoryRepository<EducationActivity, EducationActivityId>
      implements EducationActivities {
    Education(Table<EducationActivity> t) {
      super(t);
    }
  }

  /** The {@link PowerDisclosures} port, over its table. */
  private static final class Disclosures extends MemoryRepository<PowerDisclosure, PowerDisclosureId>
      implements PowerDisclosures {
    Disclosures(Table<PowerDisclosure> t) {
      super(t);
    }
  }

  /** The {@link ServiceCommitments} port, over its table. */
  private static final class Commitments extends MemoryRepository<ServiceCommitment, ServiceCommitmentId>
      implements ServiceCommitments {
    Commitments(Table<ServiceCommitment> t) {
      super(t);
    }
  }
}

package org.lianfang.jdbc;

import javax.sql.DataSource;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.EducationActivity;
import org.lianfang.control.PowerDisclosure;
import org.lianfang.control.ServiceCommitment;
import org.lianfang.spi.ControlMeasures;
import org.lianfang.spi.ControlStore;
import org.lianfang.spi.EducationActivities;
import org.lianfang.spi.PowerDisclosures;
import org.lianfang.spi.ServiceCommitments;

/** The control area of {@link JdbcStore}: its repositories ({@link JdbcStoreCore} on the chain). */
abstract class JdbcControlStore extends JdbcRiskStore implements ControlStore {
  private final JdbcControlMeasures measures = register(ControlMeasure.class, new JdbcControlMeasures(this));
  private final JdbcEducationActivities education = register(EducationActivity.class,
      new JdbcEducationActivities(this));
  private final JdbcPowerDisclosures disclosures = register(PowerDisclosure.class, new JdbcPowerDisclosures(this));
  private final JdbcServiceCommitments commitments = register(ServiceCommitment.class,
      new JdbcServiceCommitments(this));

  JdbcControlStore(DataSource dataSource, Dialect dialect, boolean joinsHost) {
    super(dataSource, dialect, joinsHost);
  }

  @Override
  public ControlMeasures controlMeasures() {
    return measures;
  }

  /** @return the measures' repository, for the registers that freeze them ({@link JdbcRegisters}) */
  final JdbcControlMeasures jdbcControlMeasures() {
    return measures;
  }

  @Override
  public EducationActivities educationActivities() {
    return education;
  }

  @Override
  public PowerDisclosures powerDisclosures() {
    return disclosures;
  }

  @Override
  public ServiceCommitments serviceCommitments() {
    return commitments;
  }
}

package org.lianfang.spi;

/**
 * The repositories of the control area (S-7 to S-9, S-13, S-14): control measures, education activities, power
 * disclosures and service commitments. Part of {@link Store}.
 */
public interface ControlStore {
  /** @return the control measures */
  ControlMeasures controlMeasures();

  /** @return the education activities (P-15) */
  EducationActivities educationActivities();

  /** @return the power disclosures (P-16) */
  PowerDisclosures powerDisclosures();

  /** @return the service commitments (P-17) */
  ServiceCommitments serviceCommitments();
}

package org.lianfang.spi;

import org.lianfang.control.EducationActivity;
import org.lianfang.control.EducationActivityId;

/** The education activities (廉政教育, P-15): the {@link Repository} contract, nothing more. */
public interface EducationActivities extends Repository<EducationActivity, EducationActivityId> {}

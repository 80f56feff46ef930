package org.lianfang.spi;

import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;

/** The control measures (防控措施, P-13): the {@link Repository} contract, nothing more. */
public interface ControlMeasures extends Repository<ControlMeasure, ControlMeasureId> {}

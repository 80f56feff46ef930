package org.lianfang.spi;

import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Official;

/** The officials (人员): the {@link Repository} contract, nothing more. */
public interface Officials extends Repository<Official, OfficialId> {}

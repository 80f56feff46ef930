package org.lianfang.spi;

import java.util.List;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.TenureId;
import org.lianfang.organization.Tenure;

/** Who held which post when: the {@link Repository} contract, plus the tenures of a post and of an official. */
public interface Tenures extends Repository<Tenure, TenureId> {
  /** @param post a post @return its tenures, in id order */
  List<Tenure> ofPost(PostId post);

  /** @param official an official @return the official's tenures, in id order */
  List<Tenure> ofOfficial(OfficialId official);
}

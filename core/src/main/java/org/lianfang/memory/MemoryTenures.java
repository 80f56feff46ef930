package org.lianfang.memory;

import java.util.List;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.TenureId;
import org.lianfang.spi.Tenures;

/** The {@link Tenures} port of {@link InMemoryStore}, over its table. */
final class MemoryTenures extends MemoryRepository<Tenure, TenureId> implements Tenures {
  MemoryTenures(Table<Tenure> t) {
    super(t);
  }

  @Override
  public List<Tenure> ofPost(PostId post) {
    return table.where(t -> t.postId().equals(post));
  }

  @Override
  public List<Tenure> ofOfficial(OfficialId official) {
    return table.where(t -> t.officialId().equals(official));
  }
}

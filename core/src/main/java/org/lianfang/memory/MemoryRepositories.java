package org.lianfang.memory;

import java.util.List;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.AggregateId;
import org.lianfang.UnitId;
import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.TenureId;
import org.lianfang.organization.Unit;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.ProcessId;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.Officials;
import org.lianfang.spi.Posts;
import org.lianfang.spi.PowerItems;
import org.lianfang.spi.Processes;
import org.lianfang.spi.Repository;
import org.lianfang.spi.RiskPoints;
import org.lianfang.spi.Tenures;
import org.lianfang.spi.Units;

/** The repositories of {@link InMemoryStore}, each over one of its tables. */
final class MemoryRepositories {
  private MemoryRepositories() {}

  /**
   * What every repository of this store does the same way ({@link Repository}): find by id, insert, update and list a
   * unit's aggregates through its {@link Table}. Each port adds its own lookups.
   */
  static class Aggregates<A extends Aggregate<I>, I extends AggregateId> implements Repository<A, I> {
    final Table<A> table;

    Aggregates(Table<A> table) {
      this.table = table;
    }

    @Override
    public Optional<A> find(I id) {
      return table.find(id.value());
    }

    @Override
    public void insert(A aggregate) {
      table.insert(aggregate);
    }

    @Override
    public void update(A aggregate) {
      table.update(aggregate);
    }

    @Override
    public List<A> inUnit(UnitId unit) {
      return table.inUnit(unit);
    }
  }

  static final class MemoryUnits extends Aggregates<Unit, UnitId> implements Units {
    MemoryUnits(Table<Unit> t) {
      super(t);
    }

    @Override
    public List<Unit> children(UnitId parent) {
      return table.where(u -> u.parent().filter(parent::equals).isPresent());
    }

    @Override
    public Optional<Unit> byCode(String code) {
      return table.where(u -> u.code().equals(code)).stream().findFirst();
    }

    @Override
    public List<Unit> roots() {
      return table.where(u -> u.parent().isEmpty());
    }
  }

  static final class MemoryPosts extends Aggregates<Post, PostId> implements Posts {
    MemoryPosts(Table<Post> t) {
      super(t);
    }
  }

  static final class MemoryOfficials extends Aggregates<Official, OfficialId> implements Officials {
    MemoryOfficials(Table<Official> t) {
      super(t);
    }
  }

  static final class MemoryTenures extends Aggregates<Tenure, TenureId> implements Tenures {
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

  static final class MemoryPowerItems extends Aggregates<PowerItem, PowerItemId> implements PowerItems {
    MemoryPowerItems(Table<PowerItem> t) {
      super(t);
    }
  }

  static final class MemoryProcesses extends Aggregates<BusinessProcess, ProcessId> implements Processes {
    MemoryProcesses(Table<BusinessProcess> t) {
      super(t);
    }
  }

  static final class MemoryRiskPoints extends Aggregates<RiskPoint, RiskPointId> implements RiskPoints {
    MemoryRiskPoints(Table<RiskPoint> t) {
      super(t);
    }

    @Override
    public long countInUnit(UnitId unit) {
      return table.countInUnit(unit);
    }

    @Override
    public List<RiskPoint> onPost(PostId post) {
      return table.where(r -> r.location().post().filter(post::equals).isPresent());
    }
  }
}

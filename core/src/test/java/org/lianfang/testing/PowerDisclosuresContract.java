package org.lianfang.testing;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lianfang.UnitId;
import org.lianfang.control.DisclosureChannel;
import org.lianfang.control.DisclosureContent;
import org.lianfang.control.DisclosureField;
import org.lianfang.control.PowerDisclosure;
import org.lianfang.control.PowerDisclosureId;
import org.lianfang.control.Withdrawal;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;


/**
 * The contract of {@link org.lianfang.spi.PowerDisclosures}: the {@link RepositoryContract}; disclosures have no
 * code, so nothing but the id is unique. Extend it with a fresh, empty store per call of {@link #newStore()}.
 */
public abstract class PowerDisclosuresContract
    extends RepositoryContract<PowerDisclosure, PowerDisclosureId> {
  @Override
  protected final Repository<PowerDisclosure, PowerDisclosureId> repository(Store store) {
    return store.powerDisclosures();
  }

  @Override
  protected final Gen<PowerDisclosure> aggregates(UnitId unit) {
    return ControlGenerators.disclosures(unit);
  }

  @Override
  protected final PowerDisclosure withVersion(PowerDisclosure aggregate, long version) {
    return aggregate.withVersion(version);
  }

  /** Columns and lists change: the item's version, the fields, the channels, the period, the withdrawal. */
  @Override
  protected final PowerDisclosure changed(PowerDisclosure d) {
    DisclosureContent c = d.content();
    Map<DisclosureField, String> fields = new EnumMap<>(c.fields());
    fields.merge(DisclosureField.COMPLAINT_PHONE, "（更正）", String::concat);
    Set<DisclosureChannel> channels = c.channels().size() == 1 ? EnumSet.allOf(DisclosureChannel.class)
        : EnumSet.of(DisclosureChannel.WEBSITE);
    DisclosureContent revised = new DisclosureContent(fields, channels, c.from(),
        c.until().isPresent() ? Optional.empty() : Optional.of(c.from()));
    Optional<Withdrawal> withdrawal = d.withdrawal().isPresent() ? Optional.empty()
        : Optional.of(new Withdrawal(d.published(), "职权已取消"));
    return PowerDisclosure.restore(d.id(), d.unitId(), d.powerItem(), d.itemVersion() + 1, revised, d.published(),
        withdrawal, d.version());
  }

  @Override
  protected final Optional<PowerDisclosure> rival(PowerDisclosure holder) {
    return Optional.empty();
  }
}

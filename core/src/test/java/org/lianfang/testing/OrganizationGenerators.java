package org.lianfang.testing;

import static org.lianfang.testing.Generators.code;
import static org.lianfang.testing.Generators.days;
import static org.lianfang.testing.Generators.longText;
import static org.lianfang.testing.Generators.text;
import static org.lianfang.testing.Generators.unitIds;
import static org.lianfang.testing.Generators.uuids;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.lianfang.UnitId;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.TenureId;
import org.lianfang.organization.Transparency;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of the organization area (DOMAIN.md S-1 to S-3): units, posts and their profiles, officials,
 * tenures, power items. Built from valid parts, with the hostile text of {@link Generators}.
 */
public final class OrganizationGenerators {
  /** The generator of each kind of this area a unit holds, for {@link Generators#inUnit}. */
  static final Map<AggregateKind<?, ?>, Function<UnitId, Gen<?>>> IN_UNIT = Map.ofEntries(
      Map.entry(AggregateKinds.POSTS, OrganizationGenerators::posts),
      Map.entry(AggregateKinds.OFFICIALS, OrganizationGenerators::officials),
      Map.entry(AggregateKinds.TENURES, OrganizationGenerators::tenures),
      Map.entry(AggregateKinds.POWER_ITEMS, OrganizationGenerators::powerItems));

  private OrganizationGenerators() {}

  /** @return any post profile */
  public static Gen<PostProfile> postProfiles() {
    Gen<Set<Resource>> resources = lists().of(arbitrary().enumValues(Resource.class)).ofSizeBetween(0, 3)
        .map(l -> l.isEmpty() ? Set.of() : EnumSet.copyOf(l));
    Gen<Set<AdministrativePower>> powers = lists().of(arbitrary().enumValues(AdministrativePower.class))
        .ofSizeBetween(0, 3).map(l -> l.isEmpty() ? Set.of() : EnumSet.copyOf(l));
    Gen<boolean[]> flags = booleans().all().zip(booleans().all(), booleans().all(),
        (a, b, c) -> new boolean[] {a, b, c});
    return flags.zip(resources, powers, arbitrary().enumValues(Transparency.class),
        (f, r, p, t) -> new PostProfile(f[0], r, f[1], f[2], p, t));
  }

  /** @return any unit, stored version 1 */
  public static Gen<Unit> units() {
    return unitIds().zip(code(), text(), arbitrary().enumValues(UnitKind.class), (id, c, n, k) -> new Object[] {
        id, c, n, k}).zip(unitIds().toOptionals(30), (a, parent) -> Unit.restore((UnitId) a[0], (String) a[1],
            (String) a[2], (UnitKind) a[3], parent, 1));
  }

  /** @param unit the unit @return posts of that unit, stored version 1 */
  public static Gen<Post> posts(UnitId unit) {
    return uuids().zip(code(), text(), postProfiles(),
        (id, c, n, p) -> Post.restore(new PostId(id), unit, c, n, p, 1))
        .zip(text().toOptionals(50), (p, section) -> Post.restore(p.id(), unit, p.code(), p.name(), p.profile(),
            section.map(t -> "科室" + t), 1)); // in a section (科室) or in none, issue 10 finding 13
  }

  /** @param unit the unit @return officials of that unit, stored version 1 */
  public static Gen<Official> officials(UnitId unit) {
    return uuids().zip(code(), text(), (id, c, n) -> Official.restore(new OfficialId(id), unit, c, n, 1));
  }

  /** @param unit the unit @return tenures in that unit, open or closed, stored version 1 */
  public static Gen<Tenure> tenures(UnitId unit) {
    return uuids().zip(uuids(), uuids(), days(), (id, p, o, start) -> new Object[] {id, p, o, start})
        .zip(integers().between(0, 2000), (a, len) -> Tenure.restore(new TenureId((UUID) a[0]), unit,
            new PostId((UUID) a[1]), new OfficialId((UUID) a[2]), (LocalDate) a[3],
            len == 0 ? Optional.empty() : Optional.of(((LocalDate) a[3]).plusDays(len)), 1));
  }

  /** @param unit the unit @return power items of that unit, one in five classified secret, stored version 1 */
  public static Gen<PowerItem> powerItems(UnitId unit) {
    return uuids().zip(code(), longText(), arbitrary().enumValues(AdministrativePower.class),
        (id, c, t, k) -> new Object[] {id, c, t, k})
        .zip(lists().of(uuids()).ofSizeBetween(1, 4), integers().between(0, 4), (a, posts, secret) -> PowerItem.restore(
            new PowerItemId((UUID) a[0]), unit, (String) a[1], "职权" + a[1], (AdministrativePower) a[3],
            (String) a[2], "界限" + a[2], "责任" + a[1],
            posts.stream().map(PostId::new).collect(java.util.stream.Collectors.toSet()),
            secret == 0 ? Optional.of("《国家秘密目录》" + a[1]) : Optional.empty(), 1));
  }
}

package org.lianfang.jdbc;

import java.util.Collection;
import java.util.Optional;
import javax.sql.DataSource;
import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitsOf;
import org.lianfang.spi.Officials;
import org.lianfang.spi.OrganizationStore;
import org.lianfang.spi.Posts;
import org.lianfang.spi.PowerItems;
import org.lianfang.spi.Tenures;
import org.lianfang.spi.Units;

/** The organization area of {@link JdbcStore}: its repositories ({@link JdbcStoreCore} on the chain). */
abstract class JdbcOrganizationStore extends JdbcStoreCore implements OrganizationStore {
  private final JdbcUnits units = register(Unit.class, new JdbcUnits(this));
  private final JdbcPosts posts = register(Post.class, new JdbcPosts(this));
  private final JdbcOfficials officials = register(Official.class, new JdbcOfficials(this));
  private final JdbcTenures tenures = register(Tenure.class, new JdbcTenures(this));
  private final JdbcPowerItems powerItems = register(PowerItem.class, new JdbcPowerItems(this));
  private final JdbcUnitsOf unitsOf = new JdbcUnitsOf(this);

  JdbcOrganizationStore(DataSource dataSource, Dialect dialect, boolean joinsHost) {
    super(dataSource, dialect, joinsHost);
  }

  @Override
  public Units units() {
    return units;
  }

  @Override
  public Posts posts() {
    return posts;
  }

  @Override
  public Officials officials() {
    return officials;
  }

  @Override
  public Tenures tenures() {
    return tenures;
  }

  @Override
  public PowerItems powerItems() {
    return powerItems;
  }

  /** Kept once read (issue 9): {@link JdbcUnitsOf}. */
  @Override
  public UnitsOf unitsOf(Optional<PostId> post, Collection<OfficialId> officials) {
    return unitsOf.of(post, officials);
  }

  /** In one statement (issue 9): the post joined to the power items that name it. */
  @Override
  public Optional<PostProfile> exercisedProfile(PostId post) {
    return posts.exercisedProfile(post);
  }
}

package org.lianfang.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.jdbc.internal.BulkInsert;
import org.lianfang.jdbc.internal.Statements;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Transparency;
import org.lianfang.spi.Posts;

/** Posts in {@code lf_post}; the profile's sets as comma-separated names; no section is NULL. */
final class JdbcPosts implements Posts, BulkInsert<Post> {
  private static final String COLUMNS = "post_id, unit_id, code, name, principal_leader, disposes, discretionary, "
      + "major_matters, powers, transparency, section, version";
  private final JdbcStoreCore store;

  JdbcPosts(JdbcStoreCore store) {
    this.store = store;
  }

  /** Maps a row with {@link #COLUMNS}' names. */
  private Post row(ResultSet rs) throws SQLException {
    Sql sql = store.sql();
    return Post.restore(new PostId(sql.uuid(rs, "post_id")), new UnitId(sql.uuid(rs, "unit_id")),
        rs.getString("code"), rs.getString("name"), profile(rs), Optional.ofNullable(rs.getString("section")),
        rs.getLong("version"));
  }

  private static PostProfile profile(ResultSet rs) throws SQLException {
    return new PostProfile(rs.getBoolean("principal_leader"), Sql.enums(rs.getString("disposes"), Resource.class),
        rs.getBoolean("discretionary"), rs.getBoolean("major_matters"),
        Sql.enums(rs.getString("powers"), AdministrativePower.class),
        Transparency.valueOf(rs.getString("transparency")));
  }

  private void bindFacts(PreparedStatement ps, int from, Post p) throws SQLException {
    PostProfile f = p.profile();
    ps.setString(from, p.code());
    ps.setString(from + 1, p.name());
    ps.setBoolean(from + 2, f.principalLeader());
    Sql.text(ps, from + 3, Sql.names(f.disposes()));
    ps.setBoolean(from + 4, f.discretionary());
    ps.setBoolean(from + 5, f.majorMatters());
    Sql.text(ps, from + 6, Sql.names(f.powers()));
    ps.setString(from + 7, f.transparency().name());
    ps.setString(from + 8, p.section().orElse(null));
  }

  @Override
  public Optional<Post> find(PostId id) {
    return store.records().find("read post " + id, "post_id", id.value(), (c, where, values) -> Statements.query(c,
        "SELECT " + COLUMNS + " FROM lf_post WHERE " + where, InUnits.cyclically(store.sql(), values.size(), values),
        this::row));
  }

  /**
   * {@link org.lianfang.spi.OrganizationStore#exercisedProfile} in one statement: the post joined to the power items
   * that name it, one row per item (one with no item if none); through ShardingSphere naming the post's unit once known
   * ({@link RecordUnits#byId}), and by its id alone if that found nothing.
   */
  Optional<PostProfile> exercisedProfile(PostId id) {
    return store.readOnly("read the profile of post " + id, PROFILE_TABLES, c -> {
      RecordUnits.ById post = store.records().byId(c, "p.post_id", id.value());
      Optional<PostProfile> found = exercisedProfile(c, post);
      return found.isEmpty() && post.namesUnit() ? exercisedProfile(c, post.alone()) : found;
    });
  }

  private Optional<PostProfile> exercisedProfile(Connection c, RecordUnits.ById post) throws SQLException {
    PostProfile[] profile = new PostProfile[1];
    List<AdministrativePower> exercised = new ArrayList<>();
    Statements.query(c, "SELECT p.principal_leader, p.disposes, p.discretionary, p.major_matters, p.powers, "
        + "p.transparency, i.kind FROM lf_post p LEFT JOIN lf_power_item_post ip ON ip.post_id = p.post_id "
        + "LEFT JOIN lf_power_item i ON i.power_item_id = ip.power_item_id WHERE " + post.condition(),
        InUnits.cyclically(store.sql(), post.values().size(), post.values()), rs -> {
          if (profile[0] == null) {
            profile[0] = profile(rs);
          }
          String kind = rs.getString("kind");
          if (kind != null) {
            exercised.add(AdministrativePower.valueOf(kind));
          }
          return null;
        });
    return Optional.ofNullable(profile[0]).map(found -> found.withPowers(exercised));
  }

  /** What {@link #exercisedProfile} reads: held writes to other tables need not be sent before it. */
  private static final java.util.Set<String> PROFILE_TABLES = java.util.Set.of("lf_post", "lf_power_item_post",
      "lf_power_item");

  /** One batch per table ({@link #insertAll(java.sql.Connection, List)}), in the caller's transaction. */
  @Override
  public void insertAll(List<Post> records) {
    store.insertBatch(Post.class, records);
  }

  @Override
  public void insert(Post p) {
    store.records().seen(p);
    store.write("insert post " + p.code(), c -> {
      insertAll(c, List.of(p));
      return null;
    });
  }

  /** Inserts posts in one batch: new ones as version 1, restored ones at their version. */
  @Override
  public void insertAll(java.sql.Connection c, List<Post> posts) throws SQLException {
    Statements.batch(c, "INSERT INTO lf_post (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", posts,
        (ps, p) -> {
          store.sql().uuid(ps, 1, p.id().value());
          store.sql().uuid(ps, 2, p.unitId().value());
          bindFacts(ps, 3, p);
          ps.setLong(12, Statements.insertedVersion(p.version()));
        });
  }

  @Override
  public void update(Post p) {
    store.write("update post " + p.code(), c -> {
      int n = Statements.update(c, "UPDATE lf_post SET code = ?, name = ?, principal_leader = ?, disposes = ?, "
          + "discretionary = ?, major_matters = ?, powers = ?, transparency = ?, section = ?, version = version + 1 "
          + "WHERE post_id = ? AND unit_id = ? AND version = ?", ps -> {
            bindFacts(ps, 1, p);
            store.sql().uuid(ps, 10, p.id().value());
            store.sql().uuid(ps, 11, p.unitId().value());
            ps.setLong(12, p.version());
          });
      if (n == 0) {
        throw new StaleAggregateException("Post " + p.id(), p.version());
      }
      return null;
    });
  }

  @Override
  public List<Post> inUnit(UnitId unit) {
    return store.read("read the posts of " + unit, c -> Statements.query(c,
        "SELECT " + COLUMNS + " FROM lf_post WHERE unit_id = ? ORDER BY post_id",
        ps -> store.sql().uuid(ps, 1, unit.value()), this::row));
  }

  /** {@value InUnits#PER_STATEMENT} units in each statement, as {@link #inUnit} reads one. */
  @Override
  public java.util.Map<UnitId, List<Post>> inUnits(java.util.Collection<UnitId> units) {
    return store.read("read the posts of " + units.size() + " units", c -> InUnits.read(units, (condition, chunk) ->
        Statements.query(c, "SELECT " + COLUMNS + " FROM lf_post WHERE " + condition + " ORDER BY post_id",
            InUnits.cyclically(store.sql(), condition, chunk), this::row)));
  }
}

package org.lianfang.application.internal;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lianfang.UnitId;
import org.lianfang.grading.GradeLabels;
import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.Unit;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.RiskPoint;

/**
 * The cells the forms share (附表2, 附表3; S-13): a point's unit and post, who holds the post on the form's day, an
 * owner chain, a grade in a label set. Names are read once per form, a unit's posts, tenures and officials each in one
 * read when a first point of the unit asks for them (an owner from another unit, one read of that official), so that a
 * form costs a few reads per unit rather than a few per row. Not thread-safe: one per form being built.
 */
public final class FormCells {
  private final Session s;
  private final LocalDate day;
  private final Map<UnitId, Map<PostId, String>> postNames = new HashMap<>();
  private final Map<UnitId, String> unitNames = new HashMap<>();
  private final Map<OfficialId, String> officialNames = new HashMap<>();
  private final Map<UnitId, Map<PostId, List<Tenure>>> tenures = new HashMap<>();

  /**
   * @param s the session the form is read in; its day is the form's
   * @param known units the query has read already, whose names are not read again
   */
  public FormCells(Session s, Unit... known) {
    this(s, s.today(), known);
  }

  /**
   * @param s the session the form is read in
   * @param day the form's day: a closed year's form names who held each post on the day its register was frozen
   * @param known units the query has read already, whose names are not read again
   */
  public FormCells(Session s, LocalDate day, Unit... known) {
    this.s = s;
    this.day = day;
    for (Unit u : known) {
      unitNames.put(u.id(), u.name());
    }
  }

  /**
   * Reads now, in a few reads, the names the rows of these points will ask for: the tenures and officials of the unit
   * of each point on a post, then in one read ({@link org.lianfang.spi.Repository#findAll}) the officials that owner
   * chains name from other units, rather than one read each.
   *
   * @param points the form's points
   * @param chains the owner chains its rows name
   */
  public void readAhead(List<RiskPoint> points, List<OwnerChain> chains) {
    points.stream().filter(p -> p.location().post().isPresent()).map(p -> p.location().unit()).distinct()
        .forEach(this::tenuresIn);
    Set<OfficialId> missing = new LinkedHashSet<>();
    for (OwnerChain o : chains) {
      for (OfficialId id : List.of(o.directOwner(), o.sectionHead(), o.responsibleLeader())) {
        if (!officialNames.containsKey(id)) {
          missing.add(id);
        }
      }
    }
    if (!missing.isEmpty()) {
      Map<OfficialId, Official> found = s.store().officials().findAll(missing);
      missing.forEach(id -> officialNames.put(id, found.containsKey(id) ? found.get(id).name() : "?"));
    }
  }

  /** @param unit a unit @return its name, or ? if it is gone */
  public String unitName(UnitId unit) {
    return unitNames.computeIfAbsent(unit, x -> s.store().units().find(x).map(Unit::name).orElse("?"));
  }

  /** @param r a risk point @return its post's name, or 部门风险 for a risk of the unit as a whole */
  public String postName(RiskPoint r) {
    Map<PostId, String> posts = postNames.computeIfAbsent(r.location().unit(),
        u -> s.store().posts().inUnit(u).stream().collect(Collectors.toMap(Post::id, Post::name)));
    return postName(r, posts);
  }

  /**
   * @param r a risk point
   * @param posts the names of its unit's posts
   * @return its post's name, or 部门风险 for a risk of the unit as a whole
   */
  public static String postName(RiskPoint r, Map<PostId, String> posts) {
    return r.location().post().map(p -> posts.getOrDefault(p, "?")).orElse("部门风险");
  }

  /**
   * @param r a risk point
   * @return who holds its post on the form's day, separated by 、; empty if vacant or unit-wide
   */
  public String holders(RiskPoint r) {
    return r.location().post().map(p -> tenuresIn(r.location().unit()).getOrDefault(p, List.of()).stream()
        .filter(t -> t.covers(day))
        .map(t -> officialName(t.officialId()))
        .collect(Collectors.joining("、"))).orElse("");
  }

  /** A unit's tenures by post, in id order, read with the unit's officials' names. */
  private Map<PostId, List<Tenure>> tenuresIn(UnitId unit) {
    return tenures.computeIfAbsent(unit, u -> {
      s.store().officials().inUnit(u).forEach(o -> officialNames.put(o.id(), o.name()));
      Map<PostId, List<Tenure>> byPost = new HashMap<>();
      s.store().tenures().inUnit(u).forEach(t -> byPost.computeIfAbsent(t.postId(), k -> new ArrayList<>()).add(t));
      return byPost;
    });
  }

  /** @param o an owner chain @return direct owner / section head / responsible leader, by name */
  public String owners(OwnerChain o) {
    return officialName(o.directOwner()) + " / " + officialName(o.sectionHead()) + " / "
        + officialName(o.responsibleLeader());
  }

  /** @param id an official @return the official's name, or ? if gone */
  public String officialName(OfficialId id) {
    return officialNames.computeIfAbsent(id, x -> s.store().officials().find(x).map(Official::name).orElse("?"));
  }

  /**
   * @param r a risk point
   * @param labels the label set
   * @return its grade in the set, marked 待重评 when stale (P-3), or 未定级
   */
  public static String gradeLabel(RiskPoint r, GradeLabels labels) {
    return r.grading()
        .map(g -> labels.label(g.grade().level()) + (g.stale() ? "（" + GradeLabels.STALE_MARK + "）" : ""))
        .orElse("未定级");
  }
}

package org.lianfang.application.risk;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lianfang.Outcome;
import org.lianfang.UnitId;
import org.lianfang.application.internal.FormCells;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.Visibility;
import org.lianfang.grading.GradeLabels;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.Unit;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.PublishedPage;
import org.lianfang.risk.PublishedRisk;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.NoticeKey;
import org.lianfang.spi.RiskPoints;

/**
 * The paged public view of {@link RiskQueries#publishedRisks} (issue 10, bounded public reads): the subtree's units
 * in one read of the store, grouped by the audiences the actor sees in each, then one page of each group's points on
 * notice from the store ({@link RiskPoints#onNotice}), merged in {@link NoticeKey} order, and the names of the page's
 * posts. What one call reads is bounded by the page and by the number of units, never by the number of points.
 */
final class PublicNotices {
  private PublicNotices() {}

  static Outcome<PublishedPage> page(Session s, UnitId unit, Optional<String> after, int limit, GradeLabels labels) {
    if (limit < 1) {
      return Outcome.refused(Refusals.invalid("limit", "Min", "条数", "limit", "不能小于 1", "must be at least 1"));
    }
    Optional<NoticeKey> from;
    try {
      from = after.map(PublicNotices::parse);
    } catch (IllegalArgumentException e) {
      return Outcome.refused(Refusals.invalid("after", "PagePosition", "翻页位置", "page position",
          "不是本查询给出的翻页位置", "is not a page position this query gave"));
    }
    int size = Math.min(limit, RiskQueries.MAX_PUBLIC_PAGE);
    Map<UnitId, Unit> units = new LinkedHashMap<>();
    Map<Set<NoticeAudience>, List<UnitId>> groups = new HashMap<>();
    for (Unit u : Visibility.subtree(s, unit)) {
      Set<NoticeAudience> sees = EnumSet.noneOf(NoticeAudience.class);
      for (NoticeAudience a : NoticeAudience.values()) {
        if (Visibility.seesNotice(s, u.id(), a)) {
          sees.add(a);
        }
      }
      if (!sees.isEmpty()) {
        units.put(u.id(), u);
        groups.computeIfAbsent(sees, k -> new ArrayList<>()).add(u.id());
      }
    }
    List<RiskPoint> merged = new ArrayList<>();
    Map<RiskPointId, Set<NoticeAudience>> seenBy = new HashMap<>();
    groups.forEach((audiences, ids) -> s.store().riskPoints().onNotice(ids, audiences, s.today(), from, size)
        .forEach(r -> {
          merged.add(r);
          seenBy.put(r.id(), audiences);
        }));
    merged.sort((a, b) -> key(a).compareTo(key(b)));
    List<RiskPoint> page = merged.subList(0, Math.min(size, merged.size()));
    Map<UnitId, Map<PostId, String>> posts = new HashMap<>();
    List<PublishedRisk> out = new ArrayList<>();
    for (RiskPoint r : page) {
      UnitId u = r.location().unit();
      if (!RiskPoints.isOnNotice(r, seenBy.get(r.id()), s.today()) || !units.containsKey(u)) {
        continue; // changed between the store's two reads (retired, say): left out, the page still ends at its key
      }
      Map<PostId, String> names = posts.computeIfAbsent(u, x -> s.store().posts().inUnit(x).stream()
          .collect(Collectors.toMap(Post::id, Post::name)));
      out.add(new PublishedRisk(r.code(), units.get(u).name(), FormCells.postName(r, names),
          r.description().category(), r.description().description(), r.description().manifestation(),
          FormCells.gradeLabel(r, labels), r.notice().get().audience(), r.notice().get().scope(),
          r.notice().get().start(), r.notice().get().end(), r.state() == ReviewState.CONFIRMED));
    }
    Optional<String> next = page.size() == size
        ? Optional.of(format(key(page.get(page.size() - 1))))
        : Optional.empty();
    return Outcome.accepted(new PublishedPage(out, next));
  }

  private static NoticeKey key(RiskPoint r) {
    return new NoticeKey(r.location().unit(), r.id());
  }

  private static String format(NoticeKey k) {
    return k.unit().value() + "~" + k.point().value();
  }

  private static NoticeKey parse(String text) {
    String[] parts = text.split("~", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("not a page position");
    }
    return new NoticeKey(new UnitId(canonical(parts[0])), new RiskPointId(canonical(parts[1])));
  }

  private static UUID canonical(String text) {
    UUID id = UUID.fromString(text);
    if (!id.toString().equals(text)) {
      throw new IllegalArgumentException("not a page position");
    }
    return id;
  }
}

package org.lianfang.examples.city;

import com.google.common.hash.Hashing;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.lianfang.Change;
import org.lianfang.examples.city.PointLayout.PointSpec;
import org.lianfang.examples.city.PostSpec.Role;
import org.lianfang.examples.city.Timeline.Phase;
import org.lianfang.grading.Assessment;
import org.lianfang.grading.Grade;
import org.lianfang.grading.GradingInput;
import org.lianfang.organization.Official;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.PowerItem;
import org.lianfang.risk.CustomFields;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.DiscoveryChannel;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskDescription;
import org.lianfang.risk.RiskLocation;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/**
 * Takes a unit's risk points through review as the programme did, each through the domain's own transitions, so every
 * point obeys the review rules (a refused transition is a bug here and throws): identified with their owners (S-3,
 * P-1), reviewed (S-5), graded with the seed's policy (S-6), published and commented on, confirmed by the unit's
 * deciding body, and some made stale or retired (S-12, P-3). Every event is appended to the unit's journal.
 */
final class RiskPointGenerator extends UnitWork {
  RiskPointGenerator(UnitWork shared) {
    super(shared);
  }

  /**
   * @param measures the control stage, run between confirmation and revision (issue 11)
   * @return the unit's risk points, each in its planned review state
   */
  List<RiskPoint> riskPoints(List<PostSpec> specs, List<Post> posts, List<Official> officials,
      List<PowerItem> powers, MeasureGenerator measures) {
    int total = u.points();
    List<PointSpec> specsOfPoints = new PointLayout(this).layOutPoints(specs, posts, powers, total);
    RiskPoint[] rp = new RiskPoint[total];
    String principal = officials.get(0).staffNumber();
    String reviewer = officials.get(reviewerPost(specs)).staffNumber();

    // identification (S-3): owners named at once (P-1)
    for (int j = 0; j < total; j++) {
      PointSpec s = specsOfPoints.get(j);
      long at = time.at(Phase.IDENTIFICATION, u.index, j, total);
      RiskPointId id = new RiskPointId(ids.at(at));
      String code = String.format(Locale.ROOT, "FX-%04d", j + 1);
      RiskLocation location = s.post() < 0 ? RiskLocation.unitWide(u.id)
          : RiskLocation.onPost(u.id, posts.get(s.post()).id());
      if (s.powerItem() >= 0) {
        location = location.forPower(powers.get(s.powerItem()).id());
      }
      OwnerChain owners = new OwnerChain(officials.get(s.owners()[0]).id(), officials.get(s.owners()[1]).id(),
          officials.get(s.owners()[2]).id());
      String actor = switch (s.method()) {
        case SELF -> officials.get(s.owners()[0]).staffNumber();
        case COLLEAGUES -> officials.get(s.owners()[1]).staffNumber();
        case ORGANISATION -> officials.get(s.owners()[2]).staffNumber();
        case PUBLIC -> reviewer;
        case COLLECTIVE -> principal;
      };
      RiskDescription d = new RiskDescription(s.template().category(), s.description(), s.manifestation(), s.sources(),
          s.method(), s.channel());
      CustomFields custom = custom(code, s, Timeline.day(at));
      // as core's command runner does, a raiser of colleagues or the public is sealed in the journal (P-11)
      Change<RiskPoint> c = RiskPoint.identify(id, code, location, d, Optional.of(owners), custom, actor,
          d.sealsRaiser() ? seal(id, "raiser") : "", Instant.ofEpochMilli(at));
      rp[j] = c.after();
      append(c, d.sealsRaiser() ? org.lianfang.DomainEvent.SEALED_ACTOR : actor, at);
    }

    // review (审核, S-5), then grading (S-6) of every point that is more than a draft
    List<Integer> reviewed = select(specsOfPoints, ReviewState.REVIEWED, ReviewState.PUBLISHED,
        ReviewState.CONFIRMED, ReviewState.STALE, ReviewState.RETIRED);
    for (int k = 0; k < reviewed.size(); k++) {
      int j = reviewed.get(k);
      long at = time.at(Phase.REVIEW, u.index, k, reviewed.size());
      String note = Texts.pick(r, RiskTexts.REVIEW_NOTES);
      rp[j] = apply(rp[j].review(reviewer, Instant.ofEpochMilli(at), note), reviewer, at);
    }
    PostProfile wholeUnit = PostProfile.union(posts.stream().map(Post::profile).toList());
    for (int k = 0; k < reviewed.size(); k++) {
      int j = reviewed.get(k);
      PointSpec s = specsOfPoints.get(j);
      long at = time.at(Phase.GRADING, u.index, k, reviewed.size());
      PostProfile profile = s.post() < 0 ? wholeUnit : posts.get(s.post()).profile();
      Grade grade = UnitGenerator.POLICY.grade(new GradingInput(s.assessment(), profile));
      Assessment a = s.assessment();
      rp[j] = apply(rp[j].grade(reviewer, Instant.ofEpochMilli(at), a, grade), reviewer, at);
    }

    // public notice (公示) for the unit's period, comments while it runs
    List<Integer> published = select(specsOfPoints, ReviewState.PUBLISHED, ReviewState.CONFIRMED, ReviewState.STALE,
        ReviewState.RETIRED);
    long publishingEnd = time.slotEnd(Phase.PUBLISHING, u.index);
    LocalDate noticeStart = Timeline.day(publishingEnd);
    LocalDate noticeEnd = noticeStart.plusDays(u.noticeDays);
    String scope = UnitNames.scope(u.kind);
    for (int k = 0; k < published.size(); k++) {
      int j = published.get(k);
      long at = time.at(Phase.PUBLISHING, u.index, k, published.size());
      rp[j] = apply(rp[j].publish(reviewer, Instant.ofEpochMilli(at), Timeline.day(at), NoticeAudience.PUBLIC, scope,
          noticeStart, noticeEnd),
          reviewer, at);
    }
    List<Integer> commented = choose(published, u.comments);
    long from = publishingEnd;
    long until = Timeline.millis(noticeEnd.atStartOfDay());
    for (int k = 0; k < commented.size(); k++) {
      int j = commented.get(k);
      PointSpec s = specsOfPoints.get(j);
      long at = from + (k + 1) * ((until - from) / (commented.size() + 1));
      String author = "public-" + u.code + "-" + (k + 1);
      String text = Texts.expand(r, Texts.pick(r, RiskTexts.COMMENTS),
          s.post() < 0 ? "本单位" : posts.get(s.post()).name(), "");
      // as core's command runner does, the journal seals who commented (P-11); the point keeps it
      rp[j] = apply(rp[j].comment(author, Instant.ofEpochMilli(at), Timeline.day(at), text,
          seal(rp[j].id(), String.valueOf(k))),
          org.lianfang.DomainEvent.SEALED_ACTOR, at);
    }

    // collective decision (集体定) once the notice has run
    List<Integer> confirmed = select(specsOfPoints, ReviewState.CONFIRMED, ReviewState.STALE,
        ReviewState.RETIRED);
    String body = UnitNames.decidingBody(u.name, u.kind);
    LocalDate decidedOn = noticeEnd.plusDays(r.nextInt(4));
    for (int k = 0; k < confirmed.size(); k++) {
      int j = confirmed.get(k);
      long at = time.at(Phase.CONFIRMATION, u.index, k, confirmed.size());
      if (k == 0 && decidedOn.isAfter(Timeline.day(at))) {
        decidedOn = Timeline.day(at);
      }
      rp[j] = apply(rp[j].confirm(principal, Instant.ofEpochMilli(at), Timeline.day(at), body, decidedOn),
          principal, at);
    }

    // the control stage (防控落实, P-13): two measures a point
    measures.draftAll(rp, specsOfPoints, posts, officials, reviewer, principal);

    // revision (S-12, P-3): some points go stale after a change, a few are retired, with their measures
    List<Integer> revised = select(specsOfPoints, ReviewState.STALE, ReviewState.RETIRED);
    for (int k = 0; k < revised.size(); k++) {
      int j = revised.get(k);
      long at = time.at(Phase.REVISION, u.index, k, revised.size());
      Instant when = Instant.ofEpochMilli(at);
      if (specsOfPoints.get(j).state() == ReviewState.STALE) {
        String cause = Texts.pick(r, RiskTexts.STALE_CAUSES);
        Change<RiskPoint> c = rp[j].markStale(hrActor, when, cause).orElseThrow();
        rp[j] = c.after();
        append(c, hrActor, at);
      } else {
        String reason = Texts.pick(r, RiskTexts.RETIRE_REASONS);
        rp[j] = apply(rp[j].retire(reviewer, when, reason), reviewer, at);
        measures.retireWith(rp[j], reason, reviewer, at);
      }
    }

    List<RiskPoint> out = new ArrayList<>(total);
    for (int j = 0; j < total; j++) {
      if (rp[j].state() != specsOfPoints.get(j).state()) {
        throw new IllegalStateException(rp[j].code() + " ended " + rp[j].state() + ", planned "
            + specsOfPoints.get(j).state());
      }
      out.add(rp[j].withVersion(1));
    }
    return out;
  }

  private int reviewerPost(List<PostSpec> specs) {
    for (int i = 0; i < specs.size(); i++) {
      if (specs.get(i).role == Role.DISCIPLINE) {
        return i;
      }
    }
    return specs.size() > 1 && specs.get(1).role == Role.DEPUTY ? 1 : 0;
  }

  private CustomFields custom(String code, PointSpec s, LocalDate day) {
    TreeMap<String, CustomValue> m = new TreeMap<>();
    if (r.nextInt(100) < 8) {
      m.put("ledger.no", new CustomValue.Text("KM2010-" + u.code + "-" + code));
    }
    if (r.nextInt(100) < 3) {
      m.put("amount.wan", new CustomValue.Number(BigDecimal.valueOf(1 + r.nextInt(500_000), 2)));
    }
    if (r.nextInt(100) < 2) {
      m.put("found.on", new CustomValue.Day(day));
    }
    if (r.nextInt(100) < 2) {
      m.put("reported", new CustomValue.Flag(s.channel() == DiscoveryChannel.PUBLIC_REPORT));
    }
    return m.isEmpty() ? CustomFields.none() : CustomFields.of(m);
  }

  private List<Integer> select(List<PointSpec> points, ReviewState... states) {
    Set<ReviewState> wanted = EnumSet.of(states[0], states);
    List<Integer> out = new ArrayList<>();
    for (int j = 0; j < points.size(); j++) {
      if (wanted.contains(points.get(j).state())) {
        out.add(j);
      }
    }
    return out;
  }

  /** n of the given indices, chosen with the unit's stream, in ascending order. */
  private List<Integer> choose(List<Integer> from, int n) {
    List<Integer> pool = new ArrayList<>(from);
    for (int i = 0; i < n; i++) {
      int j = i + r.nextInt(pool.size() - i);
      Integer t = pool.get(i);
      pool.set(i, pool.get(j));
      pool.set(j, t);
    }
    List<Integer> out = new ArrayList<>(pool.subList(0, n));
    out.sort(null);
    return out;
  }

  /**
   * A comment's or a raiser's seal, made from the point's id and the seal's place rather than drawn from the random
   * stream, so that the generated city stays the one its seed made before comments had seals. Generated data only: a store's
   * seals come from its secure random source, and a seal anyone can recompute would not hide a real author.
   */
  private static String seal(RiskPointId p, String place) {
    return Hashing.sha256().hashString(p + "/" + place, StandardCharsets.UTF_8).toString().substring(0, 32);
  }
}

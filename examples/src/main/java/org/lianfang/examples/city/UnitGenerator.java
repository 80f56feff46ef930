package org.lianfang.examples.city;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import org.lianfang.Change;
import org.lianfang.DomainEvent;
import org.lianfang.Outcome;
import org.lianfang.UnitId;
import org.lianfang.examples.city.Timeline.Phase;
import org.lianfang.grading.Assessment;
import org.lianfang.grading.Grade;
import org.lianfang.grading.GradingInput;
import org.lianfang.grading.GradingPolicy;
import org.lianfang.grading.SeedGradingPolicy;
import org.lianfang.ledger.CanonicalJson;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.Official;
import org.lianfang.organization.OrganizationEvent;
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
import org.lianfang.risk.CustomFields;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.DiscoveryChannel;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskDescription;
import org.lianfang.risk.RiskLocation;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.RiskSource;

/**
 * Generates one unit's records from its plan, as the programme would have made them: the unit registered; its posts,
 * officials, open tenures and power list; its risk points identified, reviewed, graded with the seed's policy, published,
 * commented on, confirmed, and some made stale or retired — each through the domain's own transitions, so every point
 * obeys the review rules (a refused transition is a bug here and throws). Every event appends an entry to the unit's
 * journal chain. Uses only the unit's own random streams, so units can be generated in any order.
 */
final class UnitGenerator {
  /** The grading policy every generated grade comes from (S-6). */
  static final GradingPolicy POLICY = SeedGradingPolicy.standard();
  /** The actor who registers units: the municipal discipline commission's office. */
  static final String CITY_ACTOR = "jw-5301";

  private static final String NO_POWER = "相关业务";

  private final long seed;
  private final Plan plan;

  UnitGenerator(long seed, Plan plan) {
    this.seed = seed;
    this.plan = plan;
  }

  UnitBatch generate(UnitPlan u) {
    return new Work(u).run();
  }

  private enum Role {
    PRINCIPAL, DEPUTY, DISCIPLINE, HEAD, MEMBER
  }

  /** One post as laid out, before it becomes a {@link Post}. */
  private static final class Spec {
    final Role role;
    final String name;
    final Area area;
    final int riskiness;
    final int head;
    final int leader;
    final Set<Resource> disposes;
    final boolean discretionary;
    final boolean majorMatters;
    final EnumSet<AdministrativePower> powers = EnumSet.noneOf(AdministrativePower.class);
    final Transparency transparency;
    final List<Integer> powerItems = new ArrayList<>(2);

    Spec(Role role, String name, Area area, int riskiness, int head, int leader, Set<Resource> disposes,
        boolean discretionary, boolean majorMatters, Set<AdministrativePower> powers, Transparency transparency) {
      this.role = role;
      this.name = name;
      this.area = area;
      this.riskiness = riskiness;
      this.head = head;
      this.leader = leader;
      this.disposes = disposes;
      this.discretionary = discretionary;
      this.majorMatters = majorMatters;
      this.powers.addAll(powers);
      this.transparency = transparency;
    }

    PostProfile profile() {
      return new PostProfile(role == Role.PRINCIPAL, disposes, discretionary, majorMatters, powers, transparency);
    }
  }

  /** One risk point as laid out, before it is identified. */
  private record PointSpec(int post, RiskTexts.Risk template, int powerItem, String description, String manifestation,
      List<RiskSource> sources, DiscoveryMethod method, DiscoveryChannel channel, int[] owners,
      Assessment assessment, ReviewState state) {}

  private final class Work {
    private final UnitPlan u;
    private final SplittableRandom r;
    private final V7Ids ids;
    private final Timeline time = plan.timeline;
    private final List<JournalEntry> journal;
    private Optional<ChainHead> head = Optional.empty();
    private final String hrActor;

    Work(UnitPlan u) {
      this.u = u;
      this.r = Seeds.random(seed, u.index, Seeds.CONTENT);
      this.ids = new V7Ids(Seeds.random(seed, u.index, Seeds.IDS));
      this.journal = new ArrayList<>((int) Math.min(Integer.MAX_VALUE, u.journalEntries()));
      this.hrActor = "hr-" + u.code;
    }

    UnitBatch run() {
      // 1. the unit; its id is the first of its stream, as the plan made it
      long at = time.at(Phase.UNITS, u.index, 0, 1);
      UUID again = ids.at(at);
      if (!again.equals(u.id.value())) {
        throw new IllegalStateException("unit id stream out of step for " + u.code);
      }
      Optional<UnitId> parent = u.parent < 0 ? Optional.empty() : Optional.of(plan.units.get(u.parent).id);
      Unit unit = Unit.restore(u.id, u.code, u.name, u.kind, parent, 1);
      append(new OrganizationEvent.UnitRegistered(u.id, u.code, u.name, u.kind, parent), CITY_ACTOR, at);

      // 2. the organisation: posts with their holders and tenures, officials holding no post, the power list
      List<Spec> specs = layOut();
      List<PostTexts.Power> powerTemplates = new ArrayList<>();
      List<List<Integer>> powerPosts = new ArrayList<>();
      layOutPowers(specs, powerTemplates, powerPosts);

      int events = u.organisationEvents();
      int e = 0;
      List<Post> posts = new ArrayList<>(u.posts);
      List<Official> officials = new ArrayList<>(u.officials());
      List<Tenure> tenures = new ArrayList<>(u.posts);
      for (int i = 0; i < u.posts; i++) {
        Spec s = specs.get(i);
        at = time.at(Phase.ORGANISATION, u.index, e++, events);
        PostId postId = new PostId(ids.at(at));
        PostProfile profile = s.profile();
        Post post = Post.restore(postId, u.id, String.format(Locale.ROOT, "GW-%03d", i + 1), s.name, profile, 1);
        posts.add(post);
        append(new OrganizationEvent.PostRegistered(u.id, postId, post.code(), post.name(), profile), hrActor, at);

        at = time.at(Phase.ORGANISATION, u.index, e++, events);
        Official holder = official(i, at);
        officials.add(holder);

        at = time.at(Phase.ORGANISATION, u.index, e++, events);
        TenureId tenureId = new TenureId(ids.at(at));
        LocalDate start = tenureStart(s.role);
        tenures.add(Tenure.restore(tenureId, u.id, postId, holder.id(), start, Optional.empty(), 1));
        append(new OrganizationEvent.TenureBegun(u.id, tenureId, postId, holder.id(), start), hrActor, at);
      }
      for (int i = u.posts; i < u.officials(); i++) {
        officials.add(official(i, time.at(Phase.ORGANISATION, u.index, e++, events)));
      }
      List<PowerItem> powers = new ArrayList<>(u.powers);
      int[] perKind = new int[AdministrativePower.values().length];
      for (int i = 0; i < u.powers; i++) {
        at = time.at(Phase.ORGANISATION, u.index, e++, events);
        powers.add(powerItem(powerTemplates.get(i), powerPosts.get(i), posts, perKind, at));
      }

      // 3. risk points, through review (S-3, S-5, S-6, P-1, P-5)
      List<RiskPoint> points = riskPoints(specs, posts, officials, powers);
      return new UnitBatch(unit, posts, officials, tenures, powers, points, journal);
    }

    // ---------------------------------------------------------------- organisation

    private List<Spec> layOut() {
      String[] titles = UnitNames.titles(u.name, u.kind);
      int n = u.posts;
      List<Spec> specs = new ArrayList<>(n);
      specs.add(new Spec(Role.PRINCIPAL, titles[0], u.area, 2, 0, 0, EnumSet.allOf(Resource.class), true, true,
          Set.of(), Transparency.PARTIAL));
      int deputies = n >= 4 ? Math.min(5, Math.max(1, n / 10)) : (n >= 2 ? 1 : 0);
      for (int d = 0; d < deputies; d++) {
        specs.add(new Spec(Role.DEPUTY, titles[1], u.area, 2, specs.size(), 0,
            EnumSet.of(Resource.MONEY, Resource.GOODS), true, true, Set.of(), Transparency.PARTIAL));
      }
      if (u.depth <= 1 && n >= 12) {
        specs.add(new Spec(Role.DISCIPLINE, titles[2], Area.GENERAL, 0, specs.size(), 0, Set.of(), false, false,
            Set.of(), Transparency.PARTIAL));
      }
      int staff = n - specs.size();
      if (staff == 0) {
        return specs;
      }
      int teams = Math.max(1, (int) Math.round(staff / 7.0));
      double[] w = new double[teams];
      for (int t = 0; t < teams; t++) {
        w[t] = 0.6 + 0.8 * r.nextDouble();
      }
      int[] sizes = Seeds.apportion(staff - teams, w);
      boolean section = u.kind == UnitKind.INTERNAL_SECTION;
      List<String> used = new ArrayList<>();
      for (int t = 0; t < teams; t++) {
        Area area = t == 0 ? u.area : teamArea();
        String stem = teamStem(area, used);
        int leader = deputies == 0 ? 0 : 1 + t % deputies;
        int headIndex = specs.size();
        String teamName = stem + (section ? "组" : "科");
        specs.add(new Spec(Role.HEAD, teamName + (section ? "组长" : "科长"), area, 1, headIndex, leader,
            area.headDisposes, area.headDiscretionary, area.headMajorMatters, Set.of(), Transparency.PARTIAL));
        for (int m = 0; m < sizes[t]; m++) {
          Area.Role role = Texts.pick(r, area.roles());
          specs.add(new Spec(Role.MEMBER, role.name(), area, role.riskiness(), headIndex, leader, role.disposes(),
              role.discretionary(), role.majorMatters(), role.powers(), role.transparency()));
        }
      }
      return specs;
    }

    private Area teamArea() {
      double x = r.nextDouble();
      return switch (u.area) {
        case GENERAL -> x < 0.35 ? Area.RESOURCES : x < 0.7 ? Area.GENERAL : x < 0.85 ? Area.LICENSING_PENALTY
            : Area.MAJOR_PROJECTS;
        case RESOURCES -> x < 0.55 ? Area.RESOURCES : x < 0.8 ? Area.GENERAL : x < 0.9 ? Area.LICENSING_PENALTY
            : Area.MAJOR_PROJECTS;
        default -> x < 0.45 ? u.area : x < 0.65 ? Area.RESOURCES : x < 0.85 ? Area.GENERAL
            : u.area == Area.LICENSING_PENALTY ? Area.MAJOR_PROJECTS : Area.LICENSING_PENALTY;
      };
    }

    private String teamStem(Area area, List<String> used) {
      for (int round = 1; ; round++) {
        List<String> free = new ArrayList<>();
        for (String s : area.teams) {
          String name = round == 1 ? s : s + Texts.chineseNumber(Math.min(99, round));
          if (!used.contains(name)) {
            free.add(name);
          }
        }
        if (!free.isEmpty()) {
          String name = Texts.pick(r, free);
          used.add(name);
          return name;
        }
      }
    }

    /** Each power item belongs to a team: some of its members exercise it, often with their head (S-2). */
    private void layOutPowers(List<Spec> specs, List<PostTexts.Power> templates, List<List<Integer>> postsOf) {
      List<Integer> heads = new ArrayList<>();
      for (int i = 0; i < specs.size(); i++) {
        if (specs.get(i).role == Role.HEAD) {
          heads.add(i);
        }
      }
      List<String> names = new ArrayList<>();
      for (int k = 0; k < u.powers; k++) {
        List<Integer> on = new ArrayList<>(3);
        PostTexts.Power p;
        if (heads.isEmpty()) {
          // a unit of leaders only: the deputy, or the principal, exercises it
          p = powerTemplate(u.area, names);
          on.add(specs.size() > 1 ? 1 : 0);
        } else {
          int h = Texts.pick(r, heads);
          p = powerTemplate(specs.get(h).area, names);
          List<Integer> members = new ArrayList<>();
          for (int i = h + 1; i < specs.size() && specs.get(i).role == Role.MEMBER; i++) {
            members.add(i);
          }
          int want = members.isEmpty() ? 0 : 1 + r.nextInt(Math.min(3, members.size()));
          // those whose role already exercises this kind of power first, then anyone in the team
          for (int i : members) {
            if (on.size() < want && specs.get(i).powers.contains(p.kind())) {
              on.add(i);
            }
          }
          while (on.size() < want) {
            int i = Texts.pick(r, members);
            if (!on.contains(i)) {
              on.add(i);
            }
          }
          if (on.isEmpty() || r.nextInt(2) == 0) {
            on.add(0, h);
          }
        }
        templates.add(p);
        postsOf.add(on);
        for (int i : on) {
          specs.get(i).powers.add(p.kind());
          specs.get(i).powerItems.add(k);
        }
      }
    }

    private PostTexts.Power powerTemplate(Area area, List<String> usedNames) {
      List<PostTexts.Power> list = PostTexts.POWERS.get(area);
      PostTexts.Power p = Texts.pick(r, list);
      String name = p.name();
      for (int k = 2; usedNames.contains(name); k++) {
        name = p.name() + "（" + Texts.chineseNumber(Math.min(99, k)) + "）";
      }
      usedNames.add(name);
      return new PostTexts.Power(p.kind(), name, p.law());
    }

    private Official official(int i, long at) {
      OfficialId id = new OfficialId(ids.at(at));
      boolean rare = (u.index * 7L + i) % 53 == 0;
      String staffNumber = u.code + "-" + String.format(Locale.ROOT, "%04d", i + 1);
      Official o = Official.restore(id, u.id, staffNumber, PersonNames.personName(r, rare), 1);
      append(new OrganizationEvent.OfficialRegistered(u.id, id, staffNumber, o.name()), hrActor, at);
      return o;
    }

    private LocalDate tenureStart(Role role) {
      boolean leader = role == Role.PRINCIPAL || role == Role.DEPUTY;
      LocalDate from = leader ? LocalDate.of(2006, 1, 1) : LocalDate.of(1995, 1, 1);
      int days = (int) (LocalDate.of(2010, 8, 1).toEpochDay() - from.toEpochDay());
      return from.plusDays(r.nextInt(days));
    }

    private PowerItem powerItem(PostTexts.Power p, List<Integer> on, List<Post> posts, int[] perKind, long at) {
      PowerItemId id = new PowerItemId(ids.at(at));
      String prefix = switch (p.kind()) {
        case LICENSING -> "许可";
        case PENALTY -> "处罚";
        case ENFORCEMENT -> "强制";
        case COLLECTION -> "征收";
        case OTHER -> "其他";
      };
      String code = prefix + "-" + String.format(Locale.ROOT, "%03d", ++perKind[p.kind().ordinal()]);
      String basis = p.law() + "第" + Texts.chineseNumber(1 + r.nextInt(80)) + "条"
          + (r.nextInt(3) == 0 ? "、第" + Texts.chineseNumber(1 + r.nextInt(80)) + "条" : "");
      String boundary = PostTexts.boundary(r, u.name);
      String responsibility = PostTexts.responsibility(r);
      List<PostId> postIds = on.stream().sorted().map(i -> posts.get(i).id()).toList();
      PowerItem item = PowerItem.restore(id, u.id, code, p.name(), p.kind(), basis, boundary, responsibility,
          Set.copyOf(postIds), 1);
      append(new OrganizationEvent.PowerItemRegistered(u.id, id, code, p.name(), p.kind(), basis, boundary,
          responsibility, Set.copyOf(postIds)), hrActor, at);
      return item;
    }

    // ---------------------------------------------------------------- risk points

    private List<RiskPoint> riskPoints(
        List<Spec> specs, List<Post> posts, List<Official> officials, List<PowerItem> powers) {
      int total = u.points();
      List<PointSpec> specsOfPoints = layOutPoints(specs, posts, powers, total);
      RiskPoint[] rp = new RiskPoint[total];
      String principal = officials.get(0).staffNumber();
      String reviewer = officials.get(reviewerPost(specs)).staffNumber();

      // identification (S-3): owners named at once (P-1)
      for (int j = 0; j < total; j++) {
        PointSpec s = specsOfPoints.get(j);
        long at = time.at(Phase.IDENTIFICATION, u.index, j, total);
        RiskPointId id = new RiskPointId(ids.at(at));
        String code = String.format(Locale.ROOT, "FX-%04d", j + 1);
        RiskLocation location = s.post < 0 ? RiskLocation.unitWide(u.id)
            : RiskLocation.onPost(u.id, posts.get(s.post).id());
        if (s.powerItem >= 0) {
          location = location.forPower(powers.get(s.powerItem).id());
        }
        OwnerChain owners = new OwnerChain(officials.get(s.owners[0]).id(), officials.get(s.owners[1]).id(),
            officials.get(s.owners[2]).id());
        String actor = switch (s.method) {
          case SELF -> officials.get(s.owners[0]).staffNumber();
          case COLLEAGUES -> officials.get(s.owners[1]).staffNumber();
          case ORGANISATION -> officials.get(s.owners[2]).staffNumber();
          case PUBLIC -> reviewer;
          case COLLECTIVE -> principal;
        };
        RiskDescription d = new RiskDescription(s.template.category(), s.description, s.manifestation, s.sources,
            s.method, s.channel);
        CustomFields custom = custom(code, s, Timeline.day(at));
        Change<RiskPoint> c = RiskPoint.identify(id, code, location, d, Optional.of(owners), custom, actor,
            Instant.ofEpochMilli(at));
        rp[j] = c.after();
        append(c, actor, at);
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
        PostProfile profile = s.post < 0 ? wholeUnit : posts.get(s.post).profile();
        Grade grade = POLICY.grade(new GradingInput(s.assessment, profile));
        Assessment a = s.assessment;
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
        rp[j] = apply(rp[j].publish(reviewer, Instant.ofEpochMilli(at), Timeline.day(at), scope, noticeStart, noticeEnd),
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
            s.post < 0 ? "本单位" : posts.get(s.post).name(), "");
        // as core's command runner does, the journal seals who commented (P-11); the point keeps it
        rp[j] = apply(rp[j].comment(author, Instant.ofEpochMilli(at), Timeline.day(at), text),
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

      // revision (S-12, P-3): some points go stale after a change, a few are retired
      List<Integer> revised = select(specsOfPoints, ReviewState.STALE, ReviewState.RETIRED);
      for (int k = 0; k < revised.size(); k++) {
        int j = revised.get(k);
        long at = time.at(Phase.REVISION, u.index, k, revised.size());
        Instant when = Instant.ofEpochMilli(at);
        if (specsOfPoints.get(j).state == ReviewState.STALE) {
          String cause = Texts.pick(r, RiskTexts.STALE_CAUSES);
          Change<RiskPoint> c = rp[j].markStale(hrActor, when, cause).orElseThrow();
          rp[j] = c.after();
          append(c, hrActor, at);
        } else {
          String reason = Texts.pick(r, RiskTexts.RETIRE_REASONS);
          rp[j] = apply(rp[j].retire(reviewer, when, reason), reviewer, at);
        }
      }

      List<RiskPoint> out = new ArrayList<>(total);
      for (int j = 0; j < total; j++) {
        if (rp[j].state() != specsOfPoints.get(j).state) {
          throw new IllegalStateException(rp[j].code() + " ended " + rp[j].state() + ", planned "
              + specsOfPoints.get(j).state);
        }
        out.add(rp[j].withVersion(1));
      }
      return out;
    }

    private int reviewerPost(List<Spec> specs) {
      for (int i = 0; i < specs.size(); i++) {
        if (specs.get(i).role == Role.DISCIPLINE) {
          return i;
        }
      }
      return specs.size() > 1 && specs.get(1).role == Role.DEPUTY ? 1 : 0;
    }

    private List<PointSpec> layOutPoints(List<Spec> specs, List<Post> posts, List<PowerItem> powers, int total) {
      int unitWide = u.unitWidePoints;
      int onPosts = total - unitWide;
      double[] w = new double[specs.size()];
      for (int i = 0; i < w.length; i++) {
        double base = switch (specs.get(i).role) {
          case PRINCIPAL -> 1.4;
          case DEPUTY -> 1.2;
          case DISCIPLINE -> 0.6;
          case HEAD -> 1.2;
          case MEMBER -> 0.6 + 0.4 * specs.get(i).riskiness;
        };
        w[i] = base * (0.7 + 0.6 * r.nextDouble());
      }
      int[] perPost;
      if (onPosts >= specs.size()) {
        perPost = Seeds.apportion(onPosts - specs.size(), w);
        for (int i = 0; i < perPost.length; i++) {
          perPost[i]++;
        }
      } else {
        perPost = Seeds.apportion(onPosts, w);
      }

      // the planned states, in a seeded order
      ReviewState[] states = new ReviewState[total];
      int k = 0;
      for (ReviewState s : ReviewState.values()) {
        for (int c = 0; c < u.count(s); c++) {
          states[k++] = s;
        }
      }
      for (int i = total - 1; i > 0; i--) {
        int j = r.nextInt(i + 1);
        ReviewState t = states[i];
        states[i] = states[j];
        states[j] = t;
      }

      List<Integer> heads = new ArrayList<>();
      for (int i = 0; i < specs.size(); i++) {
        if (specs.get(i).role == Role.HEAD) {
          heads.add(i);
        }
      }
      List<PointSpec> out = new ArrayList<>(total);
      List<RiskTexts.Risk> used = new ArrayList<>();
      for (int j = 0; j < unitWide; j++) {
        int direct = heads.isEmpty() ? 0 : Texts.pick(r, heads);
        out.add(point(-1, pickRisk(RiskTexts.UNIT_WIDE, used), -1, "本单位", new int[] {direct, direct, 0}, 1,
            states[out.size()]));
      }
      for (int i = 0; i < specs.size(); i++) {
        Spec s = specs.get(i);
        used.clear();
        for (int c = 0; c < perPost[i]; c++) {
          double x = r.nextDouble();
          List<RiskTexts.Risk> group;
          boolean ofArea = false;
          switch (s.role) {
            case PRINCIPAL, DEPUTY -> {
              group = x < 0.55 ? RiskTexts.LEADER : x < 0.8 ? RiskTexts.COMMON : RiskTexts.RISKS.get(leaderArea(specs, i));
              ofArea = x >= 0.8;
            }
            case DISCIPLINE -> group = x < 0.5 ? RiskTexts.RISKS.get(Area.GENERAL) : RiskTexts.COMMON;
            case HEAD -> {
              group = x < 0.6 ? RiskTexts.RISKS.get(s.area) : x < 0.85 ? RiskTexts.COMMON : RiskTexts.RISKS.get(Area.GENERAL);
              ofArea = x < 0.6;
            }
            default -> {
              group = x < 0.65 ? RiskTexts.RISKS.get(s.area) : x < 0.9 ? RiskTexts.COMMON : RiskTexts.RISKS.get(Area.GENERAL);
              ofArea = x < 0.65;
            }
          }
          int item = ofArea && !s.powerItems.isEmpty() && s.role != Role.PRINCIPAL && r.nextInt(10) < 7
              ? Texts.pick(r, s.powerItems) : -1;
          int[] owners = switch (s.role) {
            case PRINCIPAL -> new int[] {i, i, 0};
            case DEPUTY, DISCIPLINE -> new int[] {i, i, 0};
            case HEAD -> new int[] {i, i, s.leader};
            case MEMBER -> new int[] {i, s.head, s.leader};
          };
          String powerName = item < 0 ? NO_POWER : powers.get(item).name();
          out.add(point(i, pickRisk(group, used), item, posts.get(i).name(), owners, s.riskiness,
              states[out.size()], powerName));
        }
      }
      return out;
    }

    private Area leaderArea(List<Spec> specs, int leader) {
      for (Spec s : specs) {
        if (s.role == Role.HEAD && s.leader == leader) {
          return s.area;
        }
      }
      return u.area;
    }

    private RiskTexts.Risk pickRisk(List<RiskTexts.Risk> group, List<RiskTexts.Risk> used) {
      RiskTexts.Risk t = Texts.pick(r, group);
      for (int tries = 0; tries < 3 && used.contains(t); tries++) {
        t = Texts.pick(r, group);
      }
      used.add(t);
      return t;
    }

    private PointSpec point(int post, RiskTexts.Risk t, int item, String postName, int[] owners, int riskiness,
        ReviewState state) {
      return point(post, t, item, postName, owners, riskiness, state, NO_POWER);
    }

    private PointSpec point(int post, RiskTexts.Risk t, int item, String postName, int[] owners, int riskiness,
        ReviewState state, String powerName) {
      String description = Texts.expand(r, t.description(), postName, powerName);
      if (item >= 0 && !t.description().contains("{w}") && r.nextBoolean()) {
        description = "在“" + powerName + "”事项中，" + description;
      }
      if (r.nextInt(10) < 3) {
        description = description + Texts.pick(r, RiskTexts.QUALIFIERS);
      }
      String manifestation = Texts.expand(r, t.manifestation(), postName, powerName);
      List<RiskSource> sources = new ArrayList<>(t.sources().size() + 1);
      for (var kind : t.sources()) {
        sources.add(new RiskSource(kind, Texts.pick(r, RiskTexts.SOURCE_TEXTS.get(kind))));
      }
      if (r.nextInt(20) == 0) {
        sources.add(new RiskSource(org.lianfang.risk.SourceKind.OTHER,
            Texts.pick(r, RiskTexts.SOURCE_TEXTS.get(org.lianfang.risk.SourceKind.OTHER))));
      }
      DiscoveryMethod method = method();
      DiscoveryChannel channel = channel(method);
      int p = Math.min(5, 1 + r.nextInt(2 + riskiness) + (channel == DiscoveryChannel.DIRECT ? 0 : 1));
      int h = Math.min(5, 1 + r.nextInt(2 + riskiness) + (t.major() ? 1 : 0));
      boolean common = post < 0 ? t.common() || r.nextInt(10) < 3 : r.nextInt(100) < 3;
      return new PointSpec(post, t, item, description, manifestation, sources, method, channel, owners,
          new Assessment(p, h, t.major(), common), state);
    }

    private DiscoveryMethod method() {
      int x = r.nextInt(100);
      return x < 35 ? DiscoveryMethod.SELF : x < 60 ? DiscoveryMethod.COLLEAGUES
          : x < 85 ? DiscoveryMethod.ORGANISATION : x < 95 ? DiscoveryMethod.PUBLIC : DiscoveryMethod.COLLECTIVE;
    }

    private DiscoveryChannel channel(DiscoveryMethod method) {
      if (method == DiscoveryMethod.PUBLIC) {
        return r.nextBoolean() ? DiscoveryChannel.PUBLIC_REPORT : DiscoveryChannel.SURVEY;
      }
      int x = r.nextInt(100);
      return x < 85 ? DiscoveryChannel.DIRECT : x < 90 ? DiscoveryChannel.FINANCIAL_AUDIT
          : x < 94 ? DiscoveryChannel.ENFORCEMENT_INSPECTION : x < 97 ? DiscoveryChannel.PUBLIC_REPORT
          : x < 99 ? DiscoveryChannel.SURVEY : DiscoveryChannel.OTHER;
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
        m.put("reported", new CustomValue.Flag(s.channel == DiscoveryChannel.PUBLIC_REPORT));
      }
      return m.isEmpty() ? CustomFields.none() : CustomFields.of(m);
    }

    private List<Integer> select(List<PointSpec> points, ReviewState... states) {
      Set<ReviewState> wanted = EnumSet.of(states[0], states);
      List<Integer> out = new ArrayList<>();
      for (int j = 0; j < points.size(); j++) {
        if (wanted.contains(points.get(j).state)) {
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

    // ---------------------------------------------------------------- journal

    private RiskPoint apply(Outcome<Change<RiskPoint>> outcome, String actor, long at) {
      Change<RiskPoint> c = outcome.orElseThrow();
      append(c, actor, at);
      return c.after();
    }

    /** Appends the change's events as core's command runner would. */
    private void append(Change<RiskPoint> c, String actor, long at) {
      c.events().forEach(e -> append(e, actor, at));
    }

    /** Appends one event: its type and canonical JSON, as core's command runner writes them. */
    private void append(DomainEvent event, String actor, long at) {
      JournalEntry e = JournalChain.next(head, u.id, event.type(), actor, Instant.ofEpochMilli(at),
          CanonicalJson.of(event));
      journal.add(e);
      head = Optional.of(e.head());
    }
  }
}

package org.lianfang.examples.city;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.lianfang.examples.city.PostSpec.Role;
import org.lianfang.examples.city.Timeline.Phase;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.OrganizationEvent;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.TenureId;
import org.lianfang.organization.Transparency;
import org.lianfang.organization.UnitKind;

/**
 * Generates a unit's organisation: lays out its posts (leaders, then teams with their heads and members) and its power
 * list (S-2), then registers the posts with their holders and open tenures, the officials holding no post, and the
 * power items, appending each event to the unit's journal.
 */
final class OrganisationGenerator extends UnitWork {
  /** A unit's organisation as generated, with the layout of its posts that the risk points are drawn from. */
  record Organisation(List<PostSpec> specs, List<Post> posts, List<Official> officials, List<Tenure> tenures,
      List<PowerItem> powers) {}

  OrganisationGenerator(UnitWork shared) {
    super(shared);
  }

  /** @return the organisation: posts with their holders and tenures, officials holding no post, the power list */
  Organisation run() {
    List<PostSpec> specs = layOut();
    List<PostTexts.Power> powerTemplates = new ArrayList<>();
    List<List<Integer>> powerPosts = new ArrayList<>();
    layOutPowers(specs, powerTemplates, powerPosts);

    int events = u.organisationEvents();
    int e = 0;
    List<Post> posts = new ArrayList<>(u.posts);
    List<Official> officials = new ArrayList<>(u.officials());
    List<Tenure> tenures = new ArrayList<>(u.posts);
    for (int i = 0; i < u.posts; i++) {
      PostSpec s = specs.get(i);
      long at = time.at(Phase.ORGANISATION, u.index, e++, events);
      PostId postId = new PostId(ids.at(at));
      PostProfile profile = s.profile();
      Post post = Post.restore(postId, u.id, String.format(Locale.ROOT, "GW-%03d", i + 1), s.name, profile, 1);
      posts.add(post);
      append(new OrganizationEvent.PostRegistered(u.id, postId, post.code(), post.name(), profile), post, hrActor, at);

      at = time.at(Phase.ORGANISATION, u.index, e++, events);
      Official holder = official(i, at);
      officials.add(holder);

      at = time.at(Phase.ORGANISATION, u.index, e++, events);
      TenureId tenureId = new TenureId(ids.at(at));
      LocalDate start = tenureStart(s.role);
      Tenure tenure = Tenure.restore(tenureId, u.id, postId, holder.id(), start, Optional.empty(), 1);
      tenures.add(tenure);
      append(new OrganizationEvent.TenureBegun(u.id, tenureId, postId, holder.id(), start), tenure, hrActor, at);
    }
    for (int i = u.posts; i < u.officials(); i++) {
      officials.add(official(i, time.at(Phase.ORGANISATION, u.index, e++, events)));
    }
    List<PowerItem> powers = new ArrayList<>(u.powers);
    int[] perKind = new int[AdministrativePower.values().length];
    for (int i = 0; i < u.powers; i++) {
      long at = time.at(Phase.ORGANISATION, u.index, e++, events);
      powers.add(powerItem(powerTemplates.get(i), powerPosts.get(i), posts, perKind, at));
    }
    return new Organisation(specs, posts, officials, tenures, powers);
  }

  private List<PostSpec> layOut() {
    String[] titles = UnitNames.titles(u.name, u.kind);
    int n = u.posts;
    List<PostSpec> specs = new ArrayList<>(n);
    specs.add(new PostSpec(Role.PRINCIPAL, titles[0], u.area, 2, 0, 0, EnumSet.allOf(Resource.class), true, true,
        Set.of(), Transparency.PARTIAL));
    int deputies = n >= 4 ? Math.min(5, Math.max(1, n / 10)) : (n >= 2 ? 1 : 0);
    for (int d = 0; d < deputies; d++) {
      specs.add(new PostSpec(Role.DEPUTY, titles[1], u.area, 2, specs.size(), 0,
          EnumSet.of(Resource.MONEY, Resource.GOODS), true, true, Set.of(), Transparency.PARTIAL));
    }
    if (u.depth <= 1 && n >= 12) {
      specs.add(new PostSpec(Role.DISCIPLINE, titles[2], Area.GENERAL, 0, specs.size(), 0, Set.of(), false, false,
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
      specs.add(new PostSpec(Role.HEAD, teamName + (section ? "组长" : "科长"), area, 1, headIndex, leader,
          area.headDisposes, area.headDiscretionary, area.headMajorMatters, Set.of(), Transparency.PARTIAL));
      for (int m = 0; m < sizes[t]; m++) {
        Area.Role role = Texts.pick(r, area.roles());
        specs.add(new PostSpec(Role.MEMBER, role.name(), area, role.riskiness(), headIndex, leader, role.disposes(),
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
  private void layOutPowers(List<PostSpec> specs, List<PostTexts.Power> templates, List<List<Integer>> postsOf) {
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
    append(new OrganizationEvent.OfficialRegistered(u.id, id, staffNumber, o.name()), o, hrActor, at);
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
        Set.copyOf(postIds), Optional.empty(), 1);
    append(new OrganizationEvent.PowerItemRegistered(u.id, id, code, p.name(), p.kind(), basis, boundary,
        responsibility, Set.copyOf(postIds)), item, hrActor, at);
    return item;
  }
}

package org.lianfang.examples.city;

import java.util.ArrayList;
import java.util.List;
import org.lianfang.examples.city.PostSpec.Role;
import org.lianfang.grading.Assessment;
import org.lianfang.organization.Post;
import org.lianfang.organization.PowerItem;
import org.lianfang.risk.DiscoveryChannel;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskSource;

/**
 * Lays out a unit's risk points before any is identified: how many each post gets, which template each comes from
 * (by the post's role and area, S-4, S-17), its power item, text, sources (S-3), how it was found, its owners (P-1),
 * its assessment (S-6) and the review state it is planned to reach.
 */
final class PointLayout extends UnitWork {
  private static final String NO_POWER = "相关业务";

  /** One risk point as laid out, before it is identified. */
  record PointSpec(int post, RiskTexts.Risk template, int powerItem, String description, String manifestation,
      List<RiskSource> sources, DiscoveryMethod method, DiscoveryChannel channel, int[] owners,
      Assessment assessment, ReviewState state) {}

  PointLayout(UnitWork shared) {
    super(shared);
  }

  /** @return the unit's {@code total} risk points, the unit-wide ones first, then post by post */
  List<PointSpec> layOutPoints(List<PostSpec> specs, List<Post> posts, List<PowerItem> powers, int total) {
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
      PostSpec s = specs.get(i);
      used.clear();
      for (int c = 0; c < perPost[i]; c++) {
        double x = r.nextDouble();
        List<RiskTexts.Risk> group;
        boolean ofArea = false;
        switch (s.role) {
          case PRINCIPAL, DEPUTY -> {
            group = x < 0.55 ? RiskTexts.LEADER : x < 0.8 ? RiskTexts.COMMON
                : RiskTexts.RISKS.get(leaderArea(specs, i));
            ofArea = x >= 0.8;
          }
          case DISCIPLINE -> group = x < 0.5 ? RiskTexts.RISKS.get(Area.GENERAL) : RiskTexts.COMMON;
          case HEAD -> {
            group = x < 0.6 ? RiskTexts.RISKS.get(s.area) : x < 0.85 ? RiskTexts.COMMON
                : RiskTexts.RISKS.get(Area.GENERAL);
            ofArea = x < 0.6;
          }
          default -> {
            group = x < 0.65 ? RiskTexts.RISKS.get(s.area) : x < 0.9 ? RiskTexts.COMMON
                : RiskTexts.RISKS.get(Area.GENERAL);
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

  private Area leaderArea(List<PostSpec> specs, int leader) {
    for (PostSpec s : specs) {
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
}

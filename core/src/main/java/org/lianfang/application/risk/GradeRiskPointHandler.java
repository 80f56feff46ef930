package org.lianfang.application.risk;

import java.util.List;
import org.lianfang.Outcome;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Session;
import org.lianfang.grading.Assessment;
import org.lianfang.grading.GradingInput;
import org.lianfang.grading.GradingPolicy;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.PowerItem;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/** Grades or re-grades a risk point with the policy in force (S-6, P-3, P-4). */
final class GradeRiskPointHandler implements CommandHandler<GradeRiskPoint, RiskPointId> {
  private final GradingPolicy policy;

  GradeRiskPointHandler(GradingPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Outcome<RiskPointId> execute(Session s, GradeRiskPoint c) {
    Assessment a = new Assessment(c.probability(), c.harm(), c.majorMatter(), c.commonProblem());
    return RiskPointAction.apply(s, c.riskPoint(), c.expectedVersion(), Operation.GRADE_RISK,
        p -> p.grade(s.actor().id(), s.now(), a, policy.grade(new GradingInput(a, profile(s, p)))));
  }

  /**
   * The post's facts, with the administrative powers it exercises through the unit's power list (S-2) added to those
   * its profile names, so the two records of a post's powers never disagree in a grade; for a unit-wide point, the
   * union over the unit's posts. A point on a post reads only that post and its power items, at once where the store
   * can ({@link org.lianfang.spi.OrganizationStore#exercisedProfile}, issue 9).
   */
  static PostProfile profile(Session s, RiskPoint p) {
    if (p.location().post().isPresent()) {
      return PostProfile.union(s.store().exercisedProfile(p.location().post().get()).stream().toList());
    }
    List<PowerItem> powerList = s.store().powerItems().inUnit(p.location().unit());
    return PostProfile.union(s.store().posts().inUnit(p.location().unit()).stream().map(post -> post.profile()
        .withPowers(powerList.stream().filter(item -> item.posts().contains(post.id())).map(PowerItem::kind)
            .toList())).toList());
  }
}

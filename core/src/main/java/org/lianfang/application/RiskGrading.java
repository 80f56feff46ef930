package org.lianfang.application;

import java.util.List;
import org.lianfang.Outcome;
import org.lianfang.access.Operation;
import org.lianfang.grading.Assessment;
import org.lianfang.grading.GradingInput;
import org.lianfang.grading.GradingPolicy;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostProfile;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/** Grades or re-grades a risk point with the policy in force (S-6, P-3, P-4). */
final class RiskGrading implements UseCase<GradeRiskPoint, RiskPointId> {
  private final GradingPolicy policy;

  RiskGrading(GradingPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Outcome<RiskPointId> execute(Session s, GradeRiskPoint c) {
    Assessment a = new Assessment(c.probability(), c.harm(), c.majorMatter(), c.commonProblem());
    return RiskPointAction.apply(s, c.riskPoint(), Operation.GRADE_RISK,
        p -> p.grade(s.actor.id(), s.now, a, policy.grade(new GradingInput(a, profile(s, p)))));
  }

  /** The post's facts; for a unit-wide point, the union of the unit's posts. */
  static PostProfile profile(Session s, RiskPoint p) {
    if (p.location().post().isPresent()) {
      return s.store.posts().find(p.location().post().get()).map(Post::profile).orElse(PostProfile.ordinary());
    }
    List<PostProfile> all = s.store.posts().inUnit(p.location().unit()).stream().map(Post::profile).toList();
    return PostProfile.union(all);
  }
}

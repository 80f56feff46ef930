package org.lianfang.application.risk;

import java.time.Duration;
import java.time.Instant;
import org.lianfang.Outcome;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.Visibility;
import org.lianfang.internal.Ids;
import org.lianfang.risk.CommentLimits;
import org.lianfang.risk.PublicNotice;
import org.lianfang.risk.RiskPointId;

/** A comment during a notice (P-5), within the notice's bounds ({@link CommentLimits}; issue 10, finding 5). */
final class CommentOnNoticeHandler implements CommandHandler<CommentOnNotice, RiskPointId> {
  private final CommentLimits limits;
  private final Ids ids;

  CommentOnNoticeHandler(CommentLimits limits, Ids ids) {
    this.limits = limits;
    this.ids = ids;
  }

  @Override
  public Outcome<RiskPointId> execute(Session s, CommentOnNotice c) {
    return RiskPointAction.apply(s, c.riskPoint(), c.expectedVersion(), Operation.COMMENT, p -> {
      PublicNotice shown = p.riskReview().notice().orElse(null);
      if (shown != null && !Visibility.seesNotice(s, p.location().unit(), shown.audience())) {
        // a notice the actor is not among the audience of, as if there were no such point (issue 10, findings 11, 12)
        return Outcome.refused(Refusals.unknown("风险点", "risk point", c.riskPoint()));
      }
      var commented = p.comment(s.actor().id(), s.now(), s.today(), c.text(), ids.seal());
      PublicNotice notice = p.riskReview().notice().orElse(null);
      // a point not on notice, or past its notice, is refused by the comment itself, in its own words, first
      if (commented.isAccepted() && notice != null) {
        if (notice.comments().size() >= limits.perNotice()) {
          return Outcome.refused(Refusals.rule("该公示已收到 " + notice.comments().size() + " 条意见，已达上限 "
              + limits.perNotice() + " 条", "the notice holds " + notice.comments().size()
              + " comments, its limit of " + limits.perNotice()));
        }
        Instant since = s.now().minus(Duration.ofDays(1));
        long today = notice.comments().stream().filter(x -> x.authorId().equals(s.actor().id())
            && x.receivedAt().isAfter(since)).count();
        if (today >= limits.perActorPerDay()) {
          return Outcome.refused(Refusals.rule("24 小时内对该公示的意见已达上限 " + limits.perActorPerDay() + " 条",
              "the limit of " + limits.perActorPerDay() + " comments on this notice within 24 hours is reached"));
        }
      }
      return commented;
    });
  }
}

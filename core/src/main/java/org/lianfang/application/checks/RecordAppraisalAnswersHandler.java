package org.lianfang.application.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lianfang.Change;
import org.lianfang.Limits;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.checks.AppraisalComment;
import org.lianfang.checks.AppraisalCounts;
import org.lianfang.checks.AppraisalItem;
import org.lianfang.checks.AppraisalPlan;
import org.lianfang.checks.AppraisalRating;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.AppraisalRoundId;
import org.lianfang.checks.CheckPolicy;
import org.lianfang.internal.Ids;
import org.lianfang.internal.Texts;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.RectificationOrigin;
import org.lianfang.monitoring.RectificationTerms;
import org.lianfang.monitoring.WorkingTime;

/**
 * Records answers collected for a round today (P-25), found as {@link Appraisals#find} finds it: each names an item of
 * the round, a rating of its scale, a comment only for one respondent, a contact only with a comment, and no item's
 * rating is counted past {@link Integer#MAX_VALUE}. The counts are
 * added; each comment is kept, any contact sealed with a seal of its own (P-11); each dissatisfied comment opens a
 * rectification item (origin appraisal) of the item's owner, due in the policy's working days, naming the item's risk
 * point if it asks about one.
 */
final class RecordAppraisalAnswersHandler implements CommandHandler<RecordAppraisalAnswers, AppraisalRoundId> {
  private final Ids ids;
  private final CheckPolicy policy;
  private final WorkingTime time;

  RecordAppraisalAnswersHandler(Ids ids, CheckPolicy policy, WorkingTime time) {
    this.ids = ids;
    this.policy = policy;
    this.time = time;
  }

  @Override
  public Outcome<AppraisalRoundId> execute(Session s, RecordAppraisalAnswers c) {
    Appraisals.Found found = Appraisals.find(s, c.round(), c.expectedVersion());
    if (found.refused().isPresent()) {
      return Outcome.refused(found.refused().get());
    }
    AppraisalRound round = found.round();
    AppraisalPlan plan = round.plan();
    List<AppraisalCounts> added = new ArrayList<>(plan.items().size());
    plan.items().forEach(i -> added.add(AppraisalCounts.NONE));
    List<AppraisalComment> comments = new ArrayList<>();
    List<Change<RectificationItem>> opened = new ArrayList<>();
    long[][] totals = new long[plan.items().size()][AppraisalRating.values().length];
    for (int k = 0; k < totals.length; k++) {
      for (AppraisalRating r : AppraisalRating.values()) {
        totals[k][r.ordinal()] = round.counts().get(k).of(r);
      }
    }
    for (int i = 0; i < c.answers().size(); i++) {
      AppraisalAnswer a = c.answers().get(i);
      Optional<Refusal> refused = fault("answers[" + i + "]", a, plan);
      if (refused.isEmpty() && (totals[a.item()][a.rating().ordinal()] += a.count()) > Integer.MAX_VALUE) {
        refused = Optional.of(Refusals.invalid("answers[" + i + "].count", "WithinTheCount", "人数", "count",
            "该事项该等次的人数累计超过 " + Integer.MAX_VALUE, "the answers of the item and rating would pass "
                + Integer.MAX_VALUE));
      }
      if (refused.isPresent()) {
        return Outcome.refused(refused.get());
      }
      added.set(a.item(), added.get(a.item()).plus(AppraisalCounts.of(a.rating(), a.count())));
      if (a.comment().isPresent()) {
        Optional<RectificationItemId> item = Optional.empty();
        if (a.rating().dissatisfied()) {
          item = Optional.of(new RectificationItemId(ids.next()));
          opened.add(open(s, round, plan.items().get(a.item()), a, item.get()));
        }
        comments.add(new AppraisalComment(a.item(), a.rating(), a.comment().get(), a.contact(),
            a.contact().isPresent() ? ids.seal() : "", s.today(), item));
      }
    }
    return round.record(added, comments, s.today()).map(change -> {
      s.store().appraisalRounds().update(s.record(change));
      opened.forEach(o -> s.store().rectificationItems().insert(s.record(o)));
      return c.round();
    });
  }

  private Change<RectificationItem> open(Session s, AppraisalRound round, AppraisalItem asked, AppraisalAnswer a,
      RectificationItemId id) {
    String which = "群众评议（" + round.plan().title() + "）第 " + (a.item() + 1) + " 项";
    RectificationTerms terms = new RectificationTerms(RectificationOrigin.APPRAISAL, Optional.empty(),
        Texts.clip(which + "：" + asked.question() + " —— " + a.rating().chinese() + "：" + a.comment().get(),
            Limits.TEXT), Texts.clip(which + "所反映问题整改到位，评议人满意", Limits.TEXT),
        "核实群众意见，制定整改措施，整改后向评议人反馈", asked.owner(),
        time.plusWorkingDays(s.today(), policy.appraisalWorkingDays()), asked.point().stream().toList());
    return RectificationItem.open(id, round.unitId(), terms, s.today()).orElseThrow();
  }

  private static Optional<Refusal> fault(String at, AppraisalAnswer a, AppraisalPlan plan) {
    if (a.item() >= plan.items().size()) {
      return Optional.of(Refusals.invalid(at + ".item", "ItemOfTheRound", "评议事项", "appraisal item",
          "本轮评议只有 " + plan.items().size() + " 个事项（从 0 起编号）", "the round asks " + plan.items().size()
              + " items, numbered from 0"));
    }
    if (!plan.scale().ratings().contains(a.rating())) {
      return Optional.of(Refusals.invalid(at + ".rating", "OnTheScale", "评议等次", "rating", "“"
          + a.rating().chinese() + "”不在本轮的评议等次（" + plan.scale().chinese() + "）之内", a.rating().code()
              + " is not on the round's scale, " + plan.scale().code()));
    }
    if (a.comment().isPresent() && a.count() != 1) {
      return Optional.of(Refusals.invalid(at + ".count", "OneWithComment", "人数", "count",
          "附意见的评议只计一人", "an answer with a comment is one respondent's"));
    }
    if (a.contact().isPresent() && a.comment().isEmpty()) {
      return Optional.of(Refusals.invalid(at + ".contact", "ContactWithComment", "联系方式", "contact",
          "只有附意见的评议才留联系方式", "a contact is left only with a comment"));
    }
    return Optional.empty();
  }
}

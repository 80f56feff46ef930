package org.lianfang.application.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianfang.Change;
import org.lianfang.Limits;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Concerned;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.checks.CheckAction;
import org.lianfang.checks.CheckPolicy;
import org.lianfang.checks.CheckRating;
import org.lianfang.checks.CheckRow;
import org.lianfang.checks.CheckState;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.internal.Ids;
import org.lianfang.internal.Texts;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.RectificationOrigin;
import org.lianfang.monitoring.RectificationTerms;
import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningId;
import org.lianfang.monitoring.WarningNotice;
import org.lianfang.monitoring.WarningOrigin;
import org.lianfang.monitoring.WarningPolicy;
import org.lianfang.monitoring.WarningSubject;
import org.lianfang.organization.Post;
import org.lianfang.risk.RiskPointId;

/**
 * Takes a monthly check one step today (P-22), found as {@link Checks#find} finds it: submitting needs
 * {@code RECORD_CHECKS} on its post, a row for every measure in force on the post's live points and no row for any
 * other (a measure retired or a point retired since the rows were filled in); returning and
 * reviewing need {@code REVIEW_CHECKS} on its unit. A review opens a rectification item (origin {@code
 * MONTHLY_CHECK}, due by the {@link CheckPolicy}) for every row that falls short, owned by the measure's direct owner
 * and concerning the post's points it controls; and, when the policy names an approver of the unit or above, a
 * reminder for every measure rated NONE that the post's previous reviewed check rated NONE too, unless a reminder
 * an earlier check of the post raised on it is still being followed. The check names them.
 * Items are opened at review, not at submission: a check returned and submitted again would otherwise leave items for
 * ratings it no longer gives.
 */
final class MonthlyCheckStepHandler implements CommandHandler<MonthlyCheckStep, MonthlyCheckId> {
  private final Ids ids;
  private final CheckPolicy policy;
  private final WarningPolicy warnings;

  MonthlyCheckStepHandler(Ids ids, CheckPolicy policy, WarningPolicy warnings) {
    this.ids = ids;
    this.policy = policy;
    this.warnings = warnings;
  }

  @Override
  public Outcome<MonthlyCheckId> execute(Session s, MonthlyCheckStep c) {
    Operation op = c.action() == CheckAction.SUBMIT ? Operation.RECORD_CHECKS : Operation.REVIEW_CHECKS;
    Checks.Found found = Checks.find(s, c.check(), op, c.expectedVersion());
    if (found.refused().isPresent()) {
      return Outcome.refused(found.refused().get());
    }
    MonthlyCheck check = found.check();
    if (c.action() == CheckAction.REVIEW) {
      return review(s, check, found.post(), c.remark());
    }
    Outcome<Change<MonthlyCheck>> changed = check.act(c.action(), s.today(), c.remark());
    if (changed.isAccepted() && c.action() == CheckAction.SUBMIT) {
      PostMeasures scope = PostMeasures.of(s, check.unitId(), check.post());
      Optional<Refusal> off = scope.outside(check.rows()).or(() -> scope.uncovered(check.rows()));
      if (off.isPresent()) {
        return Outcome.refused(off.get());
      }
    }
    return changed.map(change -> {
      s.store().monthlyChecks().update(s.record(change));
      return c.check();
    });
  }

  private Outcome<MonthlyCheckId> review(Session s, MonthlyCheck check, Post post, Optional<String> remark) {
    if (remark.isPresent()) {
      return Outcome.refused(Refusals.invalid("remark", "RemarkWhereNeeded",
          "说明", "remark", "审核不附说明", "a review takes no remark"));
    }
    PostMeasures scope = PostMeasures.of(s, check.unitId(), check.post());
    Map<ControlMeasureId, ControlMeasure> measures = s.store().controlMeasures()
        .findAll(check.rows().stream().map(CheckRow::measure).toList());
    List<MonthlyCheck> ofPost = s.store().monthlyChecks().ofPost(check.post());
    Optional<MonthlyCheck> previous = ofPost.stream()
        .filter(k -> k.month().isBefore(check.month()) && k.state() == CheckState.REVIEWED)
        .reduce((a, b) -> b);
    boolean warns = policy.warningApprover().isPresent() && Concerned.people(s, check.unitId(), Optional.empty(),
        List.of(policy.warningApprover().get())).isEmpty();
    Map<ControlMeasureId, RectificationItemId> items = new LinkedHashMap<>();
    Map<ControlMeasureId, WarningId> reminders = new LinkedHashMap<>();
    List<Change<RectificationItem>> opened = new ArrayList<>();
    List<Change<Warning>> raised = new ArrayList<>();
    for (CheckRow row : check.rows()) {
      if (!row.rating().fallsShort()) {
        continue;
      }
      ControlMeasure m = measures.get(row.measure()); // a row names a measure of the unit, which is never deleted
      List<RiskPointId> points = scope.pointsOf(m);
      RectificationItemId item = new RectificationItemId(ids.next());
      String content = m.plan().content();
      RectificationTerms terms = new RectificationTerms(RectificationOrigin.MONTHLY_CHECK, Optional.empty(),
          row.problem().orElseThrow(), Texts.clip("防控措施“" + content + "”完全落实（" + check.month() + " 月查）",
              Limits.TEXT), row.requirement().orElseThrow(),
          m.plan().owners().directOwner(), policy.itemDue(s.today()), points);
      opened.add(RectificationItem.open(item, check.unitId(), terms, s.today()).orElseThrow());
      items.put(row.measure(), item);
      Optional<CheckRow> before = previous.flatMap(p -> p.row(row.measure()));
      boolean twice = row.rating() == CheckRating.NONE && before.map(r -> r.rating() == CheckRating.NONE)
          .orElse(false);
      boolean followed = ofPost.stream().flatMap(k -> k.row(row.measure()).flatMap(CheckRow::warning).stream())
          .flatMap(w -> s.store().warnings().find(w).stream()).anyMatch(w -> !w.state().isFinal());
      if (twice && warns && !followed) {
        WarningId w = new WarningId(ids.next());
        String facts = "岗位 " + post.code() + " " + post.name() + " 的防控措施“" + content + "”在 "
            + previous.get().month() + " 和 " + check.month() + " 两次月查中均未落实";
        WarningNotice notice = new WarningNotice(Texts.clip("月查预警〔" + check.month() + "〕" + post.code(),
            Limits.NAME), WarningOrigin.CHECK, Texts.clip(facts, Limits.TEXT), Texts.clip("说明原因，落实防控措施："
            + row.requirement().orElseThrow(), Limits.TEXT), policy.warningApprover().get());
        raised.add(Warning.issue(w, check.unitId(), new WarningSubject(Optional.of(post.id()), Optional.empty(),
            points), notice, policy.level(), s.today(), warnings));
        reminders.put(row.measure(), w);
      }
    }
    return check.review(s.today(), items, reminders).map(change -> {
      s.store().monthlyChecks().update(s.record(change));
      opened.forEach(o -> s.store().rectificationItems().insert(s.record(o)));
      raised.forEach(w -> s.store().warnings().insert(s.record(w)));
      return check.id();
    });
  }
}

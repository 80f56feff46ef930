package org.lianfang.monitoring;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.lianfang.Refusal;

/** What each step of a warning takes beside its day: a reply, a remark, a verification deadline, or nothing. */
final class WarningSteps {
  private static final Set<WarningAction> REMARKED = Set.of(WarningAction.RETURN_REPLY, WarningAction.VERIFY,
      WarningAction.FAIL_VERIFICATION, WarningAction.TRANSFER, WarningAction.CANCEL);

  private WarningSteps() {}

  /** @return a refusal naming the first part given that the step does not take, or missing that it needs */
  static Optional<Refusal> refuseParts(WarningAction action, Optional<WarningReply> reply, Optional<String> remark,
      Optional<LocalDate> verifyBy, LocalDate day) {
    boolean replies = action == WarningAction.REPLY;
    if (replies != reply.isPresent()) {
      return Optional.of(Refusal.invalidField("reply", "ReplyToReply", "回复材料", "reply",
          replies ? "回复须附剖析材料、承诺和整改措施" : "只有回复时才提交回复材料",
          replies ? "a reply needs its self-analysis, pledge and plan" : "a reply's parts go with a reply only"));
    }
    boolean remarked = REMARKED.contains(action);
    if (remarked != remark.isPresent()) {
      return Optional.of(Refusal.invalidField("remark", "RemarkWhereNeeded", "说明", "remark",
          remarked ? action.chinese() + "须说明理由或验证情况" : action.chinese() + "不附说明",
          remarked ? action.code() + " needs its reason or what was found" : action.code() + " takes no remark"));
    }
    boolean accepts = action == WarningAction.ACCEPT_REPLY;
    if (accepts != verifyBy.isPresent()) {
      return Optional.of(Refusal.invalidField("verifyBy", "DeadlineToAccept", "验证期限", "verification deadline",
          accepts ? "受理回复须定出验证期限" : "只有受理回复时才定验证期限",
          accepts ? "accepting a reply sets the verification deadline" : "a verification deadline goes with "
              + "accepting a reply only"));
    }
    if (accepts && verifyBy.get().isBefore(day)) {
      return Optional.of(Refusal.invalidField("verifyBy", "NotInThePast", "验证期限", "verification deadline",
          "验证期限 " + verifyBy.get() + " 早于今天 " + day, "the deadline " + verifyBy.get() + " is before today, "
          + day));
    }
    return Optional.empty();
  }
}

package org.lianfang.application.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.lianfang.DomainEvent;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.internal.Reaction;
import org.lianfang.application.internal.Session;
import org.lianfang.internal.Ids;
import org.lianfang.monitoring.MonitoringEvent;
import org.lianfang.monitoring.Notification;
import org.lianfang.monitoring.OutboxMessage;
import org.lianfang.monitoring.Recipients;
import org.lianfang.monitoring.WarningAction;

/**
 * The notifications the third line's changes raise (ARCHITECTURE.md decision 4): written to the outbox in the
 * command's own transaction, so they commit with the change or not at all, and a dispatcher delivers them after.
 * Whom each event tells:
 *
 * <table>
 *   <caption>Who hears of what</caption>
 *   <tr><th>event</th><th>told</th></tr>
 *   <tr><td>a warning issued, escalated (one level up), transferred or cancelled</td><td>the official warned, if
 *       any, and the unit's leaders</td></tr>
 *   <tr><td>a reply returned, accepted; a warning verified or closed</td><td>the unit's leaders</td></tr>
 *   <tr><td>a reply given</td><td>the discipline body over the unit</td></tr>
 *   <tr><td>a rectification item opened or rejected</td><td>its owner and the unit's leaders</td></tr>
 *   <tr><td>an item submitted</td><td>the discipline body over the unit</td></tr>
 *   <tr><td>an item verified or closed</td><td>its owner</td></tr>
 *   <tr><td>a case's signal: PROMPT</td><td>the unit's leaders</td></tr>
 *   <tr><td>a case's signal: YELLOW, RED</td><td>the unit's leaders and the discipline body over the unit</td></tr>
 *   <tr><td>an indicator's value beyond its threshold</td><td>the unit's leaders and the discipline body</td></tr>
 *   <tr><td>a report received</td><td>the discipline body over the unit, by channel and day only (P-11, P-19)</td></tr>
 * </table>
 *
 * An acknowledgement, the start of work and a report's later steps tell no one: the reporter is outside and the
 * people reported on must not learn of it (P-19). The text comes from the records, which hold no sealed
 * identity (P-11). Each notification's idempotency key is made once, from a fresh id, and stays with its row.
 */
final class Notices implements Reaction {
  private final Ids ids;

  Notices(Ids ids) {
    this.ids = ids;
  }

  /** What one event says, before it is addressed. */
  private record Said(String kind, String link, String subjectZh, String subjectEn, String bodyZh, String bodyEn) {}

  @Override
  public Optional<Refusal> react(Session s, DomainEvent event) {
    List<String> to = new ArrayList<>();
    Said said = null;
    if (event instanceof MonitoringEvent.WarningIssued e) {
      to.addAll(Recipients.warned(e.subject().official(), e.unitId()));
      said = new Said(e.type(), "warning/" + e.warningId(),
          "预警通知书 " + e.notice().number() + "（" + e.level().chinese() + "）",
          "Warning notice " + e.notice().number() + " (" + e.level().code() + ")",
          e.notice().facts() + "。要求：" + e.notice().requirements() + "。请于 " + e.replyDue() + " 前签收并回复。",
          "Acknowledge and reply by " + e.replyDue() + ". Facts: " + e.notice().facts() + " Requirements: "
              + e.notice().requirements());
    } else if (event instanceof MonitoringEvent.WarningStepped e) {
      said = warningStep(e, to, () -> s.store().warnings().find(e.warningId())
          .flatMap(w -> w.subject().official()).map(Recipients::official));
    } else if (event instanceof MonitoringEvent.RectificationOpened e) {
      to.add(Recipients.official(e.terms().owner()));
      to.add(Recipients.unitLeaders(e.unitId()));
      said = new Said(e.type(), "rectification/" + e.itemId(), "整改事项：" + e.terms().problem(),
          "Rectification item: " + e.terms().problem(),
          "整改目标：" + e.terms().target() + "。整改措施：" + e.terms().measures() + "。整改时限：" + e.terms().due() + "。",
          "Due " + e.terms().due() + ". Target: " + e.terms().target() + " Measures: " + e.terms().measures());
    } else if (event instanceof MonitoringEvent.RectificationStepped e) {
      said = itemStep(e, to, () -> s.store().rectificationItems().find(e.itemId())
          .map(r -> Recipients.official(r.terms().owner())));
    } else if (event instanceof MonitoringEvent.CaseSignalled e) {
      said = signal(e, to, s.store().supervisionCases().find(e.caseId()).map(c -> c.terms().number())
          .orElse(String.valueOf(e.caseId())));
    } else if (event instanceof MonitoringEvent.IndicatorReported e && e.signalled()) {
      to.add(Recipients.unitLeaders(e.unitId()));
      to.add(Recipients.disciplineBody(e.unitId()));
      org.lianfang.control.MonitoringIndicator i = e.indicator();
      boolean above = i.direction() == org.lianfang.control.MonitoringIndicator.Direction.ABOVE;
      said = new Said(e.type() + ".signalled", "measure/" + e.measureId(), "监测指标超出阈值：" + i.name(),
          "Indicator beyond its threshold: " + i.name(), e.taken() + " 取值 " + e.value().toPlainString() + i.unit()
              + "，" + (above ? "高于" : "低于") + "阈值 " + i.threshold().toPlainString() + i.unit() + "。"
              + (e.warning().isPresent() ? "已据此发出预警。" : ""), "On " + e.taken() + " it was "
              + e.value().toPlainString() + " " + i.unit() + ", " + (above ? "above" : "below") + " the threshold "
              + i.threshold().toPlainString() + "." + (e.warning().isPresent() ? " A warning was issued." : ""));
    } else if (event instanceof MonitoringEvent.ReportReceived e) {
      to.add(Recipients.disciplineBody(e.unitId()));
      said = new Said(e.type(), "report/" + e.reportId(), "新" + Reports.titleZh(e.channel(), e.day()),
          "New " + Reports.titleEn(e.channel(), e.day()),
          (e.realName() ? "实名举报" : e.channel().fromThePublic() ? "匿名举报" : "机关自身发现") + "，请于 " + e.forwardBy()
              + " 前转办或受理。", (e.realName() ? "A real-name report" : e.channel().fromThePublic()
              ? "An anonymous report" : "A body's own finding") + ": forward or accept it by " + e.forwardBy() + ".");
    }
    if (said == null || to.isEmpty()) {
      return Optional.empty();
    }
    List<OutboxMessage> rows = new ArrayList<>(to.size());
    UnitId unit = ((MonitoringEvent) event).unitId();
    for (String recipient : to) {
      java.util.UUID id = ids.next();
      rows.add(OutboxMessage.of(id, new Notification("lianfang:" + id, unit, recipient, said.kind(), said.link(),
          said.subjectZh(), said.subjectEn(), said.bodyZh(), said.bodyEn(), s.now())));
    }
    s.store().outbox().add(rows);
    return Optional.empty();
  }

  /** @param official reads the official warned, only for the steps that tell them */
  private static Said warningStep(MonitoringEvent.WarningStepped e, List<String> to,
      Supplier<Optional<String>> official) {
    String link = "warning/" + e.warningId();
    String leaders = Recipients.unitLeaders(e.unitId());
    String remark = e.remark().orElse("");
    String due = e.due().map(String::valueOf).orElse("");
    switch (e.action()) {
      case REPLY -> to.add(Recipients.disciplineBody(e.unitId()));
      case RETURN_REPLY, ACCEPT_REPLY, VERIFY, CLOSE -> to.add(leaders);
      case FAIL_VERIFICATION, TRANSFER, CANCEL -> {
        official.get().ifPresent(to::add);
        to.add(leaders);
      }
      default -> {
        return null;
      }
    }
    WarningAction a = e.action();
    return switch (a) {
      case REPLY -> new Said(e.type(), link, "预警已回复", "A warning was replied to",
          "被预警单位已于 " + e.day() + " 回复，请审核。", "The unit replied on " + e.day() + "; review the reply.");
      case RETURN_REPLY -> new Said(e.type(), link, "预警回复被退回", "Warning reply returned",
          "回复被退回，请重新回复：" + remark, "The reply was returned to be redone: " + remark);
      case ACCEPT_REPLY -> new Said(e.type(), link, "预警回复已受理，跟踪督办", "Warning reply accepted",
          "回复已受理，整改情况将于 " + due + " 前验证。", "The reply was accepted; the rectification is verified by "
              + due + ".");
      case VERIFY -> new Said(e.type(), link, "预警整改已验证", "Warning verified", remark, remark);
      case CLOSE -> new Said(e.type(), link, "预警已销号", "Warning closed", "预警于 " + e.day() + " 销号。",
          "The warning was closed on " + e.day() + ".");
      case FAIL_VERIFICATION -> new Said(e.type(), link, "预警升级为" + e.level().chinese(),
          "Warning raised to " + e.level().code(), "验证未通过：" + remark + "。请于 " + due + " 前重新回复。",
          "Verification failed: " + remark + ". Reply again by " + due + ".");
      case TRANSFER -> new Said(e.type(), link, "预警已移交", "Warning transferred", remark, remark);
      case CANCEL -> new Said(e.type(), link, "预警已摘牌", "Warning cancelled", remark, remark);
      default -> throw new AssertionError(a);
    };
  }

  private static Said signal(MonitoringEvent.CaseSignalled e, List<String> to, String number) {
    to.add(Recipients.unitLeaders(e.unitId()));
    String link = "case/" + e.caseId();
    String kind = e.type() + "." + e.signal().code();
    return switch (e.signal()) {
      case PROMPT -> new Said(kind, link, "办件即将超时（预警提示）", "Case nearly due (prompt)",
          "办件 " + number + " 即将超过承诺时限，请抓紧办理。", "Case " + number
              + " is close to its promised limit: complete it.");
      case YELLOW -> {
        to.add(Recipients.disciplineBody(e.unitId()));
        yield e.step().isPresent()
            ? new Said(kind, link, "办件环节超时（黄牌）", "Case step overdue (yellow card)",
                "办件 " + number + " 的办理环节“" + e.step().get() + "”已超过环节时限，请说明原因并尽快办理。",
                "Case " + number + ": its step \"" + e.step().get()
                    + "\" is past the step's own limit: explain why and move it on.")
            : new Said(kind, link, "办件超时（黄牌）", "Case overdue (yellow card)",
                "办件 " + number + " 已超过承诺时限，请说明原因并尽快办结。", "Case " + number
                    + " is past its promised limit: explain why and complete it.");
      }
      case RED -> {
        to.add(Recipients.disciplineBody(e.unitId()));
        yield new Said(kind, link, "办件严重超时（红牌）", "Case past supervision (red card)",
            "办件 " + number + " 已超过督办期限" + (e.warning().isPresent() ? "，已据此发出预警。" : "，请纪检监察机关决定是否预警。"),
            "Case " + number + " is past its supervision deadline" + (e.warning().isPresent()
                ? "; a warning was issued." : "; the discipline body decides whether to warn."));
      }
    };
  }

  /** @param owner reads the item's owner, only for the steps that tell them */
  private static Said itemStep(MonitoringEvent.RectificationStepped e, List<String> to,
      Supplier<Optional<String>> owner) {
    String link = "rectification/" + e.itemId();
    String remark = e.remark().orElse("");
    return switch (e.action()) {
      case SUBMIT -> {
        to.add(Recipients.disciplineBody(e.unitId()));
        yield new Said(e.type(), link, "整改事项已提交", "Rectification item submitted",
            "整改材料：" + remark + "。请验证。", "Evidence: " + remark + ". Verify it.");
      }
      case REJECT -> {
        owner.get().ifPresent(to::add);
        to.add(Recipients.unitLeaders(e.unitId()));
        yield new Said(e.type(), link, "整改事项被退回", "Rectification item rejected", "退回理由：" + remark,
            "Rejected: " + remark);
      }
      case VERIFY -> {
        owner.get().ifPresent(to::add);
        yield new Said(e.type(), link, "整改事项已验证", "Rectification item verified",
            e.day() + " 验证：" + remark, "Verified on " + e.day() + ": " + remark);
      }
      case CLOSE -> {
        owner.get().ifPresent(to::add);
        yield new Said(e.type(), link, "整改事项已销号", "Rectification item closed", "整改事项于 " + e.day() + " 销号。",
            "The item was closed on " + e.day() + ".");
      }
      default -> null;
    };
  }
}

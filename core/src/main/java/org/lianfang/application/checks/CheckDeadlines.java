package org.lianfang.application.checks;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lianfang.DomainEvent;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.internal.Reaction;
import org.lianfang.application.internal.Recurrence;
import org.lianfang.application.internal.Session;
import org.lianfang.checks.CheckAction;
import org.lianfang.checks.CheckEvent;
import org.lianfang.checks.CheckPolicy;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.control.ControlEvent;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.monitoring.DueItem;
import org.lianfang.monitoring.Recipients;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskEvent;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.Store;

/**
 * Keeps each post's monthly check as a deadline the tick watches (P-22: a month without a check is flagged), in the
 * command's transaction. A post owes a check from the day a measure is put in force on one of its live points: the
 * deadline is the first month from then whose check is not submitted (due on the {@link CheckPolicy}'s day), moved to
 * the next such month when that month's check is submitted, and ended when the post is left with no measure in force
 * (a measure retired or superseded, a point retired). It has one alert, the day after its due day, when the tick says
 * the month was missed, once; the deadline then comes back for the next month without a submitted check ({@link
 * Recurrence}), so each missed month is said exactly once, however late the tick. A check submitted for a later month
 * while an earlier one is owed leaves the earlier one owed. The unit's leaders and the discipline body hear of it.
 */
final class CheckDeadlines implements Reaction, Recurrence {
  private final CheckPolicy policy;
  private final ZoneId zone;

  CheckDeadlines(CheckPolicy policy, ZoneId zone) {
    this.policy = policy;
    this.zone = zone;
  }

  @Override
  public Optional<Refusal> react(Session s, DomainEvent event) {
    if (event instanceof ControlEvent.MeasurePutInForce e) {
      for (Post post : posts(s, measure(s, e.measureId()).points())) {
        owe(s, post);
      }
    } else if (event instanceof ControlEvent.MeasureRetired e) {
      left(s, e.unitId(), measure(s, e.measureId()));
    } else if (event instanceof ControlEvent.MeasureSuperseded e) {
      left(s, e.unitId(), measure(s, e.measureId()));
    } else if (event instanceof RiskEvent.RiskPointRetired e) {
      Optional<PostId> post = s.store().riskPoints().find(e.riskPointId()).flatMap(p -> p.location().post());
      if (post.isPresent() && PostMeasures.of(s, e.unitId(), post.get(), Optional.empty(),
          Optional.of(e.riskPointId())).measures().isEmpty()) {
        s.store().dues().remove(post.get().value(), Optional.of(DueItem.CHECK_DUE));
      }
    } else if (event instanceof CheckEvent.CheckStepped e && e.action() == CheckAction.SUBMIT) {
      MonthlyCheck c = s.store().monthlyChecks().find(e.checkId()).orElseThrow();
      Optional<DueItem> owed = owed(s, c.post());
      if (owed.isPresent() && monthOf(owed.get()).equals(c.month())) {
        s.store().dues().put(List.of(due(owed.get(), firstOwed(s.store(), c.post(), c.month().plusMonths(1)))));
      }
    }
    return Optional.empty();
  }

  /** The month after the one the tick said was missed: the same post, the next month's due day and its one alert. */
  @Override
  public DueItem next(DueItem overdue, Store store, ZoneId zone, Instant asOf) {
    return due(overdue, firstOwed(store, new PostId(overdue.recordId()), monthOf(overdue).plusMonths(1)));
  }

  /** @return the first month from {@code from} on whose check of the post is not submitted yet */
  private static YearMonth firstOwed(Store store, PostId post, YearMonth from) {
    Set<YearMonth> submitted = new HashSet<>();
    store.monthlyChecks().ofPost(post).stream().filter(c -> c.life().submitted().isPresent())
        .forEach(c -> submitted.add(c.month()));
    YearMonth m = from;
    while (submitted.contains(m)) {
      m = m.plusMonths(1);
    }
    return m;
  }

  private static ControlMeasure measure(Session s, ControlMeasureId id) {
    return s.store().controlMeasures().find(id).orElseThrow();
  }

  /** The posts of the live points a measure controls, once each, in the measure's order. */
  private static List<Post> posts(Session s, List<RiskPointId> points) {
    Set<PostId> posts = new LinkedHashSet<>();
    for (RiskPoint p : s.store().riskPoints().findAll(points).values()) {
      if (p.state() != org.lianfang.risk.ReviewState.RETIRED) {
        p.location().post().ifPresent(posts::add);
      }
    }
    return s.store().posts().findAll(posts).values().stream().toList();
  }

  /** A measure leaves force: each of its posts left with no other measure in force owes no more checks. */
  private static void left(Session s, UnitId unit, ControlMeasure m) {
    for (Post post : posts(s, m.points())) {
      if (PostMeasures.of(s, unit, post.id(), Optional.of(m.id()), Optional.empty()).measures().isEmpty()) {
        s.store().dues().remove(post.id().value(), Optional.of(DueItem.CHECK_DUE));
      }
    }
  }

  /** A post that owes no check yet owes this month's, or the next month's if this month's is submitted already. */
  private void owe(Session s, Post post) {
    if (owed(s, post.id()).isPresent()) {
      return;
    }
    YearMonth owed = firstOwed(s.store(), post.id(), YearMonth.from(s.today()));
    s.store().dues().put(List.of(new DueItem(post.id().value(), DueItem.CHECK_DUE, post.unitId(),
        "post/" + post.id(), policy.checkDue(owed), List.of(Recipients.unitLeaders(post.unitId()),
            Recipients.disciplineBody(post.unitId())), titleZh(post.code(), post.name(), owed),
        titleEn(post.code(), owed), alert(owed))));
  }

  private static Optional<DueItem> owed(Session s, PostId post) {
    return s.store().dues().of(post.value()).stream().filter(d -> d.what().equals(DueItem.CHECK_DUE)).findFirst();
  }

  /** The same post's deadline for another month: its titles name that month. */
  private DueItem due(DueItem d, YearMonth month) {
    String was = monthOf(d).toString();
    return new DueItem(d.recordId(), d.what(), d.unitId(), d.link(), policy.checkDue(month), d.recipients(),
        d.titleZh().replace(was, month.toString()), d.titleEn().replace(was, month.toString()), alert(month));
  }

  /** @return the one alert of a month's check: the start of the day after its due day */
  private Instant alert(YearMonth month) {
    return policy.checkDue(month).plusDays(1).atStartOfDay(zone).toInstant();
  }

  /**
   * @return the month a deadline is for: its due day less the most grace a policy allows (27 days, fewer than any
   *     month has), so a policy changed while the deadline waits still finds it
   */
  private static YearMonth monthOf(DueItem d) {
    return YearMonth.from(d.due().minusDays(27));
  }

  private static String titleZh(String code, String name, YearMonth month) {
    return "岗位 " + code + " " + name + " 的 " + month + " 月查";
  }

  private static String titleEn(String code, YearMonth month) {
    return "the " + month + " check of post " + code;
  }
}

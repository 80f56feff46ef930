package org.lianfang.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.lianfang.table.Table;

/**
 * How far the third line's records got, as they stand (issue 15, P-8, P-18, P-21): of the warnings, how many were
 * issued, replied to, verified and closed; of the rectification items, how many were opened, submitted, verified and
 * closed; each stage counting the records that reached it or a later one, so the counts never grow down the funnel;
 * and how many were overdue at some step (a reply, a verification or an item's due day passed, whether done late or
 * still not done on the day given). A warning transferred or cancelled counts at the stage it had reached. The day
 * decides only what is still overdue: the stages are the records' as read, so a funnel is drawn from today's records
 * with today's date. Immutable and thread-safe.
 *
 * @param title what it counts
 * @param asOf the day that decides what is still overdue, the day the records were read
 * @param stages the stages in order, each with its count
 * @param overdue the records overdue at some step
 */
public record Funnel(String title, LocalDate asOf, List<Stage> stages, int overdue) {
  /**
   * One stage of a funnel.
   *
   * @param name its name, in Chinese
   * @param count the records that reached it
   */
  public record Stage(String name, int count) {
    /** @throws NullPointerException if the name is null */
    public Stage {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if there is no stage, a count grows down the funnel, or the overdue are more
   *     than the first stage's
   */
  public Funnel {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(asOf, "asOf");
    stages = List.copyOf(stages);
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("a funnel has at least one stage");
    }
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).count() < 0) {
        throw new IllegalArgumentException("a funnel's stage counts no fewer than nothing: " + stages.get(i));
      }
      if (i > 0 && stages.get(i).count() > stages.get(i - 1).count()) {
        throw new IllegalArgumentException("a funnel's counts never grow down it");
      }
    }
    if (overdue < 0 || overdue > stages.get(0).count()) {
      throw new IllegalArgumentException("the overdue are some of the records counted");
    }
  }

  /**
   * @param warnings warnings
   * @param asOf the day that decides which replies and verifications are still overdue
   * @return issued (all), replied (a reply given in some round), verified (a verification passed), closed (销号); the
   *     overdue: a reply given after its round's deadline or still due after it, a verification made after its
   *     deadline or still due after it
   */
  public static Funnel ofWarnings(Collection<Warning> warnings, LocalDate asOf) {
    int[] reached = new int[4];
    int overdue = 0;
    for (Warning w : warnings) {
      int furthest = 0;
      boolean late = w.replyOverdue(asOf) || w.verificationOverdue(asOf);
      for (WarningRound r : w.rounds()) {
        if (r.reply().isPresent()) {
          furthest = Math.max(furthest, 1);
          late |= r.reply().get().day().isAfter(r.replyDue());
        }
        if (r.verification().isPresent()) {
          if (r.verification().get().passed()) {
            furthest = Math.max(furthest, 2);
          }
          late |= r.verification().get().day().isAfter(r.verifyBy().orElseThrow());
        }
      }
      if (w.state() == WarningState.CLOSED) {
        furthest = 3;
      }
      for (int i = 0; i <= furthest; i++) {
        reached[i]++;
      }
      overdue += late ? 1 : 0;
    }
    return new Funnel("预警（P-8、P-18）", asOf, List.of(new Stage("已发出", reached[0]), new Stage("已回复", reached[1]),
        new Stage("已验证", reached[2]), new Stage("已销号", reached[3])), overdue);
  }

  /**
   * @param items rectification items
   * @param asOf the day that decides which items are still overdue
   * @return opened (all), submitted (a submission made), verified, closed (销号); the overdue: verified after the due
   *     day, or not verified and past it that day
   */
  public static Funnel ofRectifications(Collection<RectificationItem> items, LocalDate asOf) {
    int[] reached = new int[4];
    int overdue = 0;
    for (RectificationItem item : items) {
      RectificationLife life = item.life();
      int furthest = life.closed().isPresent() ? 3 : life.verified().isPresent() ? 2
          : life.submission().isPresent() ? 1 : 0;
      for (int i = 0; i <= furthest; i++) {
        reached[i]++;
      }
      boolean late = life.verified().map(v -> v.day().isAfter(item.terms().due()))
          .orElse(asOf.isAfter(item.terms().due()));
      overdue += late ? 1 : 0;
    }
    return new Funnel("整改事项（P-21）", asOf, List.of(new Stage("已开出", reached[0]), new Stage("已提交", reached[1]),
        new Stage("已验证", reached[2]), new Stage("已销号", reached[3])), overdue);
  }

  /** @return it as a table (issue 15): one row per stage with its count and its share of the first, then the overdue */
  public Table table() {
    List<List<String>> rows = new ArrayList<>();
    int all = stages.get(0).count();
    for (Stage s : stages) {
      rows.add(List.of(s.name(), Integer.toString(s.count()), share(s.count(), all)));
    }
    rows.add(List.of("其中逾期", Integer.toString(overdue), share(overdue, all)));
    return new Table(title + "（截至 " + asOf + "）", List.of("环节", "件数", "占比"), rows);
  }

  private static String share(int part, int all) {
    return all == 0 ? "—" : Math.round(100.0 * part / all) + "%";
  }
}

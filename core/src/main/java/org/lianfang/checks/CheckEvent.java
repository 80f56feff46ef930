package org.lianfang.checks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.ArchiveObject;
import org.lianfang.DomainEvent;
import org.lianfang.UnitId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;

/** Events of the checks (S-10, P-22). Each names the unit whose journal chain records it. */
public sealed interface CheckEvent extends DomainEvent {

  /**
   * @param unitId the unit checked
   * @param checkId the check
   * @param post the post checked
   * @param month the month checked, written {@code 2010-10}
   * @param checker who checked
   * @param rows the rows as filled in
   * @param day the day it was opened
   */
  record CheckOpened(UnitId unitId, MonthlyCheckId checkId, PostId post, YearMonth month, OfficialId checker,
      List<CheckRow> rows, LocalDate day) implements CheckEvent {
    /** @throws NullPointerException if a part is null */
    public CheckOpened {
      Objects.requireNonNull(month, "month");
      rows = List.copyOf(rows);
    }

    @Override
    public String type() {
      return "check.opened";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("check", checkId).put("post", post).put("month", month.toString())
          .put("checker", checker).put("rows", rows).put("day", day).build();
    }
  }

  /**
   * @param unitId the unit checked
   * @param checkId the check
   * @param rows the rows as filled in again
   * @param day the day
   */
  record CheckRevised(UnitId unitId, MonthlyCheckId checkId, List<CheckRow> rows, LocalDate day)
      implements CheckEvent {
    /** @throws NullPointerException if a part is null */
    public CheckRevised {
      rows = List.copyOf(rows);
    }

    @Override
    public String type() {
      return "check.revised";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("check", checkId).put("rows", rows).put("day", day).build();
    }
  }

  /**
   * A step of a check, its type after the step ({@link CheckAction#eventType()}). A review's items and reminders are
   * in the rows of the check's state, and each has its own event after this one.
   *
   * @param unitId the unit checked
   * @param checkId the check
   * @param action the step
   * @param day the day
   * @param remark why it was returned
   */
  record CheckStepped(UnitId unitId, MonthlyCheckId checkId, CheckAction action, LocalDate day,
      Optional<String> remark) implements CheckEvent {
    /** @throws NullPointerException if a part is null */
    public CheckStepped {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(remark, "remark");
    }

    @Override
    public String type() {
      return action.eventType();
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("check", checkId).put("day", day).put("remark", remark).build();
    }
  }
}

package org.lianfang.application.internal;

import java.util.Objects;
import org.lianfang.checks.CheckPolicy;
import org.lianfang.control.CoveragePolicy;
import org.lianfang.control.EducationPolicy;
import org.lianfang.control.ResidualGradingPolicy;
import org.lianfang.cycle.CyclePolicy;
import org.lianfang.evaluation.EvaluationPolicy;
import org.lianfang.grading.GradeLabels;
import org.lianfang.grading.GradingPolicy;
import org.lianfang.internal.Ids;
import org.lianfang.monitoring.IndicatorPolicy;
import org.lianfang.monitoring.ReminderPolicy;
import org.lianfang.monitoring.ReportDeadlines;
import org.lianfang.monitoring.SupervisionPolicy;
import org.lianfang.monitoring.WarningPolicy;
import org.lianfang.monitoring.WorkingTime;
import org.lianfang.risk.CommentLimits;

/**
 * What the area facades are built from, once per {@link org.lianfang.application.Lianfang}: the runner every command
 * and query goes through, the id source, the grading policy in force (P-4), the labels forms show for grades and the
 * bounds on notice comments (P-5).
 * Immutable; thread-safe when the store is.
 *
 * @param runner runs commands and opens query sessions
 * @param ids makes the ids of new records
 * @param gradingPolicy grades risk points (S-6, P-4)
 * @param gradeLabels the labels forms and charts show for grades (P-4)
 * @param commentLimits how many comments a notice takes (P-5; issue 10, finding 5)
 * @param coveragePolicy what a confirmed point's control lacks (P-14)
 * @param residualGradingPolicy the grade a point keeps once its measures in force are counted
 * @param educationPolicy what the first line owes each year (P-15)
 * @param warningPolicy when a warning's reply is due (P-18)
 * @param reminderPolicy when the tick reminds of a deadline (decision 5)
 * @param workingTime the working calendar and hours deadlines in working time count on (P-19, P-20)
 * @param reportDeadlines when a report is forwarded and its reporter told (P-19)
 * @param supervisionPolicy when electronic supervision's signals rise and whether RED warns (P-9, P-20)
 * @param indicatorPolicy whether an indicator beyond its threshold warns (P-6)
 * @param checkPolicy what a monthly check's review opens and when a month's check is due (P-22)
 * @param evaluationPolicy how a unit's year is scored (S-11, P-24)
 * @param cyclePolicy when a unit's year is worked and what its phases' guards forbid (S-16)
 */
public record Wiring(
    CommandRunner runner, Ids ids, GradingPolicy gradingPolicy, GradeLabels gradeLabels, CommentLimits commentLimits,
    CoveragePolicy coveragePolicy, ResidualGradingPolicy residualGradingPolicy, EducationPolicy educationPolicy,
    WarningPolicy warningPolicy, ReminderPolicy reminderPolicy, WorkingTime workingTime,
    ReportDeadlines reportDeadlines, SupervisionPolicy supervisionPolicy, IndicatorPolicy indicatorPolicy,
    CheckPolicy checkPolicy, EvaluationPolicy evaluationPolicy, CyclePolicy cyclePolicy) {
  /** @throws NullPointerException if a part is null */
  public Wiring {
    Objects.requireNonNull(educationPolicy, "educationPolicy");
    Objects.requireNonNull(warningPolicy, "warningPolicy");
    Objects.requireNonNull(reminderPolicy, "reminderPolicy");
    Objects.requireNonNull(workingTime, "workingTime");
    Objects.requireNonNull(reportDeadlines, "reportDeadlines");
    Objects.requireNonNull(supervisionPolicy, "supervisionPolicy");
    Objects.requireNonNull(indicatorPolicy, "indicatorPolicy");
    Objects.requireNonNull(checkPolicy, "checkPolicy");
    Objects.requireNonNull(evaluationPolicy, "evaluationPolicy");
    Objects.requireNonNull(cyclePolicy, "cyclePolicy");
    Objects.requireNonNull(coveragePolicy, "coveragePolicy");
    Objects.requireNonNull(residualGradingPolicy, "residualGradingPolicy");
    Objects.requireNonNull(runner, "runner");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(gradingPolicy, "gradingPolicy");
    Objects.requireNonNull(gradeLabels, "gradeLabels");
    Objects.requireNonNull(commentLimits, "commentLimits");
  }
}

package org.lianfang.application.monitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.lianfang.Limits;
import org.lianfang.monitoring.WarningReply;

/**
 * The subject's reply to a warning (P-8, P-18).
 *
 * @param selfAnalysis the self-analysis (剖析材料)
 * @param pledge the pledge (承诺)
 * @param plan the rectification plan (整改措施)
 */
public record ReplyInput(
    @NotBlank @Size(max = Limits.TEXT) String selfAnalysis,
    @NotBlank @Size(max = Limits.TEXT) String pledge,
    @NotBlank @Size(max = Limits.TEXT) String plan) {
  WarningReply on(LocalDate day) {
    return new WarningReply(day, selfAnalysis, pledge, plan);
  }
}

package org.lianfang.cycle;

import java.util.List;
import java.util.Optional;
import org.lianfang.Coded;

/**
 * Where a unit's year is (S-16): the seed's four stages of the pilot, the implementation stage in its three parts,
 * in order; then closed. {@link AnnualCycle} leaves them one at a time.
 */
public enum CyclePhase implements Coded {
  /** 动员部署: the leading group meets; the unit writes its rules of implementation (S-16: 08-14 to 08-31). */
  MOBILISATION("mobilisation", "动员部署"),
  /** 排查廉政风险点: risk points found, graded and confirmed (08-31 to 09-30). */
  IDENTIFICATION("identification", "排查廉政风险点"),
  /** 进行教育培训: training aimed at the points found (10-01 to 10-20). */
  TRAINING("training", "进行教育培训"),
  /** 制定防控措施: measures made and put in force (10-21 to 12-10). */
  MEASURES("measures", "制定防控措施"),
  /** 自我评估、修正完善: the self-assessment and the year's revision (12-11 to 12-21). */
  REVISION("revision", "自我评估、修正完善"),
  /** 总结验收: summary and acceptance (12-22 to 12-31). */
  ACCEPTANCE("acceptance", "总结验收"),
  /** 已关闭: the year is closed and its register frozen. Final. */
  CLOSED("closed", "已关闭");

  /** The six phases a year is worked in, in order: every phase but {@link #CLOSED}. */
  public static final List<CyclePhase> WORKING = List.of(MOBILISATION, IDENTIFICATION, TRAINING, MEASURES, REVISION,
      ACCEPTANCE);

  private final String code;
  private final String chinese;

  CyclePhase(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
  }

  /** @return the phase that follows this one; none after {@link #CLOSED} */
  public Optional<CyclePhase> next() {
    return this == CLOSED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
  }

  /** @return the Chinese name, as the seed names the phase */
  public String chinese() {
    return chinese;
  }

  @Override
  public String code() {
    return code;
  }
}

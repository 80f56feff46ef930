package org.lianfang.control;

import org.lianfang.Coded;

/** What the first line owes each year under an {@link EducationPolicy} (P-15). */
public enum ObligationKind implements Coded {
  /** The principal leader (主要领导) gives a 廉洁党课. */
  PARTY_LECTURE("party-lecture", "主要领导讲廉洁党课", "the principal leader's party lecture on integrity",
      EducationForm.PARTY_LECTURE),
  /** Whoever takes up a post gets a 任职廉政谈话. */
  APPOINTMENT_TALK("appointment-talk", "任职廉政谈话", "the integrity talk on taking up a post",
      EducationForm.APPOINTMENT_TALK),
  /** The unit holds a 警示教育. */
  WARNING_EDUCATION("warning-education", "警示教育", "warning education", EducationForm.WARNING_EDUCATION);

  private final String code;
  private final String chinese;
  private final String english;
  private final EducationForm form;

  ObligationKind(String code, String chinese, String english, EducationForm form) {
    this.code = code;
    this.chinese = chinese;
    this.english = english;
    this.form = form;
  }

  /** @return the obligation, in Chinese */
  public String chinese() {
    return chinese;
  }

  /** @return the obligation, in English */
  public String english() {
    return english;
  }

  /** @return the form of activity that meets it */
  public EducationForm form() {
    return form;
  }

  /** @return the stable code */
  @Override
  public String code() {
    return code;
  }
}

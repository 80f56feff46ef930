package org.lianfang;

/** Thrown by {@link Outcome#orElseThrow()} when a caller insists on the value of a refused command. */
public final class RefusedException extends LianfangException {
  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  /** @param refusal why the command was refused */
  public RefusedException(Refusal refusal) {
    super(refusal.code() + ": " + refusal.message());
    this.refusal = refusal;
  }

  /** @return the refusal */
  public Refusal refusal() {
    return refusal;
  }
}

package org.lianfang.application.ledger;

import org.lianfang.LianfangException;
import org.lianfang.Refusal;

/** Carries an import's refusal out of its transaction, so that it rolls back ({@link LedgerImports}). */
final class ImportRefused extends LianfangException {
  private static final long serialVersionUID = 1L;
  private final transient Refusal refusal;

  ImportRefused(Refusal refusal) {
    super(refusal.code().name());
    this.refusal = refusal;
  }

  /** @return the refusal */
  Refusal refusal() {
    return refusal;
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}

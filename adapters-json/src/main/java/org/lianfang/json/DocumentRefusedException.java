package org.lianfang.json;

import java.util.Objects;
import org.lianfang.LianfangException;
import org.lianfang.Refusal;

/**
 * Thrown by a {@link LedgerHandler} to refuse a document part way through; {@link LedgerReader#read} turns it into a
 * refused outcome, and an import rolls back everything it wrote.
 */
public final class DocumentRefusedException extends LianfangException {
  private static final long serialVersionUID = 1L;

  /** The refusal. */
  private final Refusal refusal;

  /** @param refusal why, with the JSON pointer of the offending place in its violations */
  public DocumentRefusedException(Refusal refusal) {
    super(Objects.requireNonNull(refusal, "refusal").message());
    this.refusal = refusal;
  }

  /** @return why the document was refused */
  public Refusal refusal() {
    return refusal;
  }
}

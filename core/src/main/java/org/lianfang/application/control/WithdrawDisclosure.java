package org.lianfang.application.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lianfang.Limits;
import org.lianfang.control.PowerDisclosureId;

/**
 * Withdraws a power item's disclosure, today (P-16): it stays in the archive and is no longer in the public view.
 *
 * @param disclosure the disclosure
 * @param reason why (the power was abolished, the item was found to be secret, …)
 */
public record WithdrawDisclosure(
    @NotNull PowerDisclosureId disclosure,
    @NotBlank @Size(max = Limits.TEXT) String reason) {}

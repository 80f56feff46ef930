package org.lianfang.application.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lianfang.Limits;
import org.lianfang.control.DisclosureChannel;
import org.lianfang.control.DisclosureField;
import org.lianfang.organization.PowerItemId;

/**
 * Publishes a power item as it is now (权力公开, P-16, S-8): the first time, or again over its live disclosure (after
 * the item changed, P-3, or to change what is published). A secret item (涉密) is refused, and so is private data: a
 * resident identity number anywhere, a mobile number anywhere but the complaint line.
 *
 * @param powerItem the item
 * @param fields what is published, each field with its text
 * @param channels where: the website, the service hall's boards and screens, booklets
 * @param from the first day it is published
 * @param until the last day, if the period is bounded; not before {@code from}
 */
public record PublishPower(
    @NotNull PowerItemId powerItem,
    @NotEmpty Map<@NotNull DisclosureField, @NotBlank @Size(max = Limits.TEXT) String> fields,
    @NotEmpty Set<@NotNull DisclosureChannel> channels,
    @NotNull LocalDate from,
    @NotNull Optional<LocalDate> until) {}

package org.lianfang;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;

/**
 * One role an {@link Actor} holds in one unit (issue 10, finding 13): the head of one bureau who also audits the city
 * holds {@code (UNIT_LEADER, bureau)} and {@code (AUDITOR, city)}, and leads nothing but the bureau. A grant acts in
 * the unit's whole subtree, unless it is limited to a section (科室) of the unit: then it acts only on the posts of that
 * section (the owner chain's 部门负责人, P-1), and in the rest of the unit only as any of its staff may.
 *
 * <p>Immutable and thread-safe.
 *
 * @param role the role held
 * @param unit the unit it is held in
 * @param section the section of the unit it is limited to, if any: a name as posts carry it
 *     ({@code org.lianfang.organization.Post#section})
 */
public record Grant(Role role, UnitId unit, Optional<String> section) {
  /**
   * @throws NullPointerException if any part is null
   * @throws IllegalArgumentException if the section is not a name of {@link Limits#NAME} characters at most, on one
   *     line, with a visible character ({@link TextHygiene#ofName}), or limits a role other than a section head's or
   *     a post holder's (a unit's leader, inspector or auditor acts for the whole unit); the message names the rule in
   *     Chinese and English
   */
  public Grant {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(section, "section");
    section.ifPresent(Grant::checkSection);
    checkArgument(section.isEmpty() || role == Role.SECTION_HEAD || role == Role.POST_HOLDER,
        "科室：只有部门负责人和岗位人员的授权可以限于科室 / section: only a section head's or a post holder's grant may be "
            + "limited to a section");
  }

  /**
   * @param role the role
   * @param unit the unit whose subtree it acts in
   * @return the grant
   */
  public static Grant of(Role role, UnitId unit) {
    return new Grant(role, unit, Optional.empty());
  }

  /**
   * @param role {@link Role#SECTION_HEAD} (a 部门负责人) or {@link Role#POST_HOLDER}
   * @param unit the unit the section is part of
   * @param section the section's name, as the unit's posts carry it
   * @return the grant, limited to the posts of that section
   */
  public static Grant inSection(Role role, UnitId unit, String section) {
    return new Grant(role, unit, Optional.of(section));
  }

  /**
   * Checks a section's name as every command and grant does.
   *
   * @param section a section's name
   * @throws IllegalArgumentException naming the rule broken, in Chinese and English
   */
  public static void checkSection(String section) {
    checkArgument(!section.isEmpty(), "科室：不能为空 / section: must not be blank");
    TextHygiene.ofName(section).ifPresent(p -> {
      throw new IllegalArgumentException("科室：" + p.messageZh() + " / section: " + p.messageEn());
    });
    checkArgument(section.length() <= Limits.NAME, "科室：不能超过 %s 个字符 / section: must be at most %s characters long",
        Limits.NAME, Limits.NAME);
  }
}

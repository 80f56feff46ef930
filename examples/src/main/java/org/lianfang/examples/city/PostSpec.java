package org.lianfang.examples.city;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Transparency;

/**
 * One post as laid out, before it becomes a {@link org.lianfang.organization.Post}: its place in the unit (its role,
 * its team head and its leader, as indices into the unit's posts), the facts grading reads (S-6), and the power items
 * it takes part in (S-2), which are added while the power list is laid out.
 */
final class PostSpec {
  /** Where a post stands in its unit. */
  enum Role {
    PRINCIPAL, DEPUTY, DISCIPLINE, HEAD, MEMBER
  }

  final Role role;
  final String name;
  final Area area;
  final int riskiness;
  final int head;
  final int leader;
  final Set<Resource> disposes;
  final boolean discretionary;
  final boolean majorMatters;
  final EnumSet<AdministrativePower> powers = EnumSet.noneOf(AdministrativePower.class);
  final Transparency transparency;
  final List<Integer> powerItems = new ArrayList<>(2);

  PostSpec(Role role, String name, Area area, int riskiness, int head, int leader, Set<Resource> disposes,
      boolean discretionary, boolean majorMatters, Set<AdministrativePower> powers, Transparency transparency) {
    this.role = role;
    this.name = name;
    this.area = area;
    this.riskiness = riskiness;
    this.head = head;
    this.leader = leader;
    this.disposes = disposes;
    this.discretionary = discretionary;
    this.majorMatters = majorMatters;
    this.powers.addAll(powers);
    this.transparency = transparency;
  }

  /** @return the post's facts for grading (S-6); a principal post is the unit's top leader */
  PostProfile profile() {
    return new PostProfile(role == Role.PRINCIPAL, disposes, discretionary, majorMatters, powers, transparency);
  }
}

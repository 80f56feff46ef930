package org.lianfang.application;

import static org.lianfang.access.Operation.ASSIGN_OWNERS;
import static org.lianfang.access.Operation.COMMENT;
import static org.lianfang.access.Operation.CONFIRM_RISK;
import static org.lianfang.access.Operation.EVALUATE;
import static org.lianfang.access.Operation.GRADE_RISK;
import static org.lianfang.access.Operation.IDENTIFY_RISK;
import static org.lianfang.access.Operation.IMPORT_LEDGER;
import static org.lianfang.access.Operation.INSPECT;
import static org.lianfang.access.Operation.MANAGE_ORGANIZATION;
import static org.lianfang.access.Operation.MANAGE_RECTIFICATION;
import static org.lianfang.access.Operation.MANAGE_REPORTS;
import static org.lianfang.access.Operation.MANAGE_WARNINGS;
import static org.lianfang.access.Operation.READ_CHECKS;
import static org.lianfang.access.Operation.READ_INTERNAL;
import static org.lianfang.access.Operation.READ_JOURNAL;
import static org.lianfang.access.Operation.READ_MONITORING;
import static org.lianfang.access.Operation.READ_ORGANIZATION;
import static org.lianfang.access.Operation.READ_PUBLISHED;
import static org.lianfang.access.Operation.READ_REPORTS;
import static org.lianfang.access.Operation.READ_RISKS;
import static org.lianfang.access.Operation.READ_SEALED;
import static org.lianfang.access.Operation.RECORD_CHECKS;
import static org.lianfang.access.Operation.SELF_ASSESS;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.lianfang.Actor;
import org.lianfang.Grant;
import org.lianfang.Role;
import org.lianfang.access.AccessDecision;
import org.lianfang.access.AccessTarget;
import org.lianfang.access.Operation;
import org.lianfang.spi.AccessPolicy;

/**
 * The default access policy: the roles of the domain, each granted in a unit (ARCHITECTURE.md decision 1; issue 10,
 * finding 13). The actor's grants are decided one at a time: a grant acts in its unit's subtree, as its role allows,
 * so that leading one bureau and auditing the city lets the actor lead that bureau and only read the rest. A grant
 * limited to a section (科室) of its unit acts as its role allows on the posts of that section, and elsewhere in the
 * unit only as any of the unit's staff may (read the organisation and what is published, comment), nothing below it:
 *
 * <table>
 *   <caption>What each role may do in its scope</caption>
 *   <tr><th>role</th><th>operations</th></tr>
 *   <tr><td>纪检监察 DISCIPLINE_INSPECTOR</td><td>everything except recording the unit's collective decision
 *       (集体定 belongs to the unit); the only role that reads sealed identities (P-11); also registers new root
 *       units, scope or no scope, and so finds the root units' own records (not what lies below them) through
 *       {@code OrganizationQueries}; the only role that imports archives (a restore or a merge, issue 10,
 *       finding 1), which write records and entries no command of the unit's own made; the only role that issues
 *       and decides on warnings (P-8, P-18) and on rectification items (P-21), and it may record a reply or a
 *       submission received on paper; the only role that reads and handles reports (P-19): the leaders of the unit
 *       reported on and auditors learn from its journal and ledger only that a report came in and how it went on,
 *       never by whom, for what or about whom (P-11); the only role that runs special inspections (S-10); runs
 *       the annual cycles of the units in its scope, and opens a year over a whole subtree (S-1, S-16)</td></tr>
 *   <tr><td>单位领导 UNIT_LEADER</td><td>everything but sealed identities, imports, reports, special inspections
 *       and the discipline body's decisions on warnings and rectification items: it acknowledges and answers the
 *       warnings to its units and works on and submits their rectification items; runs its units' annual cycles
 *       (S-16); confirms (集体定) only in the units it leads itself, not in units below them</td></tr>
 *   <tr><td>部门负责人 SECTION_HEAD</td><td>read organisation and risks; identify and grade risks, name owners,
 *       comment; granted a section ({@link Grant#inSection}), on that section's posts only (P-1); not the control
 *       measures, which the unit registers on Form 3 as a whole (its leader, or the discipline body), nor its
 *       education records (P-15), the publication of its powers (P-16) or its service commitments (P-17),
 *       which the same two keep; reads and records the monthly checks of the section's posts (P-22), which the
 *       unit's leader or the discipline body reviews</td></tr>
 *   <tr><td>岗位人员 POST_HOLDER</td><td>read organisation and published risks, notices to their unit or its tree
 *       included; comment; identify and read the risks of the posts they hold (自己找), and read and record
 *       their monthly checks (自查, P-22)</td></tr>
 *   <tr><td>审计 AUDITOR</td><td>read everything, the journal, the warnings and the checks included; change
 *       nothing</td></tr>
 *   <tr><td>社会公众 PUBLIC</td><td>read what is published to the public (a notice's audience {@code PUBLIC}) or
 *       confirmed after such a notice; comment on those notices</td></tr>
 * </table>
 *
 * Immutable and thread-safe.
 */
public final class DefaultAccessPolicy implements AccessPolicy {
  private static final Map<Role, Set<Operation>> GRANTS = grants();

  private static Map<Role, Set<Operation>> grants() {
    Map<Role, Set<Operation>> g = new EnumMap<>(Role.class);
    g.put(Role.DISCIPLINE_INSPECTOR, EnumSet.complementOf(EnumSet.of(CONFIRM_RISK, SELF_ASSESS)));
    g.put(Role.UNIT_LEADER, EnumSet.complementOf(EnumSet.of(READ_SEALED, IMPORT_LEDGER, MANAGE_WARNINGS,
        MANAGE_RECTIFICATION, READ_REPORTS, MANAGE_REPORTS, INSPECT, EVALUATE)));
    g.put(Role.SECTION_HEAD, EnumSet.of(READ_ORGANIZATION, READ_RISKS, READ_PUBLISHED, READ_INTERNAL, IDENTIFY_RISK,
        GRADE_RISK, ASSIGN_OWNERS, COMMENT, READ_CHECKS, RECORD_CHECKS));
    g.put(Role.POST_HOLDER, EnumSet.of(READ_ORGANIZATION, READ_PUBLISHED, READ_INTERNAL, COMMENT));
    g.put(Role.AUDITOR, EnumSet.of(READ_ORGANIZATION, READ_RISKS, READ_PUBLISHED, READ_INTERNAL, READ_JOURNAL,
        READ_MONITORING, READ_CHECKS));
    g.put(Role.PUBLIC, EnumSet.of(READ_PUBLISHED, COMMENT));
    g.replaceAll((r, s) -> Collections.unmodifiableSet(s));
    return Collections.unmodifiableMap(g);
  }

  /** Operations a post holder may do on the posts they hold, beyond their role's grants. */
  private static final Set<Operation> OWN_POST = EnumSet.of(IDENTIFY_RISK, READ_RISKS, READ_CHECKS, RECORD_CHECKS);

  /** What any member of a unit's staff may do there: a grant limited to a section gives no more outside it. */
  private static final Set<Operation> STAFF = EnumSet.of(READ_ORGANIZATION, READ_PUBLISHED, READ_INTERNAL, COMMENT);

  @Override
  public AccessDecision decide(Actor actor, Operation operation, AccessTarget target) {
    if (target.isNewRoot()) {
      boolean roots = operation == MANAGE_ORGANIZATION || operation == IMPORT_LEDGER;
      return roots && actor.has(Role.DISCIPLINE_INSPECTOR)
          ? AccessDecision.allow()
          : AccessDecision.deny("只有纪检监察机关可以登记或导入顶级单位",
              "only a discipline inspector may register or import a root unit");
    }
    if (operation == EVALUATE && actor.grants().stream().anyMatch(g -> g.unit().equals(target.unit()))) {
      return AccessDecision.deny("考核由上级单位进行，本单位人员不能考核本单位",
          "a unit is evaluated from above; no one with a role in the unit itself evaluates it");
    }
    boolean inScope = false;
    boolean confirmsAbove = false;
    for (Grant g : actor.grants()) {
      if (!target.path().contains(g.unit())) {
        continue;
      }
      inScope = true;
      boolean ownUnit = g.unit().equals(target.unit());
      if (operation == CONFIRM_RISK && !ownUnit) {
        confirmsAbove |= GRANTS.get(g.role()).contains(CONFIRM_RISK);
        continue;
      }
      if (operation == SELF_ASSESS && !ownUnit || operation == EVALUATE && ownUnit) {
        continue; // a unit assesses itself from its own grant, and is evaluated only from above (S-11)
      }
      if (allows(g, operation, target, ownUnit)) {
        return AccessDecision.allow();
      }
    }
    if (!inScope) {
      return AccessDecision.deny("该单位不在操作人的管辖范围内", "the unit is outside the actor's scope");
    }
    if (confirmsAbove) {
      return AccessDecision.deny("集体确定由本单位作出，上级单位不能代为确定",
          "the collective decision belongs to the unit itself, not to a unit above it");
    }
    return AccessDecision.deny("操作人的角色无权执行此操作（" + operation + "）",
        "the actor's roles do not allow " + operation);
  }

  /**
   * One grant, on a unit in its subtree: its role's operations; a post holder's own posts add {@link #OWN_POST}; a
   * grant limited to a section gives its role's operations on the posts of that section of its own unit only, and
   * elsewhere in the unit what any of its staff may ({@link #STAFF}).
   */
  private static boolean allows(Grant g, Operation operation, AccessTarget target, boolean ownUnit) {
    Set<Operation> granted = GRANTS.get(g.role());
    if (g.section().isPresent()) {
      boolean inSection = ownUnit && target.postSection().equals(g.section());
      return granted.contains(operation) && (inSection || (ownUnit && STAFF.contains(operation)));
    }
    return granted.contains(operation)
        || (g.role() == Role.POST_HOLDER && target.actorHoldsPost() && OWN_POST.contains(operation));
  }

  /** @param role a role @return the operations it grants anywhere in scope, unmodifiable */
  public static Set<Operation> grantsOf(Role role) {
    return GRANTS.get(role);
  }
}

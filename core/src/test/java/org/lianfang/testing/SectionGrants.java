package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.lianfang.Actor;
import org.lianfang.Grant;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.Role;
import org.lianfang.application.organization.RegisterPost;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.ReviewRiskPoint;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/**
 * Roles granted per unit and sections (科室) inside a unit, through a {@link World} on any store (issue 10, finding 13):
 * for the in-memory tests and each database's. Each method runs its scenario and asserts what every store must show.
 */
public final class SectionGrants {
  private SectionGrants() {}

  /**
   * A section head granted 审批科 of the land bureau reads and grades the points of that section's posts, and learns
   * nothing of the points of 财务科's posts, as if they did not exist; a refused command changes nothing. The posts
   * keep their sections in the store.
   *
   * @param w a fresh world
   */
  public static void sectionHeadActsOnTheirSectionOnly(World w) {
    PostId reviewer = w.lianfang.organization().registerPost(w.landLeader, new RegisterPost(w.land, "GT-05",
        "审批科复核员", PostProfile.ordinary(), Optional.of("审批科"))).orElseThrow();
    PostId cashier = w.lianfang.organization().registerPost(w.landLeader, new RegisterPost(w.land, "GT-06",
        "财务科出纳", PostProfile.ordinary(), Optional.of("财务科"))).orElseThrow();
    assertEquals(Optional.of("审批科"), w.store.posts().find(reviewer).orElseThrow().section());
    assertEquals(Optional.of("财务科"), w.store.posts().find(cashier).orElseThrow().section());
    assertEquals(Optional.empty(), w.store.posts().find(w.approver).orElseThrow().section(), "a post in no section");

    RiskPointId ours = reviewed(w, reviewer);
    RiskPointId theirs = reviewed(w, cashier);
    RiskPointId unitWide = w.lianfang.risks().identify(w.landLeader, RiskPointFixture.aRiskPoint(w.land).build())
        .orElseThrow();
    Actor head = Actor.granted("head-审批科", "审批科 李科长", List.of(Grant.inSection(Role.SECTION_HEAD, w.land, "审批科")));

    assertEquals(List.of(ours), w.lianfang.risks().queries().riskPoints(head, w.land).stream().map(RiskPoint::id)
        .toList(), "only the points of the section's posts");
    assertTrue(w.lianfang.risks().queries().riskPoint(head, theirs).isEmpty());
    assertTrue(w.lianfang.risks().queries().riskPoint(head, unitWide).isEmpty(), "nor the unit's own points");
    assertTrue(w.lianfang.risks().grade(head, new GradeRiskPoint(ours, 3, 2, false, false)).isAccepted());

    RiskPoint before = w.store.riskPoints().find(theirs).orElseThrow();
    List<JournalEntry> journal = w.store.journal().read(w.land, 1, 10_000);
    Outcome<RiskPointId> refused = w.lianfang.risks().grade(head, new GradeRiskPoint(theirs, 3, 2, false, false));
    assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refused.whyRefused().orElseThrow().code(),
        "another section's point gets the answer of a missing one (finding 12)");
    assertEquals(before, w.store.riskPoints().find(theirs).orElseThrow(), "unchanged");
    assertEquals(journal, w.store.journal().read(w.land, 1, 10_000), "nothing journalled");

    Actor staff = Actor.granted("head-财务科", "财务科 周科长", List.of(Grant.inSection(Role.SECTION_HEAD, w.land, "财务科")));
    assertEquals(List.of(theirs), w.lianfang.risks().queries().riskPoints(staff, w.land).stream().map(RiskPoint::id)
        .toList(), "the other section's head sees the other section");
    assertTrue(w.lianfang.organization().queries().posts(head, w.land).size() >= 2,
        "the unit's organisation is read by its staff, sections or not");
  }

  /**
   * Leading one bureau and auditing the city are two grants: the actor reviews in the bureau it leads, reads the other
   * bureau's points as an auditor, and may not review them.
   *
   * @param w a fresh world
   */
  public static void aGrantActsInItsOwnUnitOnly(World w) {
    Actor both = Actor.granted("leader-auditor", "国土局 张局长（兼市审计）", List.of(Grant.of(Role.UNIT_LEADER, w.land),
        Grant.of(Role.AUDITOR, w.city)));
    RiskPointId inLand = w.draft(w.aPointOnApprover().build());
    RiskPointId inPlanning = w.lianfang.risks().identify(w.planningLeader,
        RiskPointFixture.aRiskPoint(w.planning).onPost(w.planner).build()).orElseThrow();

    assertTrue(w.lianfang.risks().review(both, new ReviewRiskPoint(inLand, "本局复核")).isAccepted());
    assertTrue(w.lianfang.risks().queries().riskPoint(both, inPlanning).isPresent(), "an auditor reads the city");
    RiskPoint before = w.store.riskPoints().find(inPlanning).orElseThrow();
    List<JournalEntry> journal = w.store.journal().read(w.planning, 1, 10_000);
    Outcome<RiskPointId> refused = w.lianfang.risks().review(both, new ReviewRiskPoint(inPlanning, "越权复核"));
    assertEquals(Refusal.Code.ACCESS_DENIED, refused.whyRefused().orElseThrow().code(),
        "leading the land bureau does not lead the planning bureau, however the city is audited");
    assertEquals(before, w.store.riskPoints().find(inPlanning).orElseThrow(), "unchanged");
    assertEquals(journal, w.store.journal().read(w.planning, 1, 10_000), "nothing journalled");
  }

  private static RiskPointId reviewed(World w, PostId post) {
    RiskPointId id = w.lianfang.risks().identify(w.landLeader, RiskPointFixture.aRiskPoint(w.land).onPost(post).build())
        .orElseThrow();
    w.lianfang.risks().review(w.landLeader, new ReviewRiskPoint(id, "本局复核")).orElseThrow();
    return id;
  }
}

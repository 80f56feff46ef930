package org.lianfang.application.risk;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lianfang.Actor;
import org.lianfang.Refusal;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.organization.RegisterUnit;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.UnitKind;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.PublishedRisk;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.World;
import org.lianfang.testing.PublicReads;

/**
 * Issue 10, finding 11: a notice's audience is structured — the unit, the unit and the units below it, the public —
 * and the queries show a notice to its audience only; the public sees and may comment on notices to the public only
 * (S-5, P-5, P-11).
 */
class NoticeAudienceTest {
  private final World w = World.in(InMemoryStore.create());
  private final RiskPointId inside = w.published(w.aPointOnApprover().described("审批材料把关不严").build(),
      NoticeAudience.UNIT, "仅限局机关内部");
  private final RiskPointId tree = w.published(w.aPointOnApprover().described("超时限审批，吃拿卡要").build(),
      NoticeAudience.UNIT_TREE, "局机关及下属单位内网");
  private final RiskPointId open = w.published(w.aPointOnApprover().described("对不符合条件的申请予以审批").build(),
      NoticeAudience.PUBLIC, "局门户网站及办事大厅公示栏");
  private final UnitId brigade = w.lianfang.organization().registerUnit(w.inspector,
      new RegisterUnit("5301-GT-ZF", "市国土资源执法监察支队", UnitKind.PUBLIC_INSTITUTION, Optional.of(w.land)))
      .orElseThrow();

  private Set<String> seenBy(Actor actor, UnitId from) {
    return PublicReads.all(w.lianfang.risks().queries(), actor, from).stream().map(PublishedRisk::code)
        .collect(Collectors.toSet());
  }

  private String code(RiskPointId id) {
    return w.lianfang.risks().queries().riskPoint(w.inspector, id).orElseThrow().code();
  }

  @Test
  void finding11ANoticeIsShownToItsAudienceOnly() {
    Actor brigadeStaff = Actor.of("brigade-staff", "支队 刘队员", List.of(Role.POST_HOLDER), List.of(brigade));
    Actor cityStaff = Actor.of("city-staff", "市政府 办事员", List.of(Role.POST_HOLDER), List.of(w.city));
    assertAll(
        () -> assertEquals(Set.of(code(open)), seenBy(w.visitor, w.city), "the public: notices to the public only"),
        () -> assertEquals(Set.of(code(inside), code(tree), code(open)), seenBy(w.approverHolder, w.land),
            "the bureau's own staff"),
        () -> assertEquals(Set.of(code(tree)), seenBy(brigadeStaff, w.land),
            "the staff of a unit below: the notices to the bureau's tree"),
        () -> assertEquals(Set.of(code(open)), seenBy(cityStaff, w.city),
            "the staff of the unit above are not inside the bureau"),
        () -> assertEquals(Set.of(code(inside), code(tree), code(open)), seenBy(w.landLeader, w.land),
            "who may read the bureau's risks sees all its notices"));
  }

  @Test
  void finding11ThePublicCannotCommentOnANoticeNotToThePublicAndLearnsNothingOfItP11() {
    InMemoryStore store = (InMemoryStore) w.store;
    var before = store.snapshot();

    Refusal r = w.lianfang.risks().comment(w.visitor, new CommentOnNotice(inside, "内部公示也让我看看"))
        .whyRefused().orElseThrow();

    assertEquals(Refusal.Code.UNKNOWN_REFERENCE, r.code(), "as if there were no such point (finding 12)");
    assertEquals(before, store.snapshot());
    assertTrue(w.lianfang.risks().comment(w.visitor, new CommentOnNotice(open, "该岗位审批过慢")).isAccepted());
    assertTrue(w.lianfang.risks().comment(w.approverHolder, new CommentOnNotice(inside, "内部意见")).isAccepted());
  }
}

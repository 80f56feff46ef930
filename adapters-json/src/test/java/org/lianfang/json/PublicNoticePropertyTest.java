package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Actor;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.Official;
import org.lianfang.organization.Post;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;
import org.lianfang.risk.Confirmation;
import org.lianfang.risk.CustomFields;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.GradingRecord;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.NoticeComment;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.PublicNotice;
import org.lianfang.risk.ReviewRecord;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskLocation;
import org.lianfang.risk.RiskPoint;
import org.lianfang.testing.Generators;
import org.lianfang.testing.MutableClock;
import org.lianfang.testing.OrganizationGenerators;
import org.lianfang.testing.RiskGenerators;
import org.quicktheories.core.Gen;

/**
 * P-11, S-5, S-6: over generated ledgers, the public notice holds every published and confirmed point whose notice has
 * begun, and none of what the public may not see. Every private part of the generated ledger (officials' names and
 * staff numbers, owners, commenters and their comments, review notes, custom fields, the actors who identified,
 * graded, decided and recorded) carries a marker that must not appear anywhere in the notice.
 */
class PublicNoticePropertyTest {
  private static final String SECRET = "PRIVATE-";
  private static final UnitId UNIT = new UnitId(UUID.fromString("0190a8f0-0000-7000-8000-0000000000aa"));
  private static final LocalDate TODAY = LocalDate.of(2045, 1, 1);

  private static String secret(String what) {
    return SECRET + what + "-" + UUID.randomUUID();
  }

  /** A ledger of one unit: posts, officials with private names, and points whose private parts are marked. */
  private record Ledger(List<Post> posts, List<Official> officials, List<RiskPoint> points) {}

  private static Gen<Ledger> ledgers() {
    Gen<List<Post>> posts = lists().of(OrganizationGenerators.posts(UNIT)).ofSizeBetween(1, 4);
    Gen<List<RiskPoint>> points = lists().of(RiskGenerators.riskPoints(UNIT)).ofSizeBetween(1, 12);
    return posts.zip(points, integers().between(0, 1000), (ps, rs, seed) -> {
      List<Official> officials = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        officials.add(Official.register(new org.lianfang.organization.OfficialId(UUID.randomUUID()), UNIT,
            secret("staff"), secret("name")).after());
      }
      OwnerChain owners = new OwnerChain(officials.get(0).id(), officials.get(1).id(), officials.get(2).id());
      List<RiskPoint> marked = new ArrayList<>();
      for (int i = 0; i < rs.size(); i++) {
        RiskPoint r = rs.get(i);
        RiskLocation where = (seed + i) % 3 == 0 ? RiskLocation.unitWide(UNIT)
            : RiskLocation.onPost(UNIT, ps.get((seed + i) % ps.size()).id());
        marked.add(RiskPoint.restore(r.id(), r.code(), where, r.description(), Optional.of(owners),
            CustomFields.of(java.util.Map.of("note", new CustomValue.Text(secret("custom")))), r.state(),
            r.grading().map(g -> new GradingRecord(g.assessment(), g.grade(), secret("grader"), g.gradedAt(),
                g.stale())),
            r.notice().map(n -> new PublicNotice(n.audience(), n.scope(), n.start(), n.end(), List.of(
                new NoticeComment(secret("reporter"), secret("comment"), n.start().atStartOfDay()
                    .toInstant(java.time.ZoneOffset.UTC), secret("seal"))))),
            r.confirmation().map(c -> new Confirmation(secret("body"), c.decidedOn(), secret("leader"),
                c.recordedAt())),
            r.history().stream().map(h -> new ReviewRecord(h.from(), h.action(), h.to(), secret("actor"), h.at(),
                secret("note"))).toList(),
            secret("identifier"), r.identifiedAt(), 1));
      }
      return new Ledger(ps, officials, marked);
    });
  }

  @Test
  void theNoticeHoldsThePublishedPointsS5AndNothingPrivateP11() {
    ObjectMapper plain = new ObjectMapper();
    qt().withExamples(150).forAll(ledgers()).checkAssert(ledger -> {
      InMemoryStore store = InMemoryStore.create();
      store.transactions().inTransaction(() -> {
        store.units().insert(Unit.register(UNIT, "5301", "昆明市", UnitKind.CITY, Optional.empty()).after());
        ledger.posts().forEach(store.posts()::insert);
        ledger.officials().forEach(store.officials()::insert);
        ledger.points().forEach(store.riskPoints()::insert);
        return null;
      });
      MutableClock clock = MutableClock.at(TODAY);
      Lianfang lianfang = Lianfang.builder(store).clock(clock).build();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int written;
      try {
        written = PublicNoticeExport.of(lianfang.risks().queries(), clock)
            .write(Actor.publicVisitor(List.of(UNIT)), UNIT, out);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      String text = out.toString(StandardCharsets.UTF_8);

      assertFalse(text.contains(SECRET), () -> "private data in the public notice: " + text);
      List<RiskPoint> public_ = ledger.points().stream()
          .filter(r -> r.state() == ReviewState.PUBLISHED || r.state() == ReviewState.CONFIRMED)
          .filter(r -> r.notice().isPresent() && !r.notice().get().start().isAfter(TODAY))
          .filter(r -> r.notice().get().audience() == NoticeAudience.PUBLIC).toList(); // finding 11
      assertEquals(public_.size(), written);
      JsonNode risks;
      try {
        risks = plain.readTree(text).get("risks");
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      assertEquals(public_.size(), risks.size());
      for (RiskPoint r : public_) {
        assertTrue(text.contains(plain.valueToTree(r.code()).toString()), r.code());
      }
    });
  }
}

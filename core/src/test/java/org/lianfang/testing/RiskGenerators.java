package org.lianfang.testing;

import static org.lianfang.testing.Generators.code;
import static org.lianfang.testing.Generators.days;
import static org.lianfang.testing.Generators.instants;
import static org.lianfang.testing.Generators.longText;
import static org.lianfang.testing.Generators.text;
import static org.lianfang.testing.Generators.uuids;
import static org.lianfang.testing.OrganizationGenerators.postProfiles;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.lianfang.UnitId;
import org.lianfang.grading.Assessment;
import org.lianfang.grading.Grade;
import org.lianfang.grading.GradingInput;
import org.lianfang.grading.SeedGradingPolicy;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItemId;
import org.lianfang.process.ProcessId;
import org.lianfang.process.StepId;
import org.lianfang.risk.Confirmation;
import org.lianfang.risk.CustomFields;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.DiscoveryChannel;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.GradingRecord;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.NoticeComment;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.PublicNotice;
import org.lianfang.risk.ReviewAction;
import org.lianfang.risk.ReviewRecord;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.RiskDescription;
import org.lianfang.risk.RiskLocation;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.RiskSource;
import org.lianfang.risk.SourceKind;
import org.lianfang.risk.StepRef;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of the risk area (S-4 to S-7): risk points and their parts (descriptions, sources,
 * locations, owners, grading, public notice, confirmation, review). Built from valid parts, with the hostile text of
 * {@link Generators}.
 */
public final class RiskGenerators {
  /** A comment's seal (P-11): the random bits kept with a sealed author. */
  private static final String SEAL = "5ea1".repeat(8);

  /** The generator of each kind of this area a unit holds, for {@link Generators#inUnit}. */
  static final Map<AggregateKind<?, ?>, Function<UnitId, Gen<?>>> IN_UNIT = Map.ofEntries(
      Map.entry(AggregateKinds.RISK_POINTS, RiskGenerators::riskPoints));

  private RiskGenerators() {}

  /** @return any assessment */
  public static Gen<Assessment> assessments() {
    return integers().between(1, 5).zip(integers().between(1, 5), booleans().all(), booleans().all(),
        Assessment::new);
  }

  /** @return any grading input */
  public static Gen<GradingInput> gradingInputs() {
    return assessments().zip(postProfiles(), GradingInput::new);
  }

  /** @return custom field maps, 0 to 4 fields of every value type */
  public static Gen<Map<String, CustomValue>> customFields() {
    Gen<CustomValue> values = Generate.oneOf(
        text().map(t -> (CustomValue) new CustomValue.Text(t)),
        longs().all().zip(integers().between(0, 6), (l, s) -> (CustomValue) new CustomValue.Number(
            BigDecimal.valueOf(l, s))),
        days().map(d -> (CustomValue) new CustomValue.Day(d)),
        booleans().all().map(b -> (CustomValue) new CustomValue.Flag(b)));
    return lists().of(arbitrary().pick(List.of("sector", "province.code", "old_no", "x-1", "z9")))
        .ofSizeBetween(0, 4)
        .zip(lists().of(values).ofSize(4), (keys, vals) -> {
          Map<String, CustomValue> m = new TreeMap<>();
          for (int i = 0; i < keys.size(); i++) {
            m.put(keys.get(i), vals.get(i));
          }
          return m;
        });
  }

  /** @return risk descriptions */
  public static Gen<RiskDescription> riskDescriptions() {
    Gen<List<RiskSource>> sources = lists().of(arbitrary().enumValues(SourceKind.class).zip(text(), RiskSource::new))
        .ofSizeBetween(0, 3);
    return arbitrary().enumValues(RiskCategory.class).zip(longText(), text(), sources,
        (c, d, m, s) -> new Object[] {c, d, m, s})
        .zip(arbitrary().enumValues(DiscoveryMethod.class), arbitrary().enumValues(DiscoveryChannel.class),
            (a, method, channel) -> new RiskDescription((RiskCategory) a[0], (String) a[1], (String) a[2],
                castSources(a[3]), method, channel));
  }

  @SuppressWarnings("unchecked")
  private static List<RiskSource> castSources(Object o) {
    return (List<RiskSource>) o;
  }

  /**
   * Risk points of a unit in any review state, with or without post, step, power, owners, grade, notice,
   * confirmation and comments on earlier notices, a raiser's seal when their description seals the raiser, stored
   * version 1: what a store must give back identically.
   *
   * @param unit the unit
   * @return the generator
   */
  public static Gen<RiskPoint> riskPoints(UnitId unit) {
    Gen<List<ReviewRecord>> history = lists().of(reviewRecords()).ofSizeBetween(0, 4);
    Gen<Optional<OwnerChain>> owners = ownerChains().toOptionals(30);
    Gen<Optional<GradingRecord>> grading = gradingRecords().toOptionals(40);
    Gen<Optional<PublicNotice>> notice = publicNotices().toOptionals(50);
    Gen<Optional<Confirmation>> confirmation = confirmations().toOptionals(60);
    Gen<RiskLocation> locations = locations(unit);
    Gen<Object[]> head = uuids().zip(code(), locations, riskDescriptions(),
        (id, c, l, d) -> new Object[] {id, c, l, d});
    Gen<Object[]> middle = owners.zip(customFields(), arbitrary().enumValues(ReviewState.class), grading,
        (o, cf, st, g) -> new Object[] {o, cf, st, g});
    Gen<List<NoticeComment>> earlier = lists().of(text()).ofSizeBetween(0, 2).zip(instants(),
        (texts, at) -> texts.stream().map(t -> new NoticeComment("colleague-" + t.length(), t, at, SEAL)).toList());
    Gen<Object[]> tail = notice.zip(confirmation, history, instants(), (n, c, h, at) -> new Object[] {n, c, h, at});
    return head.zip(middle, tail, earlier, (a, b, c, e) -> restore(a, b, c, e));
  }

  /** @param unit the unit @return locations in it: on a post or unit-wide, with or without step and power item */
  public static Gen<RiskLocation> locations(UnitId unit) {
    return uuids().toOptionals(30).zip(uuids().toOptionals(50), uuids().toOptionals(50),
        (post, proc, power) -> RiskLocation.of(unit, post.map(PostId::new),
            proc.map(p -> new StepRef(new ProcessId(p), new StepId("审查"))), power.map(PowerItemId::new)));
  }

  /** @return owner chains of three officials */
  public static Gen<OwnerChain> ownerChains() {
    return uuids().zip(uuids(), uuids(),
        (a, b, c) -> new OwnerChain(new OfficialId(a), new OfficialId(b), new OfficialId(c)));
  }

  /** @return grades of the seed's policy, with their rationale */
  public static Gen<Grade> grades() {
    return gradingInputs().map(SeedGradingPolicy.standard()::grade);
  }

  /** @return grading records, current or stale */
  public static Gen<GradingRecord> gradingRecords() {
    return gradingInputs().zip(instants(), booleans().all(),
        (in, at, stale) -> new GradingRecord(in.assessment(), SeedGradingPolicy.standard().grade(in), "grader", at,
            stale));
  }

  /** @return public notices of 1 to 30 days, to each audience, with 0 to 3 comments of hostile text */
  public static Gen<PublicNotice> publicNotices() {
    return days().zip(integers().between(1, 30), lists().of(text()).ofSizeBetween(0, 3), instants(),
        (d, len, texts, at) -> new PublicNotice(NoticeAudience.values()[len % NoticeAudience.values().length],
            "公示栏" + len, d, d.plusDays(len),
            texts.stream().map(t -> new NoticeComment("public", t, at, SEAL)).toList()));
  }

  /** @return collective decisions */
  public static Gen<Confirmation> confirmations() {
    return days().zip(instants(), text(), (d, at, body) -> new Confirmation(body, d, "leader", at));
  }

  /** @return review records of any states and actions (not necessarily allowed ones: stores keep what they get) */
  public static Gen<ReviewRecord> reviewRecords() {
    return arbitrary().enumValues(ReviewState.class).zip(arbitrary().enumValues(ReviewAction.class),
        arbitrary().enumValues(ReviewState.class), instants(),
        (f, a, t, at) -> new ReviewRecord(f, a, t, "reviewer", at, "备注'\"\\"));
  }

  @SuppressWarnings("unchecked")
  private static RiskPoint restore(Object[] a, Object[] b, Object[] c, List<NoticeComment> earlier) {
    RiskDescription d = (RiskDescription) a[3];
    return RiskPoint.restore(new RiskPointId((UUID) a[0]), (String) a[1], (RiskLocation) a[2], d,
        (Optional<OwnerChain>) b[0], CustomFields.of((Map<String, CustomValue>) b[1]), (ReviewState) b[2],
        (Optional<GradingRecord>) b[3], (Optional<PublicNotice>) c[0], (Optional<Confirmation>) c[1],
        (List<ReviewRecord>) c[2], earlier, "identifier", d.sealsRaiser() ? SEAL : "", (Instant) c[3], 1);
  }
}

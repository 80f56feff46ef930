package org.lianfang.testing;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.lianfang.Actor;
import org.lianfang.Aggregate;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.grading.Assessment;
import org.lianfang.grading.Grade;
import org.lianfang.grading.GradingInput;
import org.lianfang.grading.SeedGradingPolicy;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.monitoring.Notification;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.TenureId;
import org.lianfang.organization.Transparency;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.Flow;
import org.lianfang.process.ProcessId;
import org.lianfang.process.ProcessStep;
import org.lianfang.process.StepId;
import org.lianfang.risk.Confirmation;
import org.lianfang.risk.CustomFields;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.DiscoveryChannel;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.GradingRecord;
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
 * QuickTheories generators for every domain type, built from valid parts (never by filtering). Text is hostile on
 * purpose: Chinese, CJK extension B and emoji (4-byte UTF-8), quotes, backslashes, SQL and HTML metacharacters,
 * control characters other than NUL (PostgreSQL cannot store NUL in text), and sometimes several thousand characters.
 */
public final class Generators {
  /** Fragments hostile text is made of. */
  public static final List<String> FRAGMENTS = List.of(
      "廉政风险", "三重一大", "人财物", "局长", "审批", "𠮷野家", "𩸽", "😀", "🀄", "'", "\"", "\\", "%", "_", ";",
      "--", "/*", "*/", "' OR '1'='1", "'; DROP TABLE lf_unit; --", "<script>", "&amp;", "\t", "\n", "\r\n",
      "\u0001", "\u00e9", "\u200b", "\ufeff", " ", "ABC", "123", "ä", "Ω", "é");

  private Generators() {}

  /** @return hostile text of 1 to 12 fragments, never blank */
  public static Gen<String> text() {
    return lists().of(arbitrary().pick(FRAGMENTS)).ofSizeBetween(1, 12)
        .map(parts -> "风险" + String.join("", parts));
  }

  /**
   * Text a command must refuse where a name is required: blank in several ways, or longer than {@code max}.
   *
   * @param max the field's limit
   * @return invalid text
   */
  public static Gen<String> invalidNames(int max) {
    return Generate.oneOf(arbitrary().pick(List.of("", " ", "\t", "\n", "\u3000", "  \r\n ")),
        text().map(t -> t + "廉".repeat(max + 1)));
  }

  /** @return a probability or harm off the 1–5 scale */
  public static Gen<Integer> invalidScale() {
    return Generate.oneOf(integers().between(-1000, 0), integers().between(6, 1000));
  }

  /** @return hostile text, sometimes over 3,000 characters */
  public static Gen<String> longText() {
    return text().zip(integers().between(1, 300), (t, n) -> n > 280 ? t.repeat(3000 / t.length() + 1) : t);
  }

  /**
   * @return a short code of letters, digits, Chinese and dashes, unique to each draw (codes are unique in a unit, and
   *     stores enforce it)
   */
  public static Gen<String> code() {
    return lists().of(arbitrary().pick(List.of("A", "B", "7", "-", "国", "土", "0", "局"))).ofSizeBetween(1, 10)
        .zip(uuids(), (l, u) -> "C" + String.join("", l) + "-" + u.toString().substring(0, 8));
  }

  /**
   * @return fresh random UUIDs (not time-ordered: stores must not depend on the order of creation). Drawn from a
   *     supplier, not from QuickTheories' longs, whose bias to edge values would repeat ids
   */
  public static Gen<UUID> uuids() {
    return Generate.constant(UUID::randomUUID);
  }

  /** @return unit ids */
  public static Gen<UnitId> unitIds() {
    return uuids().map(UnitId::new);
  }

  /** @return instants between 2010 and 2040, whole milliseconds */
  public static Gen<Instant> instants() {
    return longs().between(1_262_304_000_000L, 2_208_988_800_000L).map(Instant::ofEpochMilli);
  }

  /** @return days between 2010 and 2040 */
  public static Gen<LocalDate> days() {
    return integers().between(0, 365 * 30).map(d -> LocalDate.of(2010, 1, 1).plusDays(d));
  }

  /** @return any post profile */
  public static Gen<PostProfile> postProfiles() {
    Gen<Set<Resource>> resources = lists().of(arbitrary().enumValues(Resource.class)).ofSizeBetween(0, 3)
        .map(l -> l.isEmpty() ? Set.of() : EnumSet.copyOf(l));
    Gen<Set<AdministrativePower>> powers = lists().of(arbitrary().enumValues(AdministrativePower.class))
        .ofSizeBetween(0, 3).map(l -> l.isEmpty() ? Set.of() : EnumSet.copyOf(l));
    Gen<boolean[]> flags = booleans().all().zip(booleans().all(), booleans().all(),
        (a, b, c) -> new boolean[] {a, b, c});
    return flags.zip(resources, powers, arbitrary().enumValues(Transparency.class),
        (f, r, p, t) -> new PostProfile(f[0], r, f[1], f[2], p, t));
  }

  /** @return any assessment */
  public static Gen<Assessment> assessments() {
    return integers().between(1, 5).zip(integers().between(1, 5), booleans().all(), booleans().all(),
        Assessment::new);
  }

  /** @return any grading input */
  public static Gen<GradingInput> gradingInputs() {
    return assessments().zip(postProfiles(), GradingInput::new);
  }

  /** @return any unit, stored version 1 */
  public static Gen<Unit> units() {
    return unitIds().zip(code(), text(), arbitrary().enumValues(UnitKind.class), (id, c, n, k) -> new Object[] {
        id, c, n, k}).zip(unitIds().toOptionals(30), (a, parent) -> Unit.restore((UnitId) a[0], (String) a[1],
            (String) a[2], (UnitKind) a[3], parent, 1));
  }

  /**
   * Records of any kind a unit holds, through the generator of that kind below: the one place a new kind of aggregate
   * adds its generator to, so that tests over every kind ({@link org.lianfang.kinds.AggregateKinds#ofUnit()}) need no
   * edit.
   *
   * @param kind a kind a unit holds
   * @param unit the unit
   * @param <A> the aggregate
   * @return records of that kind in that unit, stored version 1
   * @throws IllegalArgumentException for a kind without a generator here
   */
  @SuppressWarnings("unchecked")
  public static <A extends Aggregate<?>> Gen<A> inUnit(AggregateKind<A, ?> kind, UnitId unit) {
    // ofEntries, not of: Map.of takes at most ten pairs, and the later stages add more kinds than that
    Map<AggregateKind<?, ?>, Function<UnitId, Gen<?>>> byKind = Map.ofEntries(
        Map.entry(AggregateKinds.POSTS, Generators::posts), Map.entry(AggregateKinds.OFFICIALS, Generators::officials),
        Map.entry(AggregateKinds.TENURES, Generators::tenures),
        Map.entry(AggregateKinds.POWER_ITEMS, Generators::powerItems),
        Map.entry(AggregateKinds.PROCESSES, Generators::processes),
        Map.entry(AggregateKinds.RISK_POINTS, Generators::riskPoints));
    Function<UnitId, Gen<?>> gen = byKind.get(kind);
    if (gen == null) {
      throw new IllegalArgumentException("no generator of " + kind + " in a unit");
    }
    return (Gen<A>) gen.apply(unit);
  }

  /** @param unit the unit @return posts of that unit, stored version 1 */
  public static Gen<Post> posts(UnitId unit) {
    return uuids().zip(code(), text(), postProfiles(),
        (id, c, n, p) -> Post.restore(new PostId(id), unit, c, n, p, 1));
  }

  /** @param unit the unit @return officials of that unit, stored version 1 */
  public static Gen<Official> officials(UnitId unit) {
    return uuids().zip(code(), text(), (id, c, n) -> Official.restore(new OfficialId(id), unit, c, n, 1));
  }

  /** @param unit the unit @return tenures in that unit, open or closed, stored version 1 */
  public static Gen<Tenure> tenures(UnitId unit) {
    return uuids().zip(uuids(), uuids(), days(), (id, p, o, start) -> new Object[] {id, p, o, start})
        .zip(integers().between(0, 2000), (a, len) -> Tenure.restore(new TenureId((UUID) a[0]), unit,
            new PostId((UUID) a[1]), new OfficialId((UUID) a[2]), (LocalDate) a[3],
            len == 0 ? Optional.empty() : Optional.of(((LocalDate) a[3]).plusDays(len)), 1));
  }

  /** @param unit the unit @return power items of that unit, stored version 1 */
  public static Gen<PowerItem> powerItems(UnitId unit) {
    return uuids().zip(code(), longText(), arbitrary().enumValues(AdministrativePower.class),
        (id, c, t, k) -> new Object[] {id, c, t, k})
        .zip(lists().of(uuids()).ofSizeBetween(1, 4), (a, posts) -> PowerItem.restore(
            new PowerItemId((UUID) a[0]), unit, (String) a[1], "职权" + a[1], (AdministrativePower) a[3],
            (String) a[2], "界限" + a[2], "责任" + a[1],
            posts.stream().map(PostId::new).collect(java.util.stream.Collectors.toSet()), 1));
  }

  /** @param unit the unit @return processes of that unit (a chain of steps, possibly with a loop), version 1 */
  public static Gen<BusinessProcess> processes(UnitId unit) {
    return uuids().zip(code(), lists().of(text()).ofSizeBetween(1, 6), uuids(), (id, c, names, post) -> {
      List<ProcessStep> steps = new ArrayList<>();
      List<Flow> flows = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        steps.add(ProcessStep.of(new StepId("S" + i), names.get(i), new PostId(post)));
        if (i > 0) {
          flows.add(new Flow(new StepId("S" + (i - 1)), new StepId("S" + i)));
        }
      }
      return BusinessProcess.restore(new ProcessId(id), unit, c, "流程" + c, steps, flows, 1);
    });
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
   * Risk points of a unit in any review state, with or without post, step, power, owners, grade, notice and
   * confirmation, stored version 1: what a store must give back identically.
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
    Gen<Object[]> head = uuids().zip(code(), locations, riskDescriptions(), (id, c, l, d) -> new Object[] {id, c, l, d});
    Gen<Object[]> middle = owners.zip(customFields(), arbitrary().enumValues(ReviewState.class), grading,
        (o, cf, st, g) -> new Object[] {o, cf, st, g});
    Gen<Object[]> tail = notice.zip(confirmation, history, instants(), (n, c, h, at) -> new Object[] {n, c, h, at});
    return head.zip(middle, tail, (a, b, c) -> restore(a, b, c));
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

  /** @return public notices of 1 to 30 days with 0 to 3 comments of hostile text */
  public static Gen<PublicNotice> publicNotices() {
    return days().zip(integers().between(1, 30), lists().of(text()).ofSizeBetween(0, 3), instants(),
        (d, len, texts, at) -> new PublicNotice("公示栏" + len, d, d.plusDays(len),
            texts.stream().map(t -> new NoticeComment("public", t, at)).toList()));
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

  /** @param unit the unit @return notifications about that unit, with hostile text */
  public static Gen<Notification> notifications(UnitId unit) {
    return uuids().zip(text(), longText(), instants(),
        (key, subject, body, at) -> new Notification(key.toString(), unit, "official-" + key, "notice.ending",
            subject, body, at));
  }

  @SuppressWarnings("unchecked")
  private static RiskPoint restore(Object[] a, Object[] b, Object[] c) {
    return RiskPoint.restore(new RiskPointId((UUID) a[0]), (String) a[1], (RiskLocation) a[2],
        (RiskDescription) a[3], (Optional<OwnerChain>) b[0], CustomFields.of((Map<String, CustomValue>) b[1]),
        (ReviewState) b[2], (Optional<GradingRecord>) b[3], (Optional<PublicNotice>) c[0],
        (Optional<Confirmation>) c[1], (List<ReviewRecord>) c[2], "identifier", (Instant) c[3], 1);
  }

  /**
   * A valid journal chain of a unit: 1 to {@code max} entries with hostile payloads.
   *
   * @param unit the unit
   * @param max the most entries
   * @return the chain, first entry first
   */
  public static Gen<List<JournalEntry>> chains(UnitId unit, int max) {
    return lists().of(text().zip(instants(), (t, at) -> new Object[] {t, at})).ofSizeBetween(1, max).map(parts -> {
      List<JournalEntry> out = new ArrayList<>();
      Optional<ChainHead> head = Optional.empty();
      for (Object[] p : parts) {
        JournalEntry e = JournalChain.next(head, unit, "test.event", "actor", (Instant) p[1], (String) p[0]);
        out.add(e);
        head = Optional.of(e.head());
      }
      return out;
    });
  }

  /**
   * Actors with any roles, scoped to some of the given units.
   *
   * @param units the units an actor may be scoped to
   * @return the generator
   */
  public static Gen<Actor> actors(List<UnitId> units) {
    return lists().of(arbitrary().enumValues(Role.class)).ofSizeBetween(0, 3)
        .zip(lists().of(arbitrary().pick(units)).ofSizeBetween(0, 2), integers().between(0, 999),
            (roles, scope, n) -> Actor.of("actor-" + n, "测试人员" + n, roles, new LinkedHashSet<>(scope)));
  }
}

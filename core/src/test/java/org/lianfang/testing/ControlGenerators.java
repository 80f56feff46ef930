package org.lianfang.testing;

import static org.lianfang.testing.Generators.days;
import static org.lianfang.testing.Generators.longText;
import static org.lianfang.testing.Generators.text;
import static org.lianfang.testing.Generators.uuids;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.lianfang.UnitId;
import org.lianfang.control.Cadence;
import org.lianfang.control.CommitmentDimension;
import org.lianfang.control.CommitmentLife;
import org.lianfang.control.CommitmentState;
import org.lianfang.control.CommitmentTerms;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.ControlPhase;
import org.lianfang.control.DefenseLine;
import org.lianfang.control.DisclosureChannel;
import org.lianfang.control.DisclosureContent;
import org.lianfang.control.DisclosureField;
import org.lianfang.control.EducationActivity;
import org.lianfang.control.EducationActivityId;
import org.lianfang.control.EducationContent;
import org.lianfang.control.EducationForm;
import org.lianfang.control.EvidenceRef;
import org.lianfang.control.MeasureLife;
import org.lianfang.control.MeasurePlan;
import org.lianfang.control.MeasureState;
import org.lianfang.control.MonitoringIndicator;
import org.lianfang.control.PowerDisclosure;
import org.lianfang.control.PowerDisclosureId;
import org.lianfang.control.ServiceCommitment;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.control.Verdict;
import org.lianfang.control.Withdrawal;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItemId;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.RiskPointId;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of the control area: control measures in every state of their life, with and without
 * cadence, indicator and evidence (P-13); education activities of every form, withdrawn or not (P-15); power
 * disclosures of every field and channel, withdrawn or not (P-16); service commitments in every state (P-17). Built
 * from valid parts, with the hostile text of {@link Generators}.
 */
public final class ControlGenerators {
  /** The generator of each kind of this area a unit holds, for {@link Generators#inUnit}. */
  static final Map<AggregateKind<?, ?>, Function<UnitId, Gen<?>>> IN_UNIT = Map.ofEntries(
      Map.entry(AggregateKinds.CONTROL_MEASURES, ControlGenerators::measures),
      Map.entry(AggregateKinds.EDUCATION_ACTIVITIES, ControlGenerators::activities),
      Map.entry(AggregateKinds.POWER_DISCLOSURES, ControlGenerators::disclosures),
      Map.entry(AggregateKinds.SERVICE_COMMITMENTS, ControlGenerators::commitments));

  private ControlGenerators() {}

  /** @return monitoring indicators, thresholds of any sign and scale */
  public static Gen<MonitoringIndicator> indicators() {
    return text().zip(arbitrary().pick(List.of("件", "天", "万元", "%")), text(),
        longs().between(-1_000_000_000L, 1_000_000_000L).zip(integers().between(0, 4), BigDecimal::valueOf),
        (n, u, r, t) -> new MonitoringIndicator(n, u, r, t, t.signum() < 0 ? MonitoringIndicator.Direction.BELOW
            : MonitoringIndicator.Direction.ABOVE));
  }

  /** @return evidence references, with and without a digest */
  public static Gen<EvidenceRef> evidence() {
    return text().zip(text(), booleans().all(),
        (t, l, d) -> new EvidenceRef(t, "OA/" + l, d ? Optional.of("sm3:" + "0f".repeat(32)) : Optional.empty()));
  }

  /** @return plans of every phase and line */
  public static Gen<MeasurePlan> plans() {
    Gen<Object[]> kinds = arbitrary().enumValues(ControlPhase.class).zip(arbitrary().enumValues(DefenseLine.class),
        arbitrary().enumValues(Cadence.class), booleans().all(), (p, l, c, has) -> new Object[] {p, l, c, has});
    Gen<OwnerChain> owners = RiskGenerators.ownerChains();
    Gen<Optional<MonitoringIndicator>> indicator = booleans().all().zip(indicators(),
        (has, i) -> has ? Optional.of(i) : Optional.<MonitoringIndicator>empty());
    return kinds.zip(longText(), text(), owners, days(), (k, content, basis, o, due) -> new Object[] {k, content,
        basis, o, due}).zip(indicator, lists().of(evidence()).ofSizeBetween(0, 3), (a, i, e) -> {
          Object[] k = (Object[]) a[0];
          return new MeasurePlan((ControlPhase) k[0], (DefenseLine) k[1], (String) a[1], (String) a[2],
              (OwnerChain) a[3], (LocalDate) a[4], (Boolean) k[3] ? Optional.of((Cadence) k[2]) : Optional.empty(),
              i, e);
        });
  }

  /**
   * @param drafted the day drafted
   * @param steps how far along: 0 draft, 1 registered, 2 in force, 3 retired from force, 4 superseded, 5 retired as
   *     a draft
   * @param reason a retirement's reason
   * @return a consistent life
   */
  public static MeasureLife life(LocalDate drafted, int steps, String reason) {
    Optional<LocalDate> reg = steps >= 1 && steps <= 4 ? Optional.of(drafted.plusDays(1)) : Optional.empty();
    Optional<LocalDate> force = steps >= 2 && steps <= 4 ? Optional.of(drafted.plusDays(2)) : Optional.empty();
    Optional<LocalDate> ended = steps >= 3 ? Optional.of(drafted.plusDays(3)) : Optional.empty();
    MeasureState state = switch (steps) {
      case 0 -> MeasureState.DRAFT;
      case 1 -> MeasureState.REGISTERED;
      case 2 -> MeasureState.IN_FORCE;
      case 4 -> MeasureState.SUPERSEDED;
      default -> MeasureState.RETIRED;
    };
    return new MeasureLife(state, reg, force, ended,
        state == MeasureState.RETIRED ? Optional.of(reason) : Optional.empty(),
        state == MeasureState.SUPERSEDED ? Optional.of(new ControlMeasureId(UUID.randomUUID())) : Optional.empty());
  }

  /** @param unit the unit @return control measures of that unit in every state, one to four points each, version 1 */
  public static Gen<ControlMeasure> measures(UnitId unit) {
    return uuids().zip(lists().of(uuids()).ofSizeBetween(1, 4), plans(), days(),
        (id, points, plan, drafted) -> new Object[] {id, points, plan, drafted})
        .zip(integers().between(0, 5), text(), (a, steps, reason) -> {
          @SuppressWarnings("unchecked")
          List<UUID> points = (List<UUID>) a[1];
          LocalDate drafted = (LocalDate) a[3];
          MeasurePlan p = (MeasurePlan) a[2];
          MeasurePlan due = new MeasurePlan(p.phase(), p.line(), p.content(), p.basis(), p.owners(),
              drafted.plusDays(p.due().getDayOfYear()), p.cadence(), p.indicator(), p.evidence()); // never before
          return ControlMeasure.restore(new ControlMeasureId((UUID) a[0]), unit,
              points.stream().map(RiskPointId::new).toList(), due, drafted, life(drafted, steps, reason), 1);
        });
  }
  /** @return hours an activity may count: 0.1 to 999.9, in tenths, written with and without the tenth */
  public static Gen<BigDecimal> hours() {
    return integers().between(1, 9999).zip(booleans().all(),
        (tenths, whole) -> whole && tenths % 10 == 0 ? BigDecimal.valueOf(tenths / 10) : BigDecimal.valueOf(tenths, 1));
  }

  /** @return what activities were: every form, one to five attendees, with and without a lecturer's id */
  public static Gen<EducationContent> contents() {
    Gen<Object[]> head = arbitrary().enumValues(EducationForm.class).zip(days(), longText(), text(),
        (f, d, topic, lecturer) -> new Object[] {f, d, topic, lecturer});
    Gen<Object[]> lists = lists().of(uuids()).ofSizeBetween(1, 5).zip(lists().of(uuids()).ofSizeBetween(0, 3),
        lists().of(uuids()).ofSizeBetween(0, 3), booleans().all(), (a, p, r, lectured) -> new Object[] {a, p, r,
            lectured});
    return head.zip(lists, hours(), lists().of(evidence()).ofSizeBetween(0, 3), (h, l, hours, e) -> {
      @SuppressWarnings("unchecked")
      List<UUID> attendees = (List<UUID>) l[0];
      @SuppressWarnings("unchecked")
      List<UUID> posts = (List<UUID>) l[1];
      @SuppressWarnings("unchecked")
      List<UUID> points = (List<UUID>) l[2];
      return new EducationContent((EducationForm) h[0], (LocalDate) h[1], (String) h[2], (String) h[3],
          (Boolean) l[3] ? Optional.of(new OfficialId(attendees.get(0))) : Optional.empty(),
          attendees.stream().map(OfficialId::new).toList(), hours, posts.stream().map(PostId::new).toList(),
          points.stream().map(RiskPointId::new).toList(), e);
    });
  }

  /**
   * @param unit the unit
   * @return education activities of that unit, recorded on the day held or up to a month later, a third of them
   *     withdrawn, version 1
   */
  public static Gen<EducationActivity> activities(UnitId unit) {
    return uuids().zip(contents(), integers().between(0, 30), integers().between(0, 2), text(),
        (id, c, late, withdrawn, reason) -> {
          LocalDate recorded = c.held().plusDays(late);
          return EducationActivity.restore(new EducationActivityId(id), unit, c, recorded,
              withdrawn == 0 ? Optional.of(new Withdrawal(recorded.plusDays(late), reason)) : Optional.empty(), 1);
        });
  }
  /** @return what disclosures publish: one to all fields, one to three channels, bounded or open periods */
  public static Gen<DisclosureContent> disclosureContents() {
    Gen<Map<DisclosureField, String>> fields = lists().of(arbitrary().enumValues(DisclosureField.class).zip(
        longText(), Map::entry)).ofSizeBetween(1, DisclosureField.values().length)
        .map(entries -> {
          Map<DisclosureField, String> m = new java.util.EnumMap<>(DisclosureField.class);
          entries.forEach(e -> m.put(e.getKey(), e.getValue()));
          return m;
        });
    Gen<java.util.Set<DisclosureChannel>> channels = lists().of(arbitrary().enumValues(DisclosureChannel.class))
        .ofSizeBetween(1, 3).map(java.util.EnumSet::copyOf);
    return fields.zip(channels, days(), integers().between(-1, 730),
        (f, c, from, days) -> new DisclosureContent(f, c, from,
            days < 0 ? Optional.empty() : Optional.of(from.plusDays(days))));
  }

  /**
   * @param unit the unit
   * @return disclosures of that unit's (generated) power items, published on their first day or later, a third of
   *     them withdrawn, version 1
   */
  public static Gen<PowerDisclosure> disclosures(UnitId unit) {
    return uuids().zip(uuids(), longs().between(1, 50), disclosureContents(), (id, item, v, c) -> new Object[] {id,
        item, v, c}).zip(integers().between(0, 30), integers().between(0, 2), text(), (a, late, withdrawn, reason) -> {
          DisclosureContent c = (DisclosureContent) a[3];
          LocalDate published = c.from().plusDays(late);
          return PowerDisclosure.restore(new PowerDisclosureId((UUID) a[0]), unit, new PowerItemId((UUID) a[1]),
              (Long) a[2], c, published, withdrawn == 0 ? Optional.of(new Withdrawal(published.plusDays(late),
                  reason)) : Optional.empty(), 1);
        });
  }
  /**
   * @param start the day proposed
   * @param steps how far along: 0 proposed, 1 reviewed, 2 published, 3 in progress, 4 kept, 5 broken and excused, 6
   *     broken, 7 withdrawn as proposed, 8 withdrawn once reviewed
   * @param text an explanation or a reason
   * @return a consistent life, a step a day
   */
  public static CommitmentLife commitmentLife(LocalDate start, int steps, String text) {
    int taken = steps >= 7 ? steps - 7 : Math.min(steps, 4);
    CommitmentState state = switch (steps) {
      case 0 -> CommitmentState.PROPOSED;
      case 1 -> CommitmentState.REVIEWED;
      case 2 -> CommitmentState.PUBLISHED;
      case 3 -> CommitmentState.IN_PROGRESS;
      case 4, 5, 6 -> CommitmentState.EVALUATED;
      default -> CommitmentState.WITHDRAWN;
    };
    Optional<Verdict> verdict = steps >= 4 && steps <= 6 ? Optional.of(Verdict.values()[steps - 4])
        : Optional.empty();
    return new CommitmentLife(state, day(start, taken >= 1, 1), day(start, taken >= 2, 2), day(start, taken >= 3, 3),
        state.isFinal() ? Optional.of(start.plusDays(5)) : Optional.empty(), verdict,
        state == CommitmentState.WITHDRAWN || steps == 5 || steps == 6 ? Optional.of(text) : Optional.empty());
  }

  private static Optional<LocalDate> day(LocalDate start, boolean taken, int n) {
    return taken ? Optional.of(start.plusDays(n)) : Optional.empty();
  }

  /** @param unit the unit @return service commitments of that unit in every state and verdict, version 1 */
  public static Gen<ServiceCommitment> commitments(UnitId unit) {
    Gen<CommitmentTerms> terms = arbitrary().enumValues(CommitmentDimension.class).zip(longText(), text(),
        integers().between(0, CommitmentTerms.MAX_TIME_LIMIT_DAYS), (d, c, t, n) -> new Object[] {d, c, t, n})
        .zip(uuids(), booleans().all(), days(), integers().between(0, 400), (a, holder, post, from, len) ->
            new CommitmentTerms((CommitmentDimension) a[0], (String) a[1], (String) a[2],
                (Integer) a[3] == 0 ? Optional.empty() : Optional.of((Integer) a[3]), new OfficialId(holder),
                post ? Optional.of(new PostId(holder)) : Optional.empty(), from, from.plusDays(len)));
    return uuids().zip(terms, integers().between(0, 8), text(), (id, t, steps, text) ->
        ServiceCommitment.restore(new ServiceCommitmentId(id), unit, t, t.from(),
            commitmentLife(t.from(), steps, text), 1));
  }
}

package org.lianfang.application.risk;

import java.util.List;
import java.util.Optional;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.OwnerChecks;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.Visibility;
import org.lianfang.internal.Ids;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitReferences;
import org.lianfang.organization.UnitsOf;
import org.lianfang.process.BusinessProcess;
import org.lianfang.risk.CustomFields;
import org.lianfang.risk.RiskDescription;
import org.lianfang.risk.RiskLocation;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.StepRef;

/** Records a risk point found by one of the five methods (S-3, S-4) as a draft. */
final class IdentifyRiskPointHandler implements CommandHandler<IdentifyRiskPoint, RiskPointId> {
  private final Ids ids;

  IdentifyRiskPointHandler(Ids ids) {
    this.ids = ids;
  }

  @Override
  public Outcome<RiskPointId> execute(Session s, IdentifyRiskPoint c) {
    Optional<Unit> unit = s.unit(c.unit());
    if (unit.isEmpty()) {
      return Outcome.refused(Refusals.unknown("单位", "unit", c.unit()));
    }
    // access first (issue 10, finding 12): refused before anything of the unit (its posts, its staff) is looked up,
    // and, if the actor cannot even see the unit, as a unit that does not exist
    Optional<Refusal> denied = s.denyOnPost(Operation.IDENTIFY_RISK, c.unit(), c.post());
    if (denied.isPresent()) {
      return Outcome.refused(Visibility.canFind(s, unit.get()) ? denied.get()
          : Refusals.unknown("单位", "unit", c.unit()));
    }
    // the units of the post and of the owner chain in one read, if any (issue 9)
    UnitsOf found = s.store().unitsOf(c.post(), c.owners().map(OwnerChecks::named).orElse(List.of()));
    Optional<Refusal> post = c.post().flatMap(p -> UnitReferences.postIn(c.unit(), p, found.post()));
    if (post.isPresent()) {
      return Outcome.refused(post.get());
    }
    if (c.step().isPresent()) {
      Optional<Refusal> step = checkStep(s, c.unit(), c.step().get(), c.post());
      if (step.isPresent()) {
        return Outcome.refused(step.get());
      }
    }
    if (c.powerItem().isPresent()) {
      Optional<PowerItem> item = s.store().powerItems().find(c.powerItem().get());
      Optional<Refusal> foreign = UnitReferences.powerItem(c.unit(), c.powerItem().get(), item);
      if (foreign.isPresent()) {
        return Outcome.refused(foreign.get());
      }
      if (c.post().isPresent() && !item.get().posts().contains(c.post().get())) {
        return Outcome.refused(Refusals.rule("该岗位不行使职权“" + item.get().name() + "”",
            "the post does not exercise the power item " + item.get().code()));
      }
    }
    if (c.owners().isPresent()) {
      Optional<Refusal> owners = OwnerChecks.check(s, c.unit(), c.owners().get(), found.officials());
      if (owners.isPresent()) {
        return Outcome.refused(owners.get());
      }
    }
    RiskPointId id = new RiskPointId(ids.next());
    String code = code(unit.get().code(), s.store().riskPoints().nextCodeNumber(c.unit()));
    RiskLocation location = RiskLocation.of(c.unit(), c.post(), c.step(), c.powerItem());
    RiskDescription d = new RiskDescription(c.category(), c.description(), c.manifestation(),
        c.sources().stream().map(IdentifyRiskPoint.RiskSourceInput::toSource).toList(), c.method(), c.channel());
    // who raised a point of colleagues, the public or a public report is sealed, with a seal of its own (P-11)
    Change<RiskPoint> change = RiskPoint.identify(id, code, location, d, c.owners(), CustomFields.of(c.custom()),
        s.actor().id(), d.sealsRaiser() ? ids.seal() : "", s.now());
    s.store().riskPoints().insert(s.record(change));
    return Outcome.accepted(id);
  }

  private static Optional<Refusal> checkStep(Session s, UnitId unit, StepRef ref, Optional<PostId> post) {
    Optional<BusinessProcess> p = s.store().processes().find(ref.process()).filter(x -> x.unitId().equals(unit));
    if (p.isEmpty()) {
      return Optional.of(Refusals.unknown("本单位业务流程", "process of the unit", ref.process()));
    }
    Optional<org.lianfang.process.ProcessStep> step = p.get().step(ref.step());
    if (step.isEmpty()) {
      return Optional.of(Refusals.unknown("流程环节", "process step", ref.step()));
    }
    if (post.isPresent() && !step.get().post().equals(post.get())) {
      return Optional.of(Refusals.rule("环节“" + step.get().name() + "”不由该岗位办理",
          "step " + ref.step() + " is not done by the point's post"));
    }
    return Optional.empty();
  }

  /**
   * The unit's code, a dash and the number in at least four digits ({@code 5301-GT-0002}), as {@code %04d} writes it
   * for numbers from 0, without a {@link java.util.Formatter} per command (a few percent of identification on H2).
   */
  static String code(String unitCode, long number) {
    String digits = Long.toString(number);
    return unitCode + "-" + "0".repeat(Math.max(0, 4 - digits.length())) + digits;
  }
}

package org.lianfang.application.risk;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lianfang.DomainEvent;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.internal.Reaction;
import org.lianfang.application.internal.Session;
import org.lianfang.organization.OrganizationEvent;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItem;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.ProcessEvent;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.StepRef;

/**
 * P-3: when a post, its holder, a power item or a process changes, the risk points on it must be re-reviewed and
 * re-graded. What counts as "on it": points on the post, tied to the power item, at a step of the process or a step
 * exercising the power, and the unit's unit-wide points, whose grade rests on all its posts. The first holder of a post
 * changes nothing about its points; a second one is a change of holder (轮岗).
 *
 * <p>The risk area's {@link Reaction} to the organisation and process events, so that those areas never write risk
 * points. It runs as each event is recorded, before the change is written, and so reads the post, power item or
 * process as it was: the cause it gives names it as the points knew it. Stateless and thread-safe.
 */
final class Staleness implements Reaction {
  @Override
  public Optional<Refusal> react(Session s, DomainEvent event) {
    if (event instanceof OrganizationEvent.PostRegistered e) {
      markAround(s, e.unitId(), Set.of(), Set.of(), "新设岗位 / post added: " + e.name());
    } else if (event instanceof OrganizationEvent.PostProfileChanged e) {
      markAround(s, e.unitId(), Set.of(e.postId()), Set.of(),
          "岗位职权变化 / post powers changed: " + post(s, e.postId()).name());
    } else if (event instanceof OrganizationEvent.TenureBegun e) {
      boolean changeOfHolder = s.store().tenures().ofPost(e.postId()).stream()
          .anyMatch(t -> !t.officialId().equals(e.officialId()));
      if (changeOfHolder) {
        mark(s, s.store().riskPoints().onPost(e.postId()),
            "岗位人员变动 / change of holder: " + post(s, e.postId()).name());
      }
    } else if (event instanceof OrganizationEvent.PowerItemRegistered e) {
      markAround(s, e.unitId(), e.posts(), Set.of(), "新增职权 / power added: " + e.name());
    } else if (event instanceof OrganizationEvent.PowerItemRevised e) {
      powerItemRevised(s, e);
    } else if (event instanceof ProcessEvent.ProcessRevised e) {
      BusinessProcess old = s.store().processes().find(e.processId()).orElseThrow();
      mark(s, s.store().riskPoints().inUnit(e.unitId()).stream()
          .filter(r -> r.location().step().filter(x -> x.process().equals(e.processId())).isPresent()).toList(),
          "业务流程变化 / process revised: " + old.name());
    }
    return Optional.empty(); // a change of organisation is never refused for its points: they go stale
  }

  /** The points on the posts the item had or has, at the steps exercising it, and tied to it. */
  private static void powerItemRevised(Session s, OrganizationEvent.PowerItemRevised e) {
    PowerItem old = s.store().powerItems().find(e.powerItemId()).orElseThrow();
    Set<PostId> touched = new HashSet<>(old.posts());
    touched.addAll(e.posts());
    Set<StepRef> steps = new HashSet<>();
    for (BusinessProcess p : s.store().processes().inUnit(e.unitId())) {
      p.steps().stream().filter(step -> step.powers().contains(e.powerItemId()))
          .forEach(step -> steps.add(new StepRef(p.id(), step.id())));
    }
    String cause = "职权变化 / power item revised: " + old.name();
    markAround(s, e.unitId(), touched, steps, cause);
    mark(s, s.store().riskPoints().inUnit(e.unitId()).stream()
        .filter(r -> r.location().powerItem().filter(e.powerItemId()::equals).isPresent()).toList(), cause);
  }

  private static Post post(Session s, PostId id) {
    return s.store().posts().find(id).orElseThrow();
  }

  /**
   * @param s the command's session
   * @param points the points touched; {@link RiskPoint#markStale} decides what changes for each
   * @param cause why, in Chinese and English, for the points' history
   */
  private static void mark(Session s, List<RiskPoint> points, String cause) {
    for (RiskPoint p : points) {
      p.markStale(s.actor().id(), s.now(), cause).ifPresent(c -> s.store().riskPoints().update(s.record(c)));
    }
  }

  /**
   * Marks the points of a unit that a change to some of its posts touches: those on the posts, those at the given
   * steps, and the unit-wide ones, which are graded on all the unit's posts together.
   */
  private static void markAround(Session s, UnitId unit, Set<PostId> posts, Set<StepRef> steps, String cause) {
    mark(s, s.store().riskPoints().inUnit(unit).stream()
        .filter(r -> r.location().isUnitWide()
            || r.location().post().filter(posts::contains).isPresent()
            || r.location().step().filter(steps::contains).isPresent())
        .toList(), cause);
  }
}

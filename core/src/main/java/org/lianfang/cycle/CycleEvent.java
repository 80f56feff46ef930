package org.lianfang.cycle;

import java.time.LocalDate;
import java.util.Objects;
import org.lianfang.ArchiveObject;
import org.lianfang.DomainEvent;
import org.lianfang.UnitId;

/** Events of a unit's annual cycle (S-16), each in the unit's journal. */
public sealed interface CycleEvent extends DomainEvent {

  /**
   * A year opened: its timetable, rules and the versions of the policies it runs under.
   *
   * @param unitId the unit
   * @param cycleId the cycle
   * @param opened the day
   * @param timetable the year's dates
   * @param rules what its guards forbid
   * @param policies the policies' versions
   */
  record Opened(UnitId unitId, AnnualCycleId cycleId, LocalDate opened, CycleTimetable timetable, CycleRules rules,
      CyclePolicies policies) implements CycleEvent {
    /** @throws NullPointerException if a part is null */
    public Opened {
      Objects.requireNonNull(cycleId, "cycleId");
      Objects.requireNonNull(opened, "opened");
      Objects.requireNonNull(timetable, "timetable");
      Objects.requireNonNull(rules, "rules");
      Objects.requireNonNull(policies, "policies");
    }

    @Override
    public String type() {
      return "cycle.opened";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("cycle", cycleId).put("opened", opened).put("timetable", timetable)
          .put("rules", rules).put("policies", policies).build();
    }
  }

  /**
   * A phase left for the next, or the year closed ({@code to} {@link CyclePhase#CLOSED}), with what the records held.
   *
   * @param unitId the unit
   * @param cycleId the cycle
   * @param from the phase left
   * @param to the phase entered
   * @param figures what the guard read, and the day
   */
  record Advanced(UnitId unitId, AnnualCycleId cycleId, CyclePhase from, CyclePhase to, CycleFigures figures)
      implements CycleEvent {
    /** @throws NullPointerException if a part is null */
    public Advanced {
      Objects.requireNonNull(cycleId, "cycleId");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(figures, "figures");
    }

    @Override
    public String type() {
      return to == CyclePhase.CLOSED ? "cycle.closed" : "cycle.advanced";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("cycle", cycleId).put("from", from).put("to", to).put("figures", figures)
          .build();
    }
  }

  /**
   * A closed year's register frozen (S-13): what it held, proven by its digest.
   *
   * @param unitId the unit
   * @param cycleId the cycle closed
   * @param register the counts and the digest of the register
   */
  record Frozen(UnitId unitId, AnnualCycleId cycleId, FrozenRegister register) implements CycleEvent {
    /** @throws NullPointerException if a part is null */
    public Frozen {
      Objects.requireNonNull(cycleId, "cycleId");
      Objects.requireNonNull(register, "register");
    }

    @Override
    public String type() {
      return "cycle.register-frozen";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("cycle", cycleId).put("register", register).build();
    }
  }

  /**
   * A year's revision posted (S-12, P-5, P-26): the notice, and the changes it posted, so the journal proves what the
   * public was shown.
   *
   * @param unitId the unit
   * @param cycleId the cycle
   * @param notice the notice: its period, scope, counts and digest
   * @param diff the changes posted
   */
  record RevisionPosted(UnitId unitId, AnnualCycleId cycleId, RevisionNotice notice, RegisterDiff diff)
      implements CycleEvent {
    /** @throws NullPointerException if a part is null */
    public RevisionPosted {
      Objects.requireNonNull(cycleId, "cycleId");
      Objects.requireNonNull(notice, "notice");
      Objects.requireNonNull(diff, "diff");
    }

    @Override
    public String type() {
      return "cycle.revision-posted";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("cycle", cycleId).put("notice", notice).put("changes", diff).build();
    }
  }
}

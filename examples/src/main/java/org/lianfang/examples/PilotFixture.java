package org.lianfang.examples;

import static org.lianfang.organization.Resource.GOODS;
import static org.lianfang.organization.Resource.MONEY;
import static org.lianfang.organization.Resource.PEOPLE;
import static org.lianfang.organization.Transparency.PARTIAL;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lianfang.Actor;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.organization.BeginTenure;
import org.lianfang.application.organization.RegisterOfficial;
import org.lianfang.application.organization.RegisterPost;
import org.lianfang.application.organization.RegisterPowerItem;
import org.lianfang.application.organization.RegisterUnit;
import org.lianfang.application.process.FlowInput;
import org.lianfang.application.process.StepInput;
import org.lianfang.application.risk.IdentifyRiskPoint;
import org.lianfang.application.risk.IdentifyRiskPoint.RiskSourceInput;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Transparency;
import org.lianfang.organization.UnitKind;
import org.lianfang.process.ProcessId;
import org.lianfang.process.StepId;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.SourceKind;
import org.lianfang.risk.StepRef;

/**
 * The pilot as the walk-through builds it, shared by its stages: the library, the clock the walk-through moves on,
 * the pilot units (S-18) with their posts, staff, power items and flow charts, the risk points found and what will be
 * judged of them, and the helpers every stage uses to register records and name actors. A stage is a class of its own
 * that takes this fixture ({@link IdentificationStage} first); a later stage continues from the records the earlier
 * ones left. Not thread-safe: one walk-through at a time.
 */
final class PilotFixture {
  final Lianfang lianfang;
  final MutableClock clock;
  final PrintStream out;

  final Map<String, PostId> posts = new HashMap<>();
  final Map<String, OfficialId> staff = new HashMap<>();
  final Map<String, String> names = new HashMap<>();
  final Map<String, PowerItemId> powers = new HashMap<>();
  /** Each power item's unit, by the item's code, in the order registered. */
  final Map<String, Pilot> powerUnits = new java.util.LinkedHashMap<>();
  final List<Pilot> pilots = new ArrayList<>();
  final List<Finding> findings = new ArrayList<>();

  UnitId city;
  Actor inspector;
  Actor publicVisitor;
  ProcessId landUseApproval;
  ProcessId bidOpening;

  PilotFixture(Lianfang lianfang, MutableClock clock, PrintStream out) {
    this.lianfang = Objects.requireNonNull(lianfang, "lianfang");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.out = Objects.requireNonNull(out, "out");
  }

  // Helpers: registration

  Pilot pilot(String code, String name, UnitKind kind, String leaderName, String decidingBody,
      NoticeAudience audience, String noticeScope) {
    UnitId id = lianfang.organization().registerUnit(inspector, new RegisterUnit(code, name, kind, Optional.of(city)))
        .orElseThrow();
    Actor leader = Actor.of("km/" + code + "/leader", leaderName, Set.of(Role.UNIT_LEADER), Set.of(id));
    Pilot p = new Pilot(name, id, leader, decidingBody, audience, noticeScope);
    pilots.add(p);
    return p;
  }

  Pilot pilot(String name) {
    return pilots.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  void post(Pilot unit, String code, String name, PostProfile profile) {
    posts.put(code, lianfang.organization().registerPost(unit.leader(),
        new RegisterPost(unit.id(), code, name, profile)).orElseThrow());
  }

  /** An official on the unit's staff who holds a post from a day on. */
  void staff(Pilot unit, String number, String name, String postCode, LocalDate since) {
    register(unit.id(), number, name, unit.leader());
    lianfang.organization().beginTenure(unit.leader(), new BeginTenure(posts.get(postCode), staff.get(number), since))
        .orElseThrow();
  }

  /** An official on the unit's staff whose post the walk-through does not register (a section head, a deputy). */
  void staff(Pilot unit, String number, String name) {
    register(unit.id(), number, name, unit.leader());
  }

  void register(UnitId unit, String number, String name, Actor by) {
    staff.put(number,
        lianfang.organization().registerOfficial(by, new RegisterOfficial(unit, number, name)).orElseThrow());
    names.put(number, name);
  }

  void power(Pilot unit, String code, String name, AdministrativePower kind, String legalBasis,
      String boundary, String responsibility, String... postCodes) {
    Set<PostId> exercising = Arrays.stream(postCodes).map(posts::get).collect(Collectors.toSet());
    powers.put(code, lianfang.organization().registerPowerItem(unit.leader(), new RegisterPowerItem(unit.id(), code,
        name, kind, legalBasis, boundary, responsibility, exercising)).orElseThrow());
    powerUnits.put(code, unit);
  }

  StepInput step(String code, String name, String postCode, String powerCode) {
    return new StepInput(code, name, posts.get(postCode), Set.of(powers.get(powerCode)));
  }

  /** Flows through the steps in the order given. */
  List<FlowInput> flows(String... stepCodes) {
    List<FlowInput> flows = new ArrayList<>();
    for (int i = 1; i < stepCodes.length; i++) {
      flows.add(new FlowInput(stepCodes[i - 1], stepCodes[i]));
    }
    return flows;
  }

  // S-6's three tiers, in the facts a post profile records.

  /** 党政主要领导: disposes of people, money and goods at discretion and handles 三重一大. */
  PostProfile leading() {
    return new PostProfile(true, EnumSet.of(PEOPLE, MONEY, GOODS), true, true, Set.of(), PARTIAL);
  }

  /** A post that disposes of people, money or goods, with or without discretion. */
  PostProfile disposing(Set<Resource> what, boolean discretionary, Transparency transparency,
      AdministrativePower... powers) {
    return new PostProfile(false, what, discretionary, false, Set.of(powers), transparency);
  }

  /** A post that holds administrative power but no people, money or goods. */
  PostProfile wielding(Transparency transparency, AdministrativePower... powers) {
    return new PostProfile(false, Set.of(), false, false, Set.of(powers), transparency);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Helpers: actors and risk points

  /** 自己找: the official, acting as the holder of their own post. */
  Actor holder(Pilot unit, String number) {
    return Actor.of("km/" + number, names.get(number), Set.of(Role.POST_HOLDER), Set.of(unit.id()))
        .asOfficial(staff.get(number).toString());
  }

  /** 大家提: a section head raising risks of the posts around them. */
  Actor sectionHead(Pilot unit, String number) {
    return Actor.of("km/" + number, names.get(number), Set.of(Role.SECTION_HEAD), Set.of(unit.id()))
        .asOfficial(staff.get(number).toString());
  }

  RiskPointId found(Actor by, Pilot unit, IdentifyRiskPoint command, Judgement judgement,
      String... comments) {
    RiskPointId id = lianfang.risks().identify(by, command).orElseThrow();
    findings.add(new Finding(unit, id, judgement, List.of(comments)));
    return id;
  }

  Optional<PostId> on(String postCode) {
    return Optional.of(posts.get(postCode));
  }

  Optional<PowerItemId> powerItem(String code) {
    return Optional.of(powers.get(code));
  }

  Optional<StepRef> at(ProcessId process, String stepCode) {
    return Optional.of(new StepRef(process, new StepId(stepCode)));
  }

  /** P-1: 直接责任人 → 部门负责人 → 责任领导, by staff number. */
  OwnerChain chain(String directOwner, String sectionHead, String responsibleLeader) {
    return new OwnerChain(staff.get(directOwner), staff.get(sectionHead), staff.get(responsibleLeader));
  }

  Optional<OwnerChain> owners(String directOwner, String sectionHead, String responsibleLeader) {
    return Optional.of(chain(directOwner, sectionHead, responsibleLeader));
  }

  List<RiskSourceInput> sources(SourceKind kind, String description) {
    return List.of(new RiskSourceInput(kind, description));
  }

  List<RiskSourceInput> sources(SourceKind kind, String description, SourceKind kind2,
      String description2) {
    return List.of(new RiskSourceInput(kind, description), new RiskSourceInput(kind2, description2));
  }

  Judgement assessed(int probability, int harm) {
    return new Judgement(probability, harm, false, false);
  }

  void log(String line) {
    out.println(clock.today() + "  " + line);
  }

  /** One pilot unit as the walk-through set it up. */
  record Pilot(String name, UnitId id, Actor leader, String decidingBody, NoticeAudience audience,
      String noticeScope) {}

  /** What the unit's assessors will judge about a point when they grade it (S-6). */
  record Judgement(int probability, int harm, boolean majorMatter, boolean commonProblem) {
    /** @return the same judgement, for a matter of 三重一大 */
    Judgement onMajorMatter() {
      return new Judgement(probability, harm, true, commonProblem);
    }

    /** @return the same judgement, for a problem common to the unit */
    Judgement commonToUnit() {
      return new Judgement(probability, harm, majorMatter, true);
    }
  }

  /** A risk point the walk-through identified, and what will happen to it. */
  record Finding(Pilot unit, RiskPointId id, Judgement judgement, List<String> comments) {}
}

package org.lianfang.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lianfang.UnitId;
import org.lianfang.application.IdentifyRiskPoint;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItemId;
import org.lianfang.process.ProcessId;
import org.lianfang.process.StepId;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.DiscoveryChannel;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.SourceKind;
import org.lianfang.risk.StepRef;

/**
 * Builds {@link IdentifyRiskPoint} commands that read like the domain:
 * {@code aRiskPoint(unit).onPost(post).category(DUTY).foundBy(SELF).build()}. Not thread-safe.
 */
public final class RiskPointFixture {
  private final UnitId unit;
  private PostId post;
  private StepRef step;
  private PowerItemId powerItem;
  private RiskCategory category = RiskCategory.DUTY;
  private String description = "利用审批权收受好处";
  private String manifestation = "对申请人吃拿卡要";
  private final List<IdentifyRiskPoint.RiskSourceInput> sources = new ArrayList<>();
  private DiscoveryMethod method = DiscoveryMethod.SELF;
  private DiscoveryChannel channel = DiscoveryChannel.DIRECT;
  private OwnerChain owners;
  private Map<String, CustomValue> custom = Map.of();

  private RiskPointFixture(UnitId unit) {
    this.unit = unit;
  }

  /** @param unit the unit @return a builder of a unit-wide point until {@link #onPost} is called */
  public static RiskPointFixture aRiskPoint(UnitId unit) {
    return new RiskPointFixture(unit);
  }

  /** @param p the post @return this */
  public RiskPointFixture onPost(PostId p) {
    this.post = p;
    return this;
  }

  /** @param process a process @param stepCode a step code @return this */
  public RiskPointFixture atStep(ProcessId process, String stepCode) {
    this.step = new StepRef(process, new StepId(stepCode));
    return this;
  }

  /** @param item a power item @return this */
  public RiskPointFixture forPower(PowerItemId item) {
    this.powerItem = item;
    return this;
  }

  /** @param c the category @return this */
  public RiskPointFixture category(RiskCategory c) {
    this.category = c;
    return this;
  }

  /** @param text the description @return this */
  public RiskPointFixture described(String text) {
    this.description = text;
    return this;
  }

  /** @param text the manifestation @return this */
  public RiskPointFixture showingAs(String text) {
    this.manifestation = text;
    return this;
  }

  /** @param kind a kind @param text its description @return this */
  public RiskPointFixture source(SourceKind kind, String text) {
    sources.add(new IdentifyRiskPoint.RiskSourceInput(kind, text));
    return this;
  }

  /** @param m the method @return this */
  public RiskPointFixture foundBy(DiscoveryMethod m) {
    this.method = m;
    return this;
  }

  /** @param c the channel @return this */
  public RiskPointFixture through(DiscoveryChannel c) {
    this.channel = c;
    return this;
  }

  /** @param direct direct owner @param head section head @param leader responsible leader @return this */
  public RiskPointFixture ownedBy(OfficialId direct, OfficialId head, OfficialId leader) {
    this.owners = new OwnerChain(direct, head, leader);
    return this;
  }

  /** @param fields custom fields @return this */
  public RiskPointFixture custom(Map<String, CustomValue> fields) {
    this.custom = fields;
    return this;
  }

  /** @return the command, made with the public builder */
  public IdentifyRiskPoint build() {
    IdentifyRiskPoint.Builder b = post == null ? IdentifyRiskPoint.unitWide(unit) : IdentifyRiskPoint.onPost(unit, post);
    b.category(category).described(description).showingAs(manifestation).foundBy(method).through(channel);
    sources.forEach(x -> b.source(x.kind(), x.description()));
    if (step != null) {
      b.atStep(step);
    }
    if (powerItem != null) {
      b.forPower(powerItem);
    }
    if (owners != null) {
      b.ownedBy(owners);
    }
    custom.forEach(b::custom);
    return b.build();
  }
}

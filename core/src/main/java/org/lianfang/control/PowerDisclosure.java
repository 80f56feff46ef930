package org.lianfang.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;

/**
 * The publication of one power item (权力公开, P-16), the second defense line (S-8): what is published, where and when,
 * against the version of the item it was published from. It is stale once the item has changed since (P-3), until it
 * is published again; a secret item (涉密) is never published, and private data never is. Withdrawn, never erased.
 *
 * <p>Immutable and thread-safe.
 */
public final class PowerDisclosure implements Aggregate<PowerDisclosureId> {
  private final PowerDisclosureId id;
  private final UnitId unitId;
  private final PowerItemId powerItem;
  private final long itemVersion;
  private final DisclosureContent content;
  private final LocalDate published;
  private final Optional<Withdrawal> withdrawal;
  private final long version;

  private PowerDisclosure(PowerDisclosureId id, UnitId unitId, PowerItemId powerItem, long itemVersion,
      DisclosureContent content, LocalDate published, Optional<Withdrawal> withdrawal, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.powerItem = Objects.requireNonNull(powerItem, "powerItem");
    this.itemVersion = itemVersion;
    this.content = Objects.requireNonNull(content, "content");
    this.published = Objects.requireNonNull(published, "published");
    this.withdrawal = Objects.requireNonNull(withdrawal, "withdrawal");
    this.version = version;
    if (withdrawal.map(w -> w.day().isBefore(published)).orElse(false)) {
      throw new IllegalArgumentException("a disclosure is withdrawn on or after the day it was last published");
    }
  }

  /**
   * Publishes a power item, not yet stored.
   *
   * @param id the id
   * @param item the power item, as stored now
   * @param content what is published, where and when
   * @param today the day it is published
   * @return the disclosure and its {@link ControlEvent.PowerPublished} event, or a refusal: a secret item, or
   *     private data in a field
   */
  public static Outcome<Change<PowerDisclosure>> publish(PowerDisclosureId id, PowerItem item,
      DisclosureContent content, LocalDate today) {
    Optional<Refusal> refused = refusal(item, content);
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    PowerDisclosure d = new PowerDisclosure(id, item.unitId(), item.id(), item.version(), content, today,
        Optional.empty(), 0);
    return Outcome.accepted(Change.of(d, new ControlEvent.PowerPublished(item.unitId(), id, item.id(),
        item.version(), content, today)));
  }

  /**
   * Rebuilds a stored disclosure; for store adapters.
   *
   * @param id the id
   * @param unitId the unit
   * @param powerItem the item
   * @param itemVersion the item's version it was last published from
   * @param content what is published
   * @param published the day it was last published
   * @param withdrawal its withdrawal, if it was withdrawn
   * @param version the stored version
   * @return the disclosure
   */
  public static PowerDisclosure restore(PowerDisclosureId id, UnitId unitId, PowerItemId powerItem, long itemVersion,
      DisclosureContent content, LocalDate published, Optional<Withdrawal> withdrawal, long version) {
    return new PowerDisclosure(id, unitId, powerItem, itemVersion, content, published, withdrawal, version);
  }

  /**
   * Publishes the item again, as it is now (after a change, P-3, or to change what is published).
   *
   * @param item the power item, as stored now
   * @param newContent what is published from today
   * @param today the day
   * @return the disclosure, no longer stale, and its {@link ControlEvent.PowerPublished} event, or a refusal: a
   *     withdrawn disclosure, a secret item, private data
   */
  public Outcome<Change<PowerDisclosure>> republish(PowerItem item, DisclosureContent newContent, LocalDate today) {
    if (!item.id().equals(powerItem)) {
      throw new IllegalArgumentException("a disclosure publishes its own item: " + powerItem);
    }
    if (withdrawal.isPresent()) {
      return Outcome.refused(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION, "该职权公开已于 " + withdrawal.get().day()
          + " 撤回", "the disclosure was withdrawn on " + withdrawal.get().day()));
    }
    Optional<Refusal> refused = refusal(item, newContent);
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    LocalDate day = today.isBefore(published) ? published : today;
    return Outcome.accepted(Change.of(new PowerDisclosure(id, unitId, powerItem, item.version(), newContent, day,
        Optional.empty(), version), new ControlEvent.PowerPublished(unitId, id, powerItem, item.version(),
        newContent, day)));
  }

  /**
   * @param day the day it is withdrawn
   * @param reason why
   * @return the withdrawn disclosure and its {@link ControlEvent.PowerWithdrawn} event, or a refusal if it was
   *     withdrawn already or the day is before it was last published
   */
  public Outcome<Change<PowerDisclosure>> withdraw(LocalDate day, String reason) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(reason, "reason");
    if (withdrawal.isPresent()) {
      return Outcome.refused(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION, "该职权公开已于 " + withdrawal.get().day()
          + " 撤回", "the disclosure was withdrawn on " + withdrawal.get().day()));
    }
    if (day.isBefore(published)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "撤回日期 " + day + " 早于公开日期 " + published,
          "the day " + day + " is before the disclosure was last published, on " + published));
    }
    return Outcome.accepted(Change.of(new PowerDisclosure(id, unitId, powerItem, itemVersion, content, published,
        Optional.of(new Withdrawal(day, reason)), version), new ControlEvent.PowerWithdrawn(unitId, id, day, reason)));
  }

  private static Optional<Refusal> refusal(PowerItem item, DisclosureContent content) {
    if (item.secret()) {
      return Optional.of(Refusal.of(Refusal.Code.RULE_VIOLATED, "职权 " + item.code() + " 涉密，不得公开",
          "power item " + item.code() + " is classified secret and is never published"));
    }
    return content.privateData().map(f -> Refusal.invalidField("fields[" + f.name() + "]", "NoPrivateData",
        f.chinese(), f.code(), "含有个人隐私信息（身份证号码或手机号码），不得公开",
        "holds private data (an identity number or a mobile number), which is never published"));
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public PowerDisclosure withVersion(long newVersion) {
    return new PowerDisclosure(id, unitId, powerItem, itemVersion, content, published, withdrawal, newVersion);
  }

  /**
   * @param item its power item, as stored now
   * @return whether the item has changed since it was last published (P-3); a withdrawn disclosure is never stale
   */
  public boolean staleAgainst(PowerItem item) {
    if (!item.id().equals(powerItem)) {
      throw new IllegalArgumentException("a disclosure is judged against its own item: " + powerItem);
    }
    return withdrawal.isEmpty() && item.version() != itemVersion;
  }

  /** @return whether it is published: not withdrawn */
  public boolean live() {
    return withdrawal.isEmpty();
  }

  /** @return the id */
  @Override
  public PowerDisclosureId id() {
    return id;
  }

  /** @return the unit */
  @Override
  public UnitId unitId() {
    return unitId;
  }

  /** @return the power item it publishes */
  public PowerItemId powerItem() {
    return powerItem;
  }

  /** @return the item's version it was last published from */
  public long itemVersion() {
    return itemVersion;
  }

  /** @return what is published */
  public DisclosureContent content() {
    return content;
  }

  /** @return the day it was last published */
  public LocalDate published() {
    return published;
  }

  /** @return its withdrawal, if it was withdrawn */
  public Optional<Withdrawal> withdrawal() {
    return withdrawal;
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PowerDisclosure d
        && id.equals(d.id)
        && unitId.equals(d.unitId)
        && powerItem.equals(d.powerItem)
        && itemVersion == d.itemVersion
        && content.equals(d.content)
        && published.equals(d.published)
        && withdrawal.equals(d.withdrawal)
        && version == d.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, powerItem, itemVersion, content, published, withdrawal, version);
  }

  @Override
  public String toString() {
    return "PowerDisclosure[" + id + " of " + powerItem + (withdrawal.isPresent() ? " withdrawn" : "") + "]";
  }
}

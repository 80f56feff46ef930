package org.lianfang.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.risk.IdentifyRiskPoint;
import org.lianfang.organization.PostId;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.DiscoveryChannel;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskSource;
import org.lianfang.spi.Transactions;

/**
 * A unit adopts a template catalogue (P-7): each entry becomes a draft risk point of the unit, on every post the unit
 * maps to the entry's kind of post (or on the unit as a whole), identified by the unit through the usual command, so
 * access, validation, codes and the journal work as for any point; the unit then reviews, refines and grades them.
 *
 * <p>Each adopted point records where it came from in three custom fields: {@value #CATALOGUE} (the catalogue's
 * code), {@value #VERSION} (its version) and {@value #ENTRY} (the entry's code). Adopting again skips every entry
 * already adopted on that post (any version), so re-running an adoption, or adopting a newer version of the
 * catalogue, only adds what is new. An adoption is all or nothing: it runs in one transaction of the store, and the
 * first refused point refuses it all, naming the entry ({@code /entries/3}). An entry's measures (P-13) are drafted
 * against each point it creates, with the owners and due date the unit gives ({@link AdoptedMeasures}); a catalogue
 * with measures adopted without them is refused at the first measure ({@code /entries/3/measures/0}). Thread-safe.
 */
public final class TemplateAdoption {
  /** The custom field holding the code of the catalogue a point was adopted from. */
  public static final String CATALOGUE = "template.catalogue";
  /** The custom field holding the catalogue's version. */
  public static final String VERSION = "template.version";
  /** The custom field holding the entry's code. */
  public static final String ENTRY = "template.entry";

  private final Lianfang lianfang;
  private final Transactions transactions;

  private TemplateAdoption(Lianfang lianfang, Transactions transactions) {
    this.lianfang = lianfang;
    this.transactions = transactions;
  }

  /**
   * @param lianfang the entry point the unit works through
   * @param transactions the transactions of the same store, so the adoption is one transaction
   * @return the adoption service
   */
  public static TemplateAdoption of(Lianfang lianfang, Transactions transactions) {
    return new TemplateAdoption(Objects.requireNonNull(lianfang, "lianfang"),
        Objects.requireNonNull(transactions, "transactions"));
  }

  /**
   * Adopts a catalogue into a unit.
   *
   * @param actor who adopts (needs to identify risk points in the unit)
   * @param unit the adopting unit
   * @param catalogue the catalogue
   * @param postsByKind the unit's posts for each kind of post the catalogue names; kinds left out adopt nothing
   * @return the ids of the points created (empty when everything was adopted before), or the first refusal
   */
  public Outcome<List<org.lianfang.risk.RiskPointId>> adopt(
      Actor actor, UnitId unit, TemplateCatalogue catalogue, Map<String, Set<PostId>> postsByKind) {
    return adopt(actor, unit, catalogue, postsByKind, Optional.empty());
  }

  /**
   * Adopts a catalogue into a unit, drafting its entries' measures against the points created (P-7, P-13).
   *
   * @param actor who adopts (needs to identify risk points and manage control measures in the unit)
   * @param unit the adopting unit
   * @param catalogue the catalogue
   * @param postsByKind the unit's posts for each kind of post the catalogue names; kinds left out adopt nothing
   * @param measures the owners and due date of the measures drafted; required when an entry adopted carries measures
   * @return the ids of the points created (empty when everything was adopted before), or the first refusal
   */
  public Outcome<List<org.lianfang.risk.RiskPointId>> adopt(Actor actor, UnitId unit, TemplateCatalogue catalogue,
      Map<String, Set<PostId>> postsByKind, Optional<AdoptedMeasures> measures) {
    Objects.requireNonNull(measures, "measures");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(postsByKind, "postsByKind");
    try {
      return Outcome.accepted(transactions.inTransaction(() -> {
        List<RiskPoint> existing = lianfang.risks().queries().riskPoints(actor, unit);
        List<org.lianfang.risk.RiskPointId> created = new ArrayList<>();
        for (int i = 0; i < catalogue.entries().size(); i++) {
          TemplateEntry e = catalogue.entries().get(i);
          List<Optional<PostId>> targets = e.postKind()
              .map(k -> postsByKind.getOrDefault(k, Set.of()).stream()
                  .sorted(java.util.Comparator.comparing(PostId::toString)).map(Optional::of).toList())
              .orElse(List.of(Optional.empty()));
          for (Optional<PostId> post : targets) {
            if (adopted(existing, catalogue, e, post)) {
              continue;
            }
            IdentifyRiskPoint.Builder b = post.map(p -> IdentifyRiskPoint.onPost(unit, p))
                .orElseGet(() -> IdentifyRiskPoint.unitWide(unit))
                .category(e.category()).described(e.description()).showingAs(e.manifestation())
                .foundBy(DiscoveryMethod.ORGANISATION).through(DiscoveryChannel.DIRECT)
                .custom(CATALOGUE, new CustomValue.Text(catalogue.code()))
                .custom(VERSION, new CustomValue.Text(catalogue.version()))
                .custom(ENTRY, new CustomValue.Text(e.code()));
            for (RiskSource s : e.sources()) {
              b.source(s.kind(), s.description());
            }
            Outcome<org.lianfang.risk.RiskPointId> o = lianfang.risks().identify(actor, b.build());
            if (o instanceof Outcome.Refused<org.lianfang.risk.RiskPointId> r) {
              throw new DocumentRefusedException(at(i, r.refusal()));
            }
            created.add(o.orElseThrow());
            draftMeasures(actor, unit, i, e, o.orElseThrow(), measures);
          }
        }
        return created;
      }));
    } catch (DocumentRefusedException e) {
      return Outcome.refused(e.refusal());
    }
  }

  /** Drafts the entry's measures against the point just created; the first refusal refuses the adoption. */
  private void draftMeasures(Actor actor, UnitId unit, int entry, TemplateEntry e,
      org.lianfang.risk.RiskPointId point, Optional<AdoptedMeasures> given) {
    for (int j = 0; j < e.measures().size(); j++) {
      String pointer = Documents.child(Documents.child("/entries", entry) + "/measures", j);
      if (given.isEmpty()) {
        throw new DocumentRefusedException(new Refusal(Refusal.Code.INVALID_INPUT,
            "模板条目 " + entry + " 带有防控措施：采用时须指定措施的责任人和完成时限",
            "template entry " + entry + " carries measures: the adoption must give their owners and due date",
            List.of(new Refusal.Violation(pointer, "AdoptedMeasures", "采用时须指定措施的责任人和完成时限",
                "the adoption must give the measures' owners and due date"))));
      }
      TemplateMeasure m = e.measures().get(j);
      Outcome<org.lianfang.control.ControlMeasureId> o = lianfang.control().draft(actor,
          new org.lianfang.application.control.DraftMeasure(unit, List.of(point), m.phase(), m.line(), m.content(),
              m.basis(), given.get().owners(), given.get().due(), m.cadence(), Optional.empty(), List.of()));
      if (o instanceof Outcome.Refused<org.lianfang.control.ControlMeasureId> r) {
        throw new DocumentRefusedException(at(pointer, entry, r.refusal()));
      }
    }
  }

  private static boolean adopted(
      List<RiskPoint> existing, TemplateCatalogue c, TemplateEntry e, Optional<PostId> post) {
    for (RiskPoint r : existing) {
      if (r.location().post().equals(post)
          && r.custom().get(CATALOGUE).equals(Optional.of(new CustomValue.Text(c.code())))
          && r.custom().get(ENTRY).equals(Optional.of(new CustomValue.Text(e.code())))) {
        return true;
      }
    }
    return false;
  }

  /** The refusal of a point, pointed at its entry in the catalogue. */
  private static Refusal at(int entry, Refusal r) {
    return at(Documents.child("/entries", entry), entry, r);
  }

  /** The refusal of a point or a measure, pointed at its place in the catalogue. */
  private static Refusal at(String pointer, int entry, Refusal r) {
    List<Refusal.Violation> violations = r.violations().isEmpty()
        ? List.of(new Refusal.Violation(pointer, r.code().name(), r.messageZh(), r.messageEn()))
        : r.violations().stream().map(v -> new Refusal.Violation(pointer + "/" + v.path().replace('.', '/'),
            v.rule(), v.messageZh(), v.messageEn(), v.labelZh(), v.labelEn())).toList();
    return new Refusal(r.code(), "模板条目 " + entry + " 无法采用：" + r.messageZh(),
        "template entry " + entry + " cannot be adopted: " + r.messageEn(), violations);
  }
}

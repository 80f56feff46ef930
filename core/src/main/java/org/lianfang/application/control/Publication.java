package org.lianfang.application.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.lianfang.UnitId;
import org.lianfang.application.internal.Session;
import org.lianfang.control.PowerDisclosure;
import org.lianfang.control.PublishedPower;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;

/** Builds the rows of a unit's published powers from what a query read (P-16). */
final class Publication {
  private Publication() {}

  /**
   * @param s the session
   * @param unit the unit
   * @param shown which live disclosures to show, with their items
   * @return a row for each live disclosure shown, in the order of the items' codes
   */
  static List<PublishedPower> rows(Session s, UnitId unit, BiPredicate<PowerDisclosure, PowerItem> shown) {
    Map<PowerItemId, PowerItem> items = s.store().powerItems().inUnit(unit).stream()
        .collect(Collectors.toMap(PowerItem::id, i -> i));
    List<PublishedPower> rows = new ArrayList<>();
    for (PowerDisclosure d : s.store().powerDisclosures().inUnit(unit)) {
      PowerItem item = items.get(d.powerItem());
      if (d.live() && item != null && shown.test(d, item)) {
        rows.add(new PublishedPower(d.id(), item.id(), item.code(), item.name(), d.content(), d.published(),
            d.staleAgainst(item)));
      }
    }
    rows.sort(Comparator.comparing(PublishedPower::code));
    return List.copyOf(rows);
  }
}

package org.lianfang.application.ledger;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lianfang.Aggregate;
import org.lianfang.UnitId;
import org.lianfang.application.internal.RegisterDigests;
import org.lianfang.cycle.FrozenRegister;
import org.lianfang.cycle.FrozenYear;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.CanonicalJson;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.JournalEntry;

/**
 * The frozen registers of the unit an import is reading (S-13, S-16): each one's records checked as the unit's are, in
 * year order; then, against the unit's chain, each register found frozen by a {@code cycle.register-frozen} entry with
 * the counts and digest its records give, right after the {@code cycle.closed} entry of its day, and each such entry's
 * register present; then handed to the writes. Not
 * thread-safe: one per import, cleared for each unit.
 */
final class ImportRegisters {
  /** The register a {@code cycle.register-frozen} entry names, by its year, in the entry's canonical payload. */
  private static final Pattern FROZEN = Pattern.compile("\"register\":\\{[^{}]*\"year\":(\\d+)[^{}]*\\}");

  private final Map<Year, FrozenYear> registers = new LinkedHashMap<>();
  private final Map<Year, String> where = new LinkedHashMap<>();

  /** Forgets the unit before. */
  void clear() {
    registers.clear();
    where.clear();
  }

  /**
   * @param unit the unit being read
   * @param register one of its registers
   * @param at where it is
   * @throws ImportRefused if it is not after the one before ({@code ledger.order}), holds a record of another unit
   *     ({@code ledger.register}) or a record the import's checks of a unit's records refuse
   */
  void add(UnitId unit, FrozenYear register, String at) {
    if (!registers.isEmpty() && !register.year().isAfter(List.copyOf(registers.keySet()).get(registers.size() - 1))) {
      throw ImportChecks.refused(at, "ledger.order", "冻结台账须按年度先后排列，每个年度一份",
          "the registers come in the order of their years, one for each year");
    }
    check(unit, AggregateKinds.RISK_POINTS, register.points(), at + "/riskPoints");
    check(unit, AggregateKinds.CONTROL_MEASURES, register.measures(), at + "/controlMeasures");
    registers.put(register.year(), register);
    where.put(register.year(), at);
  }

  private static <A extends Aggregate<?>> void check(UnitId unit, AggregateKind<A, ?> kind, List<A> records,
      String at) {
    for (int i = 0; i < records.size(); i++) {
      A r = records.get(i);
      if (!r.unitId().equals(unit)) {
        throw ImportChecks.refused(at + "/" + i, "ledger.register", "冻结台账中的" + kind.labelZh() + "不属于该单位",
            "the register holds a " + kind.labelEn() + " of another unit");
      }
      ImportChecks.record(kind, r, AggregateKinds.state(r), at + "/" + i);
    }
  }

  /**
   * @param digest the archive's chain digest
   * @param entries the unit's entries in the archive, in order
   * @param ats where each entry is
   * @throws ImportRefused ({@code ledger.register}) if a register is not the one an entry froze, or an entry froze a
   *     register the unit's section does not hold
   */
  void check(ChainDigest digest, List<JournalEntry> entries, List<String> ats) {
    Map<Year, Integer> frozen = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      JournalEntry e = entries.get(i);
      Matcher m = FROZEN.matcher(e.payload());
      if (e.eventType().equals("cycle.register-frozen") && m.find()) {
        frozen.put(Year.of(Integer.parseInt(m.group(1))), i);
      }
    }
    for (Map.Entry<Year, FrozenYear> r : registers.entrySet()) {
      Integer i = frozen.get(r.getKey());
      FrozenYear y = r.getValue();
      FrozenRegister computed = RegisterDigests.of(digest, y.year(), y.points(), y.measures());
      boolean closedThatDay = i != null && i > 0 && entries.get(i - 1).eventType().equals("cycle.closed")
          && entries.get(i - 1).payload().contains("\"day\":\"" + y.frozenOn() + "\"");
      if (i == null || !closedThatDay
          || !entries.get(i).payload().contains("\"register\":" + CanonicalJson.of(computed))) {
        throw ImportChecks.refused(where.get(r.getKey()), "ledger.register", i == null ? "该单位的日志中没有冻结 "
            + y.year() + " 年度台账的条目" : "此冻结台账与日志第 " + entries.get(i).sequence() + " 条记载的日期、数目或摘要不符",
            i == null ? "no entry of the unit's journal froze the register of " + y.year() : "this register differs "
                + "from the day, counts or digest journal entry " + entries.get(i).sequence() + " froze");
      }
    }
    for (Map.Entry<Year, Integer> f : frozen.entrySet()) {
      if (!registers.containsKey(f.getKey())) {
        throw ImportChecks.refused(ats.get(f.getValue()), "ledger.register", "该条目冻结的 " + f.getKey()
            + " 年度台账不在该单位的档案中", "the register of " + f.getKey() + " this entry froze is not in the unit's "
            + "section");
      }
    }
  }

  /** @return the unit's registers as held, in year order, to write */
  List<FrozenYear> held() {
    return new ArrayList<>(registers.values());
  }
}

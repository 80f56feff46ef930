package org.lianfang.application.ledger;

import java.time.Year;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lianfang.Aggregate;
import org.lianfang.ArchiveObject;
import org.lianfang.UnitId;
import org.lianfang.application.internal.RegisterDigests;
import org.lianfang.cycle.FrozenRegister;
import org.lianfang.cycle.FrozenYear;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.CanonicalJson;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.risk.RiskPointId;

/**
 * The frozen registers of the unit an import is reading (S-13, S-16). Each one's records are checked as they are read:
 * of the unit, each once, in the value rules a unit's records are checked by, each measure controlling points of the
 * register, the registers in year order. Then {@link Held#check}, after the unit's entries' hashes: each register is
 * the one a {@code cycle.register-frozen} entry froze, right after the {@code cycle.closed} entry of its day, with the
 * counts and digest its records give, and each such entry's register is present; an entry merged from another archive
 * ({@code ledger.entry-merged}) is read as the entry it carries. Not thread-safe: one per import.
 */
final class ImportRegisters {
  private static final String FROZEN = "cycle.register-frozen";
  private static final String CLOSED = "cycle.closed";
  /** The year of the register an entry's canonical payload names; a year of four digits, as the archive writes. */
  private static final Pattern YEAR = Pattern.compile("\"register\":\\{[^{}]*\"year\":([0-9]{4})[,}]");
  /** The same in a merged entry, where the carried payload is a JSON string: its quotes escaped. */
  private static final Pattern ESCAPED_YEAR =
      Pattern.compile("\\\\\"register\\\\\":\\{[^{}]*\\\\\"year\\\\\":([0-9]{4})[,}]");
  private static final Pattern MERGED_TYPE = Pattern.compile("\"eventType\":\"([a-z.-]+)\"");

  private Map<Year, FrozenYear> registers = new LinkedHashMap<>();
  private Map<Year, String> where = new LinkedHashMap<>();

  /**
   * @param unit the unit being read
   * @param register one of its registers
   * @param at where it is
   * @throws ImportRefused if it is not after the one before ({@code ledger.order}), or holds a record of another unit,
   *     a record twice or a measure controlling a point it does not hold ({@code ledger.register}), or a record the
   *     value rules refuse
   */
  void add(UnitId unit, FrozenYear register, String at) {
    if (!registers.isEmpty() && !register.year().isAfter(List.copyOf(registers.keySet()).get(registers.size() - 1))) {
      throw ImportChecks.refused(at, "ledger.order", "冻结台账须按年度先后排列，每个年度一份",
          "the registers come in the order of their years, one for each year");
    }
    check(unit, AggregateKinds.RISK_POINTS, register.points(), at + "/riskPoints");
    check(unit, AggregateKinds.CONTROL_MEASURES, register.measures(), at + "/controlMeasures");
    Set<RiskPointId> points = new HashSet<>();
    register.points().forEach(p -> points.add(p.id()));
    for (int i = 0; i < register.measures().size(); i++) {
      if (!points.containsAll(register.measures().get(i).points())) {
        throw ImportChecks.refused(at + "/controlMeasures/" + i + "/points", "ledger.register",
            "冻结台账中的防控措施所控制的风险点不在该台账中", "a measure of the register controls a point the register "
                + "does not hold");
      }
    }
    registers.put(register.year(), register);
    where.put(register.year(), at);
  }

  private static <A extends Aggregate<?>> void check(UnitId unit, AggregateKind<A, ?> kind, List<A> records,
      String at) {
    Set<Object> ids = new HashSet<>();
    for (int i = 0; i < records.size(); i++) {
      A r = records.get(i);
      if (!r.unitId().equals(unit) || !ids.add(r.id())) {
        throw ImportChecks.refused(at + "/" + i, "ledger.register", "冻结台账中的" + kind.labelZh()
            + "不属于该单位，或出现两次", "the register holds a " + kind.labelEn() + " of another unit, or one twice");
      }
      ImportChecks.record(kind, r, AggregateKinds.state(r), at + "/" + i);
    }
  }

  /** @return the unit's registers as read, to check and write; this one holds none after */
  Held take() {
    Held held = new Held(registers, where);
    registers = new LinkedHashMap<>();
    where = new LinkedHashMap<>();
    return held;
  }

  /**
   * One unit's registers as the archive holds them.
   *
   * @param registers by year, in order
   * @param where where each is
   */
  record Held(Map<Year, FrozenYear> registers, Map<Year, String> where) {
    /**
     * @param digest the archive's chain digest
     * @param entries the unit's entries in the archive, in order, their hashes checked
     * @param ats where each entry is
     * @throws ImportRefused ({@code ledger.register}) if a register is not the one an entry froze on its day, or an
     *     entry froze a register the section does not hold, names none it can be read for, or one already frozen
     */
    void check(ChainDigest digest, List<JournalEntry> entries, List<String> ats) {
      Map<Year, Integer> frozen = new LinkedHashMap<>();
      for (int i = 0; i < entries.size(); i++) {
        if (!type(entries.get(i)).equals(FROZEN)) {
          continue;
        }
        Matcher m = (merged(entries.get(i)) ? ESCAPED_YEAR : YEAR).matcher(entries.get(i).payload());
        if (!m.find() || frozen.put(Year.of(Integer.parseInt(m.group(1))), i) != null) {
          throw ImportChecks.refused(ats.get(i), "ledger.register", "该条目冻结的台账无法读出年度，或该年度已冻结过",
              "the register this entry froze has no readable year, or that year was frozen before");
        }
      }
      for (Map.Entry<Year, FrozenYear> r : registers.entrySet()) {
        Integer i = frozen.get(r.getKey());
        FrozenYear y = r.getValue();
        String at = where.get(r.getKey());
        if (i == null) {
          throw ImportChecks.refused(at, "ledger.register", "该单位的日志中没有冻结 " + y.year() + " 年度台账的条目",
              "no entry of the unit's journal froze the register of " + y.year());
        }
        FrozenRegister computed;
        try {
          computed = RegisterDigests.of(digest, y.year(), y.points(), y.measures());
        } catch (IllegalArgumentException notUnicode) {
          throw ImportChecks.refused(at, "ledger.register", "冻结台账含有不成对的代理字符，无法摘要",
              "the register holds an unpaired surrogate and has no digest");
        }
        boolean closedThatDay = i > 0 && type(entries.get(i - 1)).equals(CLOSED)
            && holds(entries.get(i - 1), "\"day\":\"" + y.frozenOn() + "\"");
        if (!closedThatDay || !holds(entries.get(i), "\"register\":" + CanonicalJson.of(computed))) {
          throw ImportChecks.refused(at, "ledger.register", "此冻结台账与日志第 " + entries.get(i).sequence()
              + " 条记载的日期、数目或摘要不符", "this register differs from the day, counts or digest journal entry "
              + entries.get(i).sequence() + " froze");
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

    /** @return the registers, in year order, to write */
    List<FrozenYear> all() {
      return List.copyOf(registers.values());
    }
  }

  private static boolean merged(JournalEntry e) {
    return e.eventType().equals("ledger.entry-merged");
  }

  /** @return the entry's type, or the type of the entry a merged one carries */
  private static String type(JournalEntry e) {
    if (!merged(e)) {
      return e.eventType();
    }
    Matcher m = MERGED_TYPE.matcher(e.payload());
    return m.find() ? m.group(1) : "";
  }

  /** @return whether the entry's payload, or the payload a merged one carries, holds the canonical text */
  private static boolean holds(JournalEntry e, String canonical) {
    if (!merged(e)) {
      return e.payload().contains(canonical);
    }
    String quoted = CanonicalJson.of(ArchiveObject.builder().put("x", canonical).build());
    return e.payload().contains(quoted.substring("{\"x\":\"".length(), quoted.length() - "\"}".length()));
  }
}

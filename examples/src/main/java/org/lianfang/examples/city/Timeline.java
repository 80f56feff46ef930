package org.lianfang.examples.city;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * When the generated city does what: the pilot timetable of S-16, one window per phase, starting 2010-08-31 in
 * Asia/Shanghai. Each phase gives every unit its own slot, in tree order, and spaces the unit's events for that phase
 * evenly inside it. So a unit's journal runs forward in time, and the records of one kind (units, posts, risk points…)
 * come out in id order across the whole city, as a real registration would make them. A phase whose slots do not fit
 * its nominal window (a very large scale) simply runs longer and pushes the later phases back. Immutable.
 */
final class Timeline {
  /** The city's time zone: every day in the data is a day in Kunming. */
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** The longest public notice (公示) a unit uses, in days. */
  static final int MAX_NOTICE_DAYS = 10;

  /** The phases, in time order. */
  enum Phase {
    /** 动员部署: the units are registered (2010-08-16…08-30). */
    UNITS("2010-08-16T09:00", "2010-08-30T18:00"),
    /** 清理职权: posts, officials, tenures and power items (2010-08-31…09-10). */
    ORGANISATION("2010-08-31T09:00", "2010-09-10T18:00"),
    /** 风险排查: risk points identified (…09-30). */
    IDENTIFICATION("2010-09-11T09:00", "2010-09-30T18:00"),
    /** 审核 (S-5). */
    REVIEW("2010-10-08T09:00", "2010-10-14T18:00"),
    /** 评估定级 (S-6). */
    GRADING("2010-10-15T09:00", "2010-10-20T18:00"),
    /** 公示 begins (S-5, S-6). */
    PUBLISHING("2010-10-21T09:00", "2010-10-31T18:00"),
    /** 集体定, after every notice has run (S-3, P-5). */
    CONFIRMATION("2010-11-12T09:00", "2010-11-30T18:00"),
    /** 防控落实: two control measures drafted for every point, those of confirmed points registered and in force. */
    MEASURES("2010-12-01T09:00", "2010-12-10T18:00"),
    /** 自查修正 (S-16 12-11…12-21): points made stale or retired (P-3). */
    REVISION("2010-12-11T09:00", "2010-12-21T18:00");

    final long nominalStart;
    final long nominalEnd;

    Phase(String start, String end) {
      this.nominalStart = millis(LocalDateTime.parse(start));
      this.nominalEnd = millis(LocalDateTime.parse(end));
    }
  }

  private final long[] start = new long[Phase.values().length];
  private final long[] slot = new long[Phase.values().length];

  /**
   * @param units how many units
   * @param maxEvents for each phase, the most events one unit has in it
   */
  Timeline(int units, int[] maxEvents) {
    long previousEnd = Long.MIN_VALUE;
    for (Phase p : Phase.values()) {
      int i = p.ordinal();
      long s = Math.max(p.nominalStart, previousEnd);
      if (p == Phase.CONFIRMATION) {
        // every notice must be over: it starts at the latest on the day the publishing phase ends
        LocalDate lastNoticeEnd = day(previousEnd).plusDays(MAX_NOTICE_DAYS);
        s = Math.max(s, millis(lastNoticeEnd.atTime(9, 0)));
      }
      start[i] = s;
      slot[i] = Math.max((p.nominalEnd - p.nominalStart) / units, maxEvents[i] + 2L);
      previousEnd = s + units * slot[i];
    }
  }

  /** @return the first millisecond of the unit's slot in the phase */
  long slotStart(Phase p, int unit) {
    return start[p.ordinal()] + unit * slot[p.ordinal()];
  }

  /** @return the first millisecond after the unit's slot in the phase; every event of the slot is before it */
  long slotEnd(Phase p, int unit) {
    return slotStart(p, unit) + slot[p.ordinal()];
  }

  /** @return the instant of the unit's {@code i}-th of {@code count} events in the phase, evenly spaced in its slot */
  long at(Phase p, int unit, int i, int count) {
    return slotStart(p, unit) + (i + 1) * (slot[p.ordinal()] / (count + 1));
  }

  static long millis(LocalDateTime local) {
    return local.atZone(ZONE).toInstant().toEpochMilli();
  }

  static LocalDate day(long millis) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZONE);
  }
}

package org.lianfang.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A year's timetable (S-16): the seed's pilot dates by default, any year's own dates configurable, and nothing that
 * is not six windows in order within the year.
 */
class CycleTimetableTest {
  @Test
  void s16_thePilotTimetableIsTheSeedsDates() {
    CycleTimetable t = CycleTimetable.pilot(Year.of(2010));
    // the seed, 四、时间安排: 8月14日至8月31日; 8月31日—9月30日; 10月1日—10月20日; 10月21日—12月10日;
    // 12月11日—12月21日; 12月22日至12月31日
    assertEquals(List.of(
        new PhaseWindow(CyclePhase.MOBILISATION, LocalDate.of(2010, 8, 14), LocalDate.of(2010, 8, 31)),
        new PhaseWindow(CyclePhase.IDENTIFICATION, LocalDate.of(2010, 8, 31), LocalDate.of(2010, 9, 30)),
        new PhaseWindow(CyclePhase.TRAINING, LocalDate.of(2010, 10, 1), LocalDate.of(2010, 10, 20)),
        new PhaseWindow(CyclePhase.MEASURES, LocalDate.of(2010, 10, 21), LocalDate.of(2010, 12, 10)),
        new PhaseWindow(CyclePhase.REVISION, LocalDate.of(2010, 12, 11), LocalDate.of(2010, 12, 21)),
        new PhaseWindow(CyclePhase.ACCEPTANCE, LocalDate.of(2010, 12, 22), LocalDate.of(2010, 12, 31))),
        t.windows());
    assertEquals(LocalDate.of(2010, 8, 14), t.first());
    assertEquals(LocalDate.of(2011, 12, 10), CycleTimetable.pilot(Year.of(2011)).window(CyclePhase.MEASURES).to());
    assertThrows(IllegalArgumentException.class, () -> t.window(CyclePhase.CLOSED));
  }

  @Test
  void s16_aYearsOwnDatesAreItsAndChangeThePolicysVersion() {
    List<MonthDay> days = List.of(MonthDay.of(1, 4), MonthDay.of(1, 31), MonthDay.of(2, 1), MonthDay.of(4, 30),
        MonthDay.of(5, 1), MonthDay.of(5, 31), MonthDay.of(6, 1), MonthDay.of(11, 30), MonthDay.of(12, 1),
        MonthDay.of(12, 15), MonthDay.of(12, 16), MonthDay.of(12, 31));
    CycleTimetable own = CycleTimetable.of(Year.of(2011), days);
    StandardCyclePolicy pilot = StandardCyclePolicy.pilot();
    StandardCyclePolicy p = pilot.withYear(own);
    assertEquals(own, p.timetable(Year.of(2011)));
    assertEquals(CycleTimetable.pilot(Year.of(2012)), p.timetable(Year.of(2012)));
    assertEquals(CycleTimetable.pilot(Year.of(2011)), pilot.timetable(Year.of(2011)), "the pilot is unchanged");
    assertNotEquals(pilot.version(), p.version());
    assertNotEquals(pilot.version(), pilot.withRules(new CycleRules(true, false, true, true)).version());
    assertEquals(pilot.version(), StandardCyclePolicy.pilot().version(), "the same configuration, the same version");
    assertEquals(p.version(), StandardCyclePolicy.pilot().withYear(own).version());
  }

  @Test
  void aTimetableIsSixWindowsInOrderWithinItsYear() {
    Year y = Year.of(2010);
    List<PhaseWindow> pilot = CycleTimetable.pilot(y).windows();
    List<PhaseWindow> swapped = new ArrayList<>(pilot);
    swapped.set(1, pilot.get(2));
    swapped.set(2, pilot.get(1));
    List<PhaseWindow> overlapping = new ArrayList<>(pilot);
    overlapping.set(2, new PhaseWindow(CyclePhase.TRAINING, LocalDate.of(2010, 9, 29), LocalDate.of(2010, 10, 20)));
    List<PhaseWindow> intoNextYear = new ArrayList<>(pilot);
    intoNextYear.set(5, new PhaseWindow(CyclePhase.ACCEPTANCE, LocalDate.of(2010, 12, 22), LocalDate.of(2011, 1, 5)));
    for (List<PhaseWindow> bad : List.of(swapped, overlapping, intoNextYear, pilot.subList(0, 5))) {
      assertThrows(IllegalArgumentException.class, () -> new CycleTimetable(y, bad), bad.toString());
    }
    assertThrows(IllegalArgumentException.class, () -> new CycleTimetable(Year.of(2011), pilot), "another year's");
    assertThrows(IllegalArgumentException.class, () -> new PhaseWindow(CyclePhase.TRAINING,
        LocalDate.of(2010, 10, 20), LocalDate.of(2010, 10, 1)), "ends before it begins");
    assertThrows(IllegalArgumentException.class, () -> new PhaseWindow(CyclePhase.CLOSED,
        LocalDate.of(2010, 12, 31), LocalDate.of(2010, 12, 31)), "closed has no window");
    assertThrows(IllegalArgumentException.class, () -> CycleTimetable.of(y, List.of(MonthDay.of(8, 14))));
  }
}

package org.lianfang.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lianfang.Actor;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.control.EvidenceInput;
import org.lianfang.application.control.RecordEducation;
import org.lianfang.control.EducationForm;
import org.lianfang.control.EducationReport;
import org.lianfang.control.ObligationStatus;
import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.Tenure;

/**
 * The training that opens the second stage (S-16: 10-01 to 10-20), the first defense line (S-7, P-15): each pilot unit
 * holds a 专题培训 for its staff on its risk points (10-08), a 警示教育 on a case (10-12), its principal leader's
 * 廉洁党课 (10-15), and the 任职廉政谈话 still owed to whoever took up a post this year (10-18, late: they were due
 * within 30 days); then the year's education obligations of the city, met, due and overdue.
 */
final class EducationStage {
  static final LocalDate TRAINING_OPENS = LocalDate.of(2010, 10, 1);
  static final LocalDate TRAINING_CLOSES = LocalDate.of(2010, 10, 20);

  private final PilotFixture f;

  EducationStage(PilotFixture f) {
    this.f = f;
  }

  /** Who a pilot unit educates: its staff, the holders of its principal leaders' posts, and this year's newcomers. */
  private record Audience(PilotFixture.Pilot unit, List<OfficialId> staff, Map<OfficialId, String> leaders,
      List<OfficialId> newcomers) {}

  /** Records each unit's education of 10-01 to 10-20, day by day, then prints the city's obligations for 2010. */
  void run() {
    f.clock.advanceTo(TRAINING_OPENS);
    List<Audience> audiences = f.pilots.stream().map(this::audience).toList();
    int recorded = 0;
    f.clock.advanceTo(LocalDate.of(2010, 10, 8));
    for (Audience a : audiences) {
      record(a.unit(), EducationForm.TOPIC_TRAINING, "本单位岗位廉政风险点及防控措施", "市纪委预防腐败室",
          Optional.empty(), a.staff(), "3");
      recorded++;
    }
    f.clock.advanceTo(LocalDate.of(2010, 10, 12));
    for (Audience a : audiences) {
      record(a.unit(), EducationForm.WARNING_EDUCATION, "观看警示教育片，剖析本系统违纪违法典型案例", "市纪委宣教室",
          Optional.empty(), a.staff(), "2");
      recorded++;
    }
    f.clock.advanceTo(LocalDate.of(2010, 10, 15));
    for (Audience a : audiences) {
      for (Map.Entry<OfficialId, String> leader : a.leaders().entrySet()) {
        record(a.unit(), EducationForm.PARTY_LECTURE, "筑牢思想道德防线，做廉洁从政的表率", leader.getValue(),
            Optional.of(leader.getKey()), a.staff(), "1.5");
        recorded++;
      }
    }
    f.clock.advanceTo(LocalDate.of(2010, 10, 18));
    for (Audience a : audiences) {
      if (!a.newcomers().isEmpty()) {
        record(a.unit(), EducationForm.APPOINTMENT_TALK, "新任职人员任职廉政谈话", "单位纪检组长", Optional.empty(),
            a.newcomers(), "0.5");
        recorded++;
      }
    }
    f.clock.advanceTo(TRAINING_CLOSES);
    f.log("登记廉政教育活动 " + recorded + " 次（P-15：专题培训、警示教育、廉洁党课、任职廉政谈话）");
    printEducation(f.lianfang, f.inspector, f.city, Year.of(2010), f.out);
  }

  private Audience audience(PilotFixture.Pilot p) {
    List<Official> staff = f.lianfang.organization().queries().officials(f.inspector, p.id());
    Map<OfficialId, String> names = staff.stream().collect(Collectors.toMap(Official::id, Official::name));
    Set<PostId> leading = f.lianfang.organization().queries().posts(f.inspector, p.id()).stream()
        .filter(x -> x.profile().principalLeader()).map(Post::id).collect(Collectors.toSet());
    List<Tenure> tenures = f.lianfang.organization().queries().tenures(f.inspector, p.id());
    Map<OfficialId, String> leaders = new TreeMap<>(Comparator.comparing(OfficialId::toString));
    tenures.stream().filter(t -> leading.contains(t.postId()) && t.end().isEmpty())
        .forEach(t -> leaders.put(t.officialId(), names.get(t.officialId())));
    List<OfficialId> newcomers = tenures.stream().filter(t -> t.start().getYear() == 2010).map(Tenure::officialId)
        .distinct().toList();
    return new Audience(p, staff.stream().map(Official::id).toList(), leaders, newcomers);
  }

  private void record(PilotFixture.Pilot p, EducationForm form, String topic, String lecturer,
      Optional<OfficialId> lecturerId, List<OfficialId> attendees, String hours) {
    Actor by = p.leader();
    f.lianfang.control().recordEducation(by, new RecordEducation(p.id(), form, f.clock.today(), topic, lecturer,
        lecturerId, attendees, new BigDecimal(hours), List.of(), List.of(),
        List.of(new EvidenceInput("签到表及照片", "纪委预防腐败室/2010/教育/" + form.code() + "/" + p.name(),
            Optional.empty())))).orElseThrow();
  }

  /**
   * Prints the education obligations of a subtree in a year (P-15), from what is stored.
   *
   * @param lianfang the library
   * @param inspector a discipline inspector scoped to the root
   * @param root the subtree's root
   * @param year the year
   * @param out where the list goes
   */
  static void printEducation(Lianfang lianfang, Actor inspector, UnitId root, Year year, PrintStream out) {
    EducationReport r = lianfang.control().queries().educationObligations(inspector, root, year);
    out.println();
    out.println(year + " 年廉政教育任务（P-15，截至 " + r.today() + "）：已完成 " + r.count(ObligationStatus.MET)
        + " 项，待完成 " + r.count(ObligationStatus.DUE) + " 项，已逾期 " + r.count(ObligationStatus.OVERDUE) + " 项");
    Function<EducationReport.Row, String> line = row -> "  " + row.unitName() + " · "
        + row.obligation().kind().chinese() + row.officialName().map(n -> "（" + n + "）").orElse("")
        + " — 时限 " + row.obligation().due() + "，" + row.obligation().status().chinese()
        + row.obligation().metOn().map(d -> " " + d).orElse("")
        + (row.obligation().late() ? "（逾期完成）" : "");
    r.rows().forEach(row -> out.println(line.apply(row)));
  }
}

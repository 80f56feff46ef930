package org.lianfang.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lianfang.Actor;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.organization.RegisterPost;
import org.lianfang.application.organization.RegisterUnit;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.IdentifyRiskPoint;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.Transparency;
import org.lianfang.organization.UnitKind;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.RiskIdentificationForm;
import org.lianfang.risk.RiskPointId;

/**
 * The README's quick start, as compiled code: register a unit and a post, identify a risk point (S-3), grade it (S-6)
 * and print Form 2 (S-13). The lines between the markers are the README's snippet.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * @param out where Form 2 is printed
   * @return the form printed
   */
  public static RiskIdentificationForm run(PrintStream out) {
    // quick-start:begin
    Lianfang lianfang = Lianfang.builder(InMemoryStore.create()).build();
    Actor office = Actor.of("jw-01", "市纪委", List.of(Role.DISCIPLINE_INSPECTOR), List.of());
    UnitId city = lianfang.organization().registerUnit(office,
        new RegisterUnit("5301", "昆明市", UnitKind.CITY, Optional.empty())).orElseThrow();
    Actor inspector = office.withScope(List.of(city));
    PostId approver = lianfang.organization().registerPost(inspector, new RegisterPost(city, "SP-01", "行政审批科科员",
        new PostProfile(false, Set.of(), false, false, Set.of(AdministrativePower.LICENSING), Transparency.PARTIAL)))
        .orElseThrow();
    RiskPointId risk = lianfang.risks().identify(inspector, IdentifyRiskPoint.onPost(city, approver)
        .category(RiskCategory.DUTY).described("利用审批权吃拿卡要").foundBy(DiscoveryMethod.ORGANISATION).build())
        .orElseThrow();
    lianfang.risks().grade(inspector, new GradeRiskPoint(risk, 3, 4, false, false)).orElseThrow();
    RiskIdentificationForm form2 = lianfang.risks().queries().form2(inspector, city).orElseThrow();
    out.println(form2.toText());
    // quick-start:end
    return form2;
  }

  /** @param args ignored */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }
}

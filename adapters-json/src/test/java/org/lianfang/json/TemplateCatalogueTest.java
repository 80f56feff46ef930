package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lianfang.control.Cadence;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlPhase;
import org.lianfang.control.DefenseLine;
import org.lianfang.control.MeasureState;
import org.lianfang.Limits;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.ControlScenarios;
import org.lianfang.testing.World;

/** P-7: a catalogue of typical risk points, read strictly, adopted by a unit recording where each point came from. */
class TemplateCatalogueTest {
  private static final String GOLDEN = "/org/lianfang/json/golden/template-catalogue/kunming-land.json";

  private final World world = World.in(InMemoryStore.create());

  private static byte[] golden() {
    try (InputStream in = TemplateCatalogueTest.class.getResourceAsStream(GOLDEN)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Outcome<TemplateCatalogue> read(String json) {
    try {
      return TemplateCatalogue.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static TemplateCatalogue catalogue() {
    return read(new String(golden(), StandardCharsets.UTF_8)).orElseThrow();
  }

  private Map<String, Set<org.lianfang.organization.PostId>> kinds() {
    return Map.of("审批岗", Set.of(world.approver), "财务岗", Set.of(world.accountant));
  }

  @Test
  void readsTheGoldenCatalogueAndWritesItBackByteForByte() throws IOException {
    TemplateCatalogue c = catalogue();
    assertEquals("KM-GT-2010", c.code());
    assertEquals(4, c.entries().size());
    assertEquals(Optional.empty(), c.entries().get(3).postKind());
    assertEquals(RiskCategory.PROCESS, c.entries().get(1).category());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    c.write(out);
    assertEquals(new String(golden(), StandardCharsets.UTF_8).strip(), out.toString(StandardCharsets.UTF_8).strip());
  }

  @Test
  void adoptingCreatesDraftsOnTheMappedPostsRecordingTheirOriginP7() {
    TemplateAdoption adoption = TemplateAdoption.of(world.lianfang, world.store.transactions());

    List<RiskPointId> created = adoption.adopt(world.landLeader, world.land, catalogue(), kinds()).orElseThrow();

    assertEquals(4, created.size(), "two entries on the approver, one on the accountant, one unit-wide");
    for (RiskPointId id : created) {
      RiskPoint p = world.lianfang.risks().queries().riskPoint(world.landLeader, id).orElseThrow();
      assertEquals(Optional.of(new CustomValue.Text("KM-GT-2010")), p.custom().get(TemplateAdoption.CATALOGUE));
      assertEquals(Optional.of(new CustomValue.Text("2010.1")), p.custom().get(TemplateAdoption.VERSION));
      assertTrue(p.custom().get(TemplateAdoption.ENTRY).isPresent());
      assertEquals(DiscoveryMethod.ORGANISATION, p.description().method());
    }
    RiskPoint unitWide = created.stream().map(id -> world.lianfang.risks().queries().riskPoint(world.landLeader, id)
        .orElseThrow()).filter(p -> p.location().isUnitWide()).findFirst().orElseThrow();
    assertEquals(Optional.of(new CustomValue.Text("BM-01")), unitWide.custom().get(TemplateAdoption.ENTRY));
  }

  @Test
  void adoptingAgainAddsNothing() {
    TemplateAdoption adoption = TemplateAdoption.of(world.lianfang, world.store.transactions());
    adoption.adopt(world.landLeader, world.land, catalogue(), kinds()).orElseThrow();
    var before = ((InMemoryStore) world.store).snapshot();

    assertEquals(List.of(), adoption.adopt(world.landLeader, world.land, catalogue(), kinds()).orElseThrow());
    assertEquals(before, ((InMemoryStore) world.store).snapshot());
  }

  @Test
  void aRefusedEntryRefusesTheWholeAdoptionNamingItAndChangesNothing() {
    TemplateCatalogue c = catalogue();
    TemplateEntry tooLong = new TemplateEntry("SP-03", Optional.of("审批岗"), RiskCategory.DUTY,
        "长".repeat(Limits.TEXT + 1), "", List.of());
    TemplateCatalogue bad = new TemplateCatalogue(c.code(), c.name(), c.issuer(), c.version(),
        List.of(c.entries().get(0), tooLong));
    var before = ((InMemoryStore) world.store).snapshot();

    Refusal r = TemplateAdoption.of(world.lianfang, world.store.transactions())
        .adopt(world.landLeader, world.land, bad, kinds()).whyRefused().orElseThrow();

    assertEquals(Refusal.Code.INVALID_INPUT, r.code());
    assertTrue(r.violations().get(0).path().startsWith("/entries/1"), r.violations().toString());
    assertEquals(before, ((InMemoryStore) world.store).snapshot());
  }

  /**
   * Another bureau's leader, who may not even see the land bureau, is refused as if the unit did not exist (issue 10,
   * finding 12), and nothing is adopted; an auditor, who sees it but may not identify there, is refused as not allowed.
   */
  @Test
  void anActorOfAnotherUnitIsRefused() {
    var before = ((InMemoryStore) world.store).snapshot();
    Refusal r = TemplateAdoption.of(world.lianfang, world.store.transactions())
        .adopt(world.planningLeader, world.land, catalogue(), kinds()).whyRefused().orElseThrow();
    assertEquals(Refusal.Code.UNKNOWN_REFERENCE, r.code());
    Refusal seen = TemplateAdoption.of(world.lianfang, world.store.transactions())
        .adopt(world.auditor, world.land, catalogue(), kinds()).whyRefused().orElseThrow();
    assertEquals(Refusal.Code.ACCESS_DENIED, seen.code());
    assertEquals(before, ((InMemoryStore) world.store).snapshot());
  }

  @Test
  void badCataloguesAreRefusedWithTheirPointer() {
    String good = new String(golden(), StandardCharsets.UTF_8);
    Map<String, String> cases = Map.of(
        good.replace("\"category\" : \"duty\"", "\"category\" : \"bribery\""), "/entries/0/category",
        good.replace("\"code\" : \"SP-02\"", "\"code\" : \"SP-01\""), "",
        good.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 3"), "",
        good.replace("\"issuer\" : \"中共昆明市纪律检查委员会\",", ""), "/issuer",
        good.replace("\"postKind\" : \"财务岗\",", "\"postKind\" : 7,"), "/entries/2/postKind",
        good.replace("\"name\" : \"昆明市", "\"name\" : \"x\", \"name\" : \"昆明市"), "/name",
        good.substring(0, good.length() / 2), "/entries/1");
    cases.forEach((json, pointer) -> {
      Refusal r = read(json).whyRefused().orElseThrow(() -> new AssertionError("accepted: " + pointer));
      assertEquals(pointer, r.violations().get(0).path().replaceFirst("^(/entries/\\d+).*/sources.*$", "$1"),
          r.toString());
      assertTrue(r.messageZh().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
          == Character.UnicodeScript.HAN), r.messageZh());
    });
  }

  /** The golden catalogue with one monitoring measure on every entry. */
  private static TemplateCatalogue withMeasures() {
    TemplateCatalogue c = catalogue();
    return new TemplateCatalogue(c.code(), c.name(), c.issuer(), c.version(), c.entries().stream()
        .map(e -> new TemplateEntry(e.code(), e.postKind(), e.category(), e.description(), e.manifestation(),
            e.sources(), List.of(new TemplateMeasure(ControlPhase.MONITORING, DefenseLine.POWER_REGULATION,
                "办理过程网上公开，逾期件每月通报", "《昆明市行政审批公开办法》", Optional.of(Cadence.MONTHLY)))))
        .toList());
  }

  @Test
  void p7_p13_adoptingDraftsTheEntriesMeasuresAgainstEachPointItCreates() {
    TemplateAdoption adoption = TemplateAdoption.of(world.lianfang, world.store.transactions());
    AdoptedMeasures given = new AdoptedMeasures(ControlScenarios.landOwners(world), world.clock.today().plusDays(30));

    List<RiskPointId> created = adoption.adopt(world.landLeader, world.land, withMeasures(), kinds(),
        Optional.of(given)).orElseThrow();

    List<ControlMeasure> measures = world.lianfang.control().queries().measures(world.auditor, world.land);
    assertEquals(created.size(), measures.size(), "one measure per point created");
    for (RiskPointId id : created) {
      ControlMeasure m = measures.stream().filter(x -> x.controls(id)).findFirst().orElseThrow();
      assertEquals(List.of(id), m.points());
      assertEquals(MeasureState.DRAFT, m.state(), "adopted as a draft, for the unit to refine and register");
      assertEquals(given.owners(), m.plan().owners());
      assertEquals(given.due(), m.plan().due());
      assertEquals(Optional.of(Cadence.MONTHLY), m.plan().cadence());
    }
    var before = ((InMemoryStore) world.store).snapshot();
    assertEquals(List.of(), adoption.adopt(world.landLeader, world.land, withMeasures(), kinds(), Optional.of(given))
        .orElseThrow());
    assertEquals(before, ((InMemoryStore) world.store).snapshot(), "adopting again drafts nothing again");
  }

  @Test
  void measuresAdoptedWithoutTheirOwnersOrWithBadOnesAreRefusedNamingTheMeasureAndNothingChanges() {
    TemplateAdoption adoption = TemplateAdoption.of(world.lianfang, world.store.transactions());
    var before = ((InMemoryStore) world.store).snapshot();
    Refusal unsaid = adoption.adopt(world.landLeader, world.land, withMeasures(), kinds()).whyRefused().orElseThrow();
    assertEquals("/entries/0/measures/0", unsaid.violations().get(0).path(), unsaid.toString());
    Refusal foreign = adoption.adopt(world.landLeader, world.land, withMeasures(), kinds(), Optional.of(
        new AdoptedMeasures(new org.lianfang.risk.OwnerChain(world.sun, world.li, world.zhang),
            world.clock.today()))).whyRefused().orElseThrow();
    assertTrue(foreign.violations().get(0).path().startsWith("/entries/0/measures/0"), foreign.toString());
    assertEquals(before, ((InMemoryStore) world.store).snapshot());
  }

  @Test
  void aCatalogueWithMeasuresIsWrittenAsVersion2AndAVersion1DocumentMayNotCarryThem() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    withMeasures().write(out);
    String written = out.toString(StandardCharsets.UTF_8);
    assertTrue(written.contains("\"schemaVersion\" : 2") && written.contains("\"line\" : \"power-regulation\""),
        written);
    assertEquals(withMeasures(), read(written).orElseThrow());
    Refusal r = read(written.replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 1")).whyRefused()
        .orElseThrow();
    assertTrue(r.messageEn().contains("version 2"), r.toString());
  }
}

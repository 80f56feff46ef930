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
import org.lianfang.Limits;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
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
        good.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"), "",
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
}

package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lianfang.Actor;
import org.lianfang.application.control.CommitmentStep;
import org.lianfang.application.organization.ClassifyPowerItem;
import org.lianfang.application.organization.RegisterPowerItem;
import org.lianfang.control.CommitmentAction;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.control.Verdict;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.PowerItemId;
import org.lianfang.testing.CommitmentScenarios;
import org.lianfang.testing.DisclosureScenarios;
import org.lianfang.testing.World;

/**
 * The public notice with the control stage's publications (issue 11, P-16, P-17, P-11): the powers the public view
 * shows and the published commitments, each with its unit's name, the document valid against its schema (version
 * 2); never a secret item, an unpublished commitment or an official's id. A notice of risks alone stays version 1.
 */
class PublicNoticeControlTest {
  private static String notice(World w, boolean withControl) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PublicNoticeExport export = withControl
        ? PublicNoticeExport.of(w.lianfang.risks().queries(), w.lianfang.control().queries(), w.clock)
        : PublicNoticeExport.of(w.lianfang.risks().queries(), w.clock);
    export.write(Actor.publicVisitor(List.of(w.city)), w.city, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void p16_p17_theNoticeCarriesWhatThePublicMayReadAndNoOfficialsId() throws IOException {
    World w = World.in(InMemoryStore.create());
    w.lianfang.control().publishPower(w.landLeader, DisclosureScenarios.publication(w.landApproval,
        w.clock.today())).orElseThrow();
    PowerItemId secret = w.lianfang.organization().registerPowerItem(w.landLeader, new RegisterPowerItem(w.land,
        "其他-009", "涉密测绘成果审批", AdministrativePower.OTHER, "《测绘法》", "涉密测绘成果", "局长负责",
        Set.of(w.director))).orElseThrow();
    w.lianfang.control().publishPower(w.landLeader, DisclosureScenarios.publication(secret, w.clock.today()))
        .orElseThrow();
    w.lianfang.organization().classifyPowerItem(w.inspector, ClassifyPowerItem.secret(secret, "《测绘管理规定》"))
        .orElseThrow();
    ServiceCommitmentId judged = w.lianfang.control().proposeCommitment(w.landLeader,
        CommitmentScenarios.fiveDays(w, w.zhao)).orElseThrow();
    for (CommitmentAction a : List.of(CommitmentAction.REVIEW, CommitmentAction.PUBLISH, CommitmentAction.START)) {
      w.lianfang.control().stepCommitment(w.landLeader, CommitmentStep.of(judged, a)).orElseThrow();
    }
    w.lianfang.control().stepCommitment(w.landLeader, CommitmentStep.evaluate(judged, Verdict.BROKEN_EXCUSED,
        Optional.of("系统停机三日，已公告说明"))).orElseThrow();
    w.lianfang.control().proposeCommitment(w.landLeader, CommitmentScenarios.fiveDays(w, w.wang)).orElseThrow();

    String text = notice(w, true);
    JsonNode doc = Schemas.tree(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), Schemas.of("public-notice").validate(doc), text);
    assertEquals(2, doc.get("schemaVersion").asInt());
    List<String> powers = new ArrayList<>();
    doc.get("powers").forEach(p -> powers.add(p.get("code").asText()));
    assertEquals(List.of("许可-001"), powers, "never a secret item");
    assertEquals("市国土资源管理局", doc.get("powers").get(0).get("unitName").asText());
    assertEquals("20 个工作日", doc.get("powers").get(0).get("fields").get("time-limit").asText());
    assertEquals(1, doc.get("commitments").size(), "never one not yet published");
    JsonNode c = doc.get("commitments").get(0);
    assertEquals("赵磊", c.get("holderName").asText());
    assertEquals("broken-excused", c.get("verdict").asText());
    assertEquals("系统停机三日，已公告说明", c.get("explanation").asText());
    for (Object id : List.of(w.zhao, w.wang, w.li, w.zhang, secret)) {
      assertFalse(text.contains(id.toString()), "no official's or secret item's id: " + id);
    }
  }

  @Test
  void aNoticeOfRisksAloneStaysVersion1() throws IOException {
    World w = World.in(InMemoryStore.create());
    w.lianfang.control().publishPower(w.landLeader, DisclosureScenarios.publication(w.landApproval,
        w.clock.today())).orElseThrow();
    JsonNode doc = Schemas.tree(notice(w, false).getBytes(StandardCharsets.UTF_8));
    assertEquals(1, doc.get("schemaVersion").asInt());
    assertTrue(!doc.has("powers") && !doc.has("commitments"));
    assertEquals(List.of(), Schemas.of("public-notice").validate(doc));
  }
}

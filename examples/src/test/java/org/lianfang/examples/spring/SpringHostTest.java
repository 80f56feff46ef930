package org.lianfang.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lianfang.Actor;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.monitoring.IssueWarning;
import org.lianfang.application.organization.RegisterOfficial;
import org.lianfang.application.risk.IdentifyRiskPoint;
import org.lianfang.examples.adapter.OaInboxSender;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.monitoring.Notification;
import org.lianfang.monitoring.WarningId;
import org.lianfang.monitoring.WarningLevel;
import org.lianfang.monitoring.WarningOrigin;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.RiskCategory;
import org.lianfang.table.Csv;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Spring Boot host (issue 15) booted on a random port against H2, its endpoints called over HTTP as a browser or
 * another system would: a point identified by its post's holder and graded by the leader shows on Form 2 as JSON, as
 * CSV that a CSV library reads back, and on the report page; bad input is refused naming the field in Chinese and
 * English and changes neither Form 2 nor the journal; a command joins the host's transaction and is undone with the
 * host's work; and the dispatcher on Spring's scheduler delivers a warning's notification to the OA inbox, the custom
 * adapter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpringHostTest {
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private ConfigurableApplicationContext app;
  private String base;
  private Lianfang lianfang;
  private TransactionTemplate transactions;
  private UnitId land;
  private Actor auditor;

  @BeforeAll
  void boot() {
    app = HostApplication.start("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:host-" + UUID.randomUUID()
        + ";DB_CLOSE_DELAY=-1", "--lianfang.dispatch-delay=200");
    base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    lianfang = app.getBean("lianfang", Lianfang.class);
    transactions = app.getBean(TransactionTemplate.class);
    HostUsers users = app.getBean(HostUsers.class);
    auditor = Actor.of("test", "审计", Set.of(Role.AUDITOR), Set.of(users.find("jw").orElseThrow().unit()));
    land = users.find("huang").orElseThrow().unit();
  }

  @AfterAll
  void stop() {
    app.close();
  }

  private HttpResponse<String> call(String method, String path, String user, Object body) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).header("X-User", user);
    if (body != null) {
      r.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(
          json.writeValueAsString(body), StandardCharsets.UTF_8));
    } else {
      r.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private String identify(String description) throws Exception {
    HttpResponse<String> r = call("POST", "/api/units/KMGT/risk-points", "li", Map.of("postCode", "GT-02",
        "category", "duty", "description", description, "method", "self"));
    assertEquals(201, r.statusCode(), r.body());
    return json.readTree(r.body()).get("id").asText();
  }

  private List<JournalEntry> journal() {
    return transactions.execute(s -> lianfang.ledger().queries().journal(auditor, land, 1, 10_000).orElseThrow());
  }

  @Test
  void s3_s6_aPointIdentifiedAndGradedOverHttpShowsOnForm2AsJsonAsCsvAndOnTheReport() throws Exception {
    String description = "利用审批权吃拿卡要，\"先上车后补票\" 😀";
    String id = identify(description);
    HttpResponse<String> graded = call("POST", "/api/risk-points/" + id + "/grade", "huang", Map.of("probability", 3,
        "harm", 4, "majorMatter", false, "commonProblem", false));
    assertEquals(200, graded.statusCode(), graded.body());

    HttpResponse<String> form2 = call("GET", "/api/units/KMGT/form2", "huang", null);
    assertEquals(200, form2.statusCode());
    JsonNode table = json.readTree(form2.body());
    List<String> headers = new ArrayList<>();
    table.get("headers").forEach(h -> headers.add(h.asText()));
    JsonNode row = null;
    for (JsonNode r : table.get("rows")) {
      if (r.get(headers.indexOf("风险点")).asText().equals(description)) {
        row = r;
      }
    }
    assertTrue(row != null, "the point is on Form 2: " + form2.body());
    assertEquals("较高", row.get(headers.indexOf("等级")).asText(), "3 × 4 grades 较高 under the standard matrix");

    HttpResponse<byte[]> csv = http.send(HttpRequest.newBuilder(URI.create(base + "/api/units/KMGT/form2.csv"))
        .header("X-User", "huang").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("text/csv;charset=UTF-8", csv.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(text.startsWith(Csv.BOM));
    List<List<String>> read = new ArrayList<>();
    try (CSVParser p = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180)) {
      for (CSVRecord r : p) {
        read.add(r.toList());
      }
    }
    assertEquals(headers, read.get(0));
    assertEquals(table.get("rows").size() + 1, read.size());
    assertTrue(read.stream().anyMatch(r -> r.get(headers.indexOf("风险点")).equals(description)));

    HttpResponse<String> report = call("GET", "/api/units/KMGT/report", "huang", null);
    assertEquals(200, report.statusCode());
    assertTrue(report.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    java.util.regex.Matcher cell = java.util.regex.Pattern.compile("data-probability=\"3\" data-harm=\"4\" "
        + "data-grade=\"higher\" data-count=\"(\\d+)\"").matcher(report.body());
    assertTrue(cell.find() && Integer.parseInt(cell.group(1)) >= 1, "the heat map counts the point at 3 × 4");
    assertTrue(report.body().contains("利用审批权吃拿卡要，&quot;先上车后补票&quot;"), "the point, escaped");
    assertEquals(400, call("POST", "/api/risk-points/not-a-uuid/grade", "huang", Map.of()).statusCode());
    assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(base + "/api/units/KMGT/form2")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode(), "no user named");
  }

  @Test
  void badInputIsRefusedNamingTheFieldInChineseAndEnglishAndChangesNothing() throws Exception {
    String id = identify("土地出让中违规变更用途");
    String before = call("GET", "/api/units/KMGT/form2", "huang", null).body();
    List<JournalEntry> journal = journal();

    HttpResponse<String> grade = call("POST", "/api/risk-points/" + id + "/grade", "huang", Map.of("probability", 9,
        "harm", 4, "majorMatter", false, "commonProblem", false));
    assertEquals(422, grade.statusCode(), grade.body());
    JsonNode refusal = json.readTree(grade.body());
    assertEquals("invalid-input", refusal.get("code").asText());
    JsonNode v = refusal.get("violations").get(0);
    assertEquals("probability", v.get("field").asText());
    assertTrue(!v.get("zh").asText().isBlank() && !v.get("en").asText().isBlank(), grade.body());

    HttpResponse<String> category = call("POST", "/api/units/KMGT/risk-points", "li", Map.of("postCode", "GT-02",
        "category", "bribery", "description", "x", "method", "self"));
    assertEquals(422, category.statusCode());
    assertEquals("category", json.readTree(category.body()).get("violations").get(0).get("field").asText());
    assertTrue(json.readTree(category.body()).get("zh").asText().contains("类别"), category.body());

    assertEquals(403, call("GET", "/api/units/KMGT/form2", "nobody", null).statusCode());
    assertEquals(before, call("GET", "/api/units/KMGT/form2", "huang", null).body(), "Form 2 unchanged");
    assertEquals(journal, journal(), "the journal unchanged");
  }

  @Test
  void aCommandJoinsTheHostsTransactionAndIsUndoneWithTheHostsWork() {
    String before = form2Rows();
    List<JournalEntry> journal = journal();
    Actor leader = Actor.of("huang", "黄正华", Set.of(Role.UNIT_LEADER), Set.of(land));
    IdentifyRiskPoint command = IdentifyRiskPoint.onPost(land, lianfang.organization().queries().posts(auditor, land)
        .get(0).id()).category(RiskCategory.PROCESS).described("随宿主事务回滚的风险点").foundBy(DiscoveryMethod.COLLEAGUES)
        .build();
    assertThrows(IllegalStateException.class, () -> transactions.executeWithoutResult(s -> {
      lianfang.risks().identify(leader, command).orElseThrow();
      throw new IllegalStateException("the host's own work in the same transaction fails");
    }));
    assertEquals(before, form2Rows(), "the command went with the host's rollback");
    assertEquals(journal, journal());
    transactions.executeWithoutResult(s -> lianfang.risks().identify(leader, command).orElseThrow());
    assertTrue(form2Rows().contains("随宿主事务回滚的风险点"), "and commits with its commit");
  }

  private String form2Rows() {
    return transactions.execute(s -> lianfang.risks().queries().form2(auditor, land).orElseThrow().table().rows()
        .toString());
  }

  @Test
  void p18_theDispatcherOnSpringsSchedulerDeliversAWarningsNoticeToTheOaInbox() throws Exception {
    Actor inspector = Actor.of("jw", "陈纪", Set.of(Role.DISCIPLINE_INSPECTOR), auditor.scope());
    UnitId city = auditor.scope().iterator().next();
    WarningId warning = transactions.execute(s -> {
      OfficialId secretary = lianfang.organization().registerOfficial(inspector, new RegisterOfficial(city,
          "JW-" + UUID.randomUUID().toString().substring(0, 8), "纪委书记")).orElseThrow();
      return lianfang.monitoring().issueWarning(inspector, new IssueWarning(land, Optional.empty(), Optional.empty(),
          List.of(), WarningLevel.REMINDER, WarningOrigin.REPORT, "昆纪预〔2011〕1号", "群众反映审批超时限",
          "收到通知后七日内书面说明情况", secretary)).orElseThrow();
    });
    OaInboxSender inbox = app.getBean(OaInboxSender.class);
    Instant until = Instant.now().plusSeconds(60);
    List<Notification> delivered = List.of();
    while (Instant.now().isBefore(until)) {
      delivered = inbox.inbox().stream().filter(n -> n.link().equals("warning/" + warning.value())).toList();
      if (!delivered.isEmpty()) {
        break;
      }
      Thread.sleep(100);
    }
    assertTrue(!delivered.isEmpty(), "the dispatcher, run by Spring's scheduler, delivered to the OA inbox");
    assertEquals(land, delivered.get(0).unitId());
  }
}

package org.lianfang.examples.spring;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lianfang.Actor;
import org.lianfang.Coded;
import org.lianfang.Refusal;
import org.lianfang.RefusedException;
import org.lianfang.application.Lianfang;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.application.risk.IdentifyRiskPoint;
import org.lianfang.grading.GradeLabels;
import org.lianfang.grading.GradeMatrix;
import org.lianfang.organization.PostId;
import org.lianfang.organization.Unit;
import org.lianfang.process.BusinessProcess;
import org.lianfang.render.FlowChartSvg;
import org.lianfang.render.HeatMapSvg;
import org.lianfang.render.Html;
import org.lianfang.render.HtmlReport;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.RiskPointId;
import org.lianfang.table.Csv;
import org.lianfang.table.Table;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A handful of REST endpoints over Lianfang (issue 15), each in one of the host's transactions, which Lianfang's
 * commands join: identify a risk point on a post, grade it, Form 2 as JSON and as CSV for Excel, and a unit's report
 * page. The caller is the host's user named by {@code X-User}, mapped to an {@link Actor} by {@link HostUsers}. A
 * refusal is answered with 422 (403 for access, 404 for an unknown reference, 409 for a stale version or a step out of
 * turn) and the refusal itself as JSON: its code, the reason in Chinese and English, and for invalid input each field
 * with its rule; the command changed nothing. A request Spring cannot read (a malformed id or body) is answered 400,
 * one without {@code X-User} 401, in the same shape. {@code X-User} stands in for the host's login: it is the
 * example's, not a way to authenticate.
 */
@RestController
class RiskController {
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final Lianfang lianfang;
  private final HostUsers users;

  RiskController(Lianfang lianfang, HostUsers users) {
    this.lianfang = lianfang;
    this.users = users;
  }

  /**
   * @param postCode the post's code in its unit
   * @param category one of {@code moral}, {@code duty}, {@code process}, {@code institutional}, {@code external}
   * @param description the risk point in the unit's words
   * @param method who found it: {@code self}, {@code colleagues}, {@code organisation}, {@code public},
   *     {@code collective}
   */
  record IdentifyRequest(String postCode, String category, String description, String method) {}

  /**
   * @param probability 1 to 5
   * @param harm 1 to 5
   * @param majorMatter whether it concerns 三重一大
   * @param commonProblem whether it is common to the unit
   */
  record GradeRequest(int probability, int harm, boolean majorMatter, boolean commonProblem) {}

  /** @param id the new or changed record's id */
  record Done(String id) {}

  @PostMapping("/api/units/{unit}/risk-points")
  @Transactional
  ResponseEntity<Done> identify(@RequestHeader("X-User") String user, @PathVariable String unit,
      @RequestBody IdentifyRequest body) {
    Actor actor = actor(user);
    Unit u = unit(actor, unit);
    PostId post = lianfang.organization().queries().posts(actor, u.id()).stream()
        .filter(p -> p.code().equals(body.postCode())).findFirst()
        .orElseThrow(() -> invalid("postCode", "岗位", "post", "本单位没有该岗位", "no such post in the unit")).id();
    RiskPointId id = lianfang.risks().identify(actor, IdentifyRiskPoint.onPost(u.id(), post)
        .category(code(RiskCategory.class, "category", "类别", body.category()))
        .described(body.description())
        .foundBy(code(DiscoveryMethod.class, "method", "查找方式", body.method())).build()).orElseThrow();
    return ResponseEntity.status(HttpStatus.CREATED).body(new Done(id.value().toString()));
  }

  @PostMapping("/api/risk-points/{id}/grade")
  @Transactional
  Done grade(@RequestHeader("X-User") String user, @PathVariable UUID id, @RequestBody GradeRequest body) {
    RiskPointId point = lianfang.risks().grade(actor(user), new GradeRiskPoint(new RiskPointId(id),
        body.probability(), body.harm(), body.majorMatter(), body.commonProblem())).orElseThrow();
    return new Done(point.value().toString());
  }

  @GetMapping(path = "/api/units/{unit}/form2", produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional(readOnly = true)
  Table form2(@RequestHeader("X-User") String user, @PathVariable String unit) {
    Actor actor = actor(user);
    return lianfang.risks().queries().form2(actor, unit(actor, unit).id()).orElseThrow().table();
  }

  @GetMapping("/api/units/{unit}/form2.csv")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> form2Csv(@RequestHeader("X-User") String user, @PathVariable String unit) {
    return ResponseEntity.ok().contentType(CSV)
        .header("Content-Disposition", "attachment; filename=\"form2-" + unit.replaceAll("[^A-Za-z0-9-]", "_")
            + ".csv\"").body(Csv.excelBytes(form2(user, unit)));
  }

  @GetMapping(path = "/api/units/{unit}/report", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  @Transactional(readOnly = true)
  String report(@RequestHeader("X-User") String user, @PathVariable String unit) {
    Actor actor = actor(user);
    Unit u = unit(actor, unit);
    HtmlReport page = HtmlReport.titled(u.name() + " 廉政风险防控", "由 Lianfang 生成 · " + actor.name());
    page.section("form2", "附表2 / Form 2", Html.table(lianfang.risks().queries().form2(actor, u.id()).orElseThrow()
        .table()));
    page.section("form3", "附表3 / Form 3", Html.table(lianfang.control().queries().form3(actor, u.id()).orElseThrow()
        .table()));
    page.section("heat-map", "风险分布 / Heat map", Html.figure(Html.trusted(HeatMapSvg.of(GradeMatrix.standard(),
        GradeLabels.SEED).draw(lianfang.risks().queries().heatMap(actor, u.id()), u.name())), "发生机率 × 危害程度"));
    List<Html> charts = lianfang.processes().queries().processes(actor, u.id()).stream()
        .map((BusinessProcess p) -> Html.figure(Html.trusted(FlowChartSvg.standard().draw(lianfang.processes()
            .queries().processChart(actor, p.id()).orElseThrow(), p.name())), p.name())).toList();
    page.section("flow-charts", "流程图 / Flow charts", charts.isEmpty() ? Html.paragraph("尚无业务流程图。")
        : Html.of(charts));
    return page.render();
  }

  @ExceptionHandler(RefusedException.class)
  ResponseEntity<Map<String, Object>> refused(RefusedException e) {
    Refusal r = e.refusal();
    HttpStatus status = switch (r.code()) {
      case ACCESS_DENIED -> HttpStatus.FORBIDDEN;
      case UNKNOWN_REFERENCE -> HttpStatus.NOT_FOUND;
      case STALE, ILLEGAL_TRANSITION -> HttpStatus.CONFLICT;
      default -> HttpStatus.UNPROCESSABLE_ENTITY;
    };
    return ResponseEntity.status(status).body(Map.of("code", r.code().code(), "zh", r.messageZh(), "en",
        r.messageEn(), "violations", r.violations().stream().map(v -> Map.of("field", v.field(), "rule", v.rule(),
            "zh", v.message(Locale.CHINESE), "en", v.message(Locale.ENGLISH))).toList()));
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class, HttpMessageNotReadableException.class,
      MissingRequestHeaderException.class})
  ResponseEntity<Map<String, Object>> unreadable(Exception e) {
    boolean anonymous = e instanceof MissingRequestHeaderException;
    return ResponseEntity.status(anonymous ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST).body(Map.of("code",
        anonymous ? Refusal.Code.ACCESS_DENIED.code() : Refusal.Code.INVALID_INPUT.code(), "zh", anonymous
            ? "请求未指明用户（X-User）" : "请求无法读取：路径或正文格式有误", "en", anonymous ? "the request names no user (X-User)"
            : "the request cannot be read: a malformed path or body", "violations", List.of()));
  }

  private Actor actor(String username) {
    return users.find(username).map(users::actor).orElseThrow(() -> new RefusedException(Refusal.of(
        Refusal.Code.ACCESS_DENIED, "未知用户：" + username, "unknown user: " + username)));
  }

  private Unit unit(Actor actor, String code) {
    return lianfang.organization().queries().unitByCode(actor, code).orElseThrow(() -> new RefusedException(
        Refusal.of(Refusal.Code.UNKNOWN_REFERENCE, "没有代码为 " + code + " 的单位", "no unit has the code " + code)));
  }

  private static <E extends Enum<E> & Coded> E code(Class<E> type, String field, String labelZh, String value) {
    return Arrays.stream(type.getEnumConstants()).filter(c -> c.code().equals(value)).findFirst()
        .orElseThrow(() -> invalid(field, labelZh, field, "须为以下之一：" + codes(type), "must be one of " + codes(type)));
  }

  private static <E extends Enum<E> & Coded> String codes(Class<E> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Coded::code).toList());
  }

  private static RefusedException invalid(String field, String labelZh, String labelEn, String zh, String en) {
    return new RefusedException(Refusal.invalidField(field, "one-of", labelZh, labelEn, zh, en));
  }
}

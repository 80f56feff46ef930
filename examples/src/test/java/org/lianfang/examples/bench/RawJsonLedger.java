package org.lianfang.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.lianfang.control.Cadence;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.ControlPhase;
import org.lianfang.control.DefenseLine;
import org.lianfang.control.EvidenceRef;
import org.lianfang.control.MeasureLife;
import org.lianfang.control.MeasurePlan;
import org.lianfang.control.MeasureState;
import org.lianfang.control.MonitoringIndicator;
import org.lianfang.UnitId;
import org.lianfang.grading.Assessment;
import org.lianfang.grading.FiredRule;
import org.lianfang.grading.Grade;
import org.lianfang.grading.PolicyVersion;
import org.lianfang.grading.RiskGrade;
import org.lianfang.json.LedgerWriter;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.kinds.RecordsByKind;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.TenureId;
import org.lianfang.organization.Transparency;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;
import org.lianfang.process.BusinessProcess;
import org.lianfang.process.Flow;
import org.lianfang.process.ProcessId;
import org.lianfang.process.ProcessStep;
import org.lianfang.process.StepId;
import org.lianfang.risk.Confirmation;
import org.lianfang.risk.CustomFields;
import org.lianfang.risk.CustomValue;
import org.lianfang.risk.DiscoveryChannel;
import org.lianfang.risk.DiscoveryMethod;
import org.lianfang.risk.GradingRecord;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.NoticeComment;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.PublicNotice;
import org.lianfang.risk.ReviewAction;
import org.lianfang.risk.ReviewRecord;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.RiskDescription;
import org.lianfang.risk.RiskLocation;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.RiskSource;
import org.lianfang.risk.SourceKind;
import org.lianfang.risk.StepRef;

/**
 * The raw baseline of the JSON benchmark: the ledger document of {@code org.lianfang.json.LedgerWriter}, field for
 * field and byte for byte, written with a bare Jackson {@link JsonGenerator} and read back with a bare {@link
 * JsonParser} into the same domain objects through core's public factories ({@code Unit.restore}, {@code
 * RiskPoint.restore}, the records' constructors). No databind, nothing of the adapter: this is what a hand-written
 * exporter and importer would do, and no more. It does not check that records belong to their section's unit, nor the
 * journal's hash chain, nor duplicate keys, nor read limits, and it names no JSON pointer when it fails: those are what
 * the adapter adds.
 *
 * <p>The enum codes are written out here again (not taken from the adapter), as a hand-written codec would have them.
 * Sets are written sorted by each element's text, as the adapter's {@code @Sorted} does. Not thread-safe per writer;
 * {@link #read} is.
 */
final class RawJsonLedger {
  /** A plain factory: Jackson's defaults, no constraints beyond them, no duplicate detection. */
  private static final JsonFactory FACTORY = new JsonFactory();

  private static final Codes<UnitKind> UNIT_KINDS = new Codes<>(UnitKind.class, Map.of(
      UnitKind.CITY, "city",
      UnitKind.DISTRICT_COUNTY, "district-county",
      UnitKind.MUNICIPAL_BUREAU, "municipal-bureau",
      UnitKind.STATE_OWNED_COMPANY, "state-owned-company",
      UnitKind.PUBLIC_INSTITUTION, "public-institution",
      UnitKind.INTERNAL_SECTION, "internal-section",
      UnitKind.OTHER, "other"));
  private static final Codes<Resource> RESOURCES = new Codes<>(Resource.class, Map.of(
      Resource.PEOPLE, "people", Resource.MONEY, "money", Resource.GOODS, "goods"));
  private static final Codes<Transparency> TRANSPARENCIES = new Codes<>(Transparency.class, Map.of(
      Transparency.OPEN, "open", Transparency.PARTIAL, "partial", Transparency.CLOSED, "closed"));
  private static final Codes<AdministrativePower> POWERS = new Codes<>(AdministrativePower.class, Map.of(
      AdministrativePower.LICENSING, "licensing",
      AdministrativePower.PENALTY, "penalty",
      AdministrativePower.ENFORCEMENT, "enforcement",
      AdministrativePower.COLLECTION, "collection",
      AdministrativePower.OTHER, "other"));
  private static final Codes<RiskCategory> CATEGORIES = new Codes<>(RiskCategory.class, Map.of(
      RiskCategory.MORAL, "moral",
      RiskCategory.DUTY, "duty",
      RiskCategory.PROCESS, "process",
      RiskCategory.INSTITUTIONAL, "institutional",
      RiskCategory.EXTERNAL, "external"));
  private static final Codes<SourceKind> SOURCE_KINDS = new Codes<>(SourceKind.class, Map.of(
      SourceKind.DISCRETION_WITHOUT_OVERSIGHT, "discretion-without-oversight",
      SourceKind.UNWRITTEN_RULE, "unwritten-rule",
      SourceKind.SOCIAL_CIRCLE, "social-circle",
      SourceKind.INSTITUTIONAL_GAP, "institutional-gap",
      SourceKind.ATTITUDE, "attitude",
      SourceKind.OTHER, "other"));
  private static final Codes<DiscoveryMethod> METHODS = new Codes<>(DiscoveryMethod.class, Map.of(
      DiscoveryMethod.SELF, "self",
      DiscoveryMethod.COLLEAGUES, "colleagues",
      DiscoveryMethod.ORGANISATION, "organisation",
      DiscoveryMethod.PUBLIC, "public",
      DiscoveryMethod.COLLECTIVE, "collective"));
  private static final Codes<DiscoveryChannel> CHANNELS = new Codes<>(DiscoveryChannel.class, Map.of(
      DiscoveryChannel.DIRECT, "direct",
      DiscoveryChannel.PUBLIC_REPORT, "public-report",
      DiscoveryChannel.FINANCIAL_AUDIT, "financial-audit",
      DiscoveryChannel.ENFORCEMENT_INSPECTION, "enforcement-inspection",
      DiscoveryChannel.SURVEY, "survey",
      DiscoveryChannel.OTHER, "other"));
  private static final Codes<NoticeAudience> AUDIENCES = new Codes<>(NoticeAudience.class, Map.of(
      NoticeAudience.UNIT, "unit",
      NoticeAudience.UNIT_TREE, "unit-tree",
      NoticeAudience.PUBLIC, "public"));
  private static final Codes<ReviewState> STATES = new Codes<>(ReviewState.class, Map.of(
      ReviewState.DRAFT, "draft",
      ReviewState.REVIEWED, "reviewed",
      ReviewState.PUBLISHED, "published",
      ReviewState.CONFIRMED, "confirmed",
      ReviewState.STALE, "stale",
      ReviewState.RETIRED, "retired"));
  private static final Codes<ReviewAction> ACTIONS = new Codes<>(ReviewAction.class, Map.of(
      ReviewAction.REVIEW, "review",
      ReviewAction.PUBLISH, "publish",
      ReviewAction.CONFIRM, "confirm",
      ReviewAction.RETIRE, "retire",
      ReviewAction.MARK_STALE, "mark-stale"));
  private static final Codes<RiskGrade> GRADES = new Codes<>(RiskGrade.class, Map.of(
      RiskGrade.LOWER, "lower", RiskGrade.GENERAL, "general", RiskGrade.HIGHER, "higher"));

  private static final Codes<ControlPhase> PHASES = new Codes<>(ControlPhase.class, Map.of(
      ControlPhase.PREVENTION, "prevention", ControlPhase.MONITORING, "monitoring", ControlPhase.DISPOSAL, "disposal"));
  private static final Codes<DefenseLine> LINES = new Codes<>(DefenseLine.class, Map.of(
      DefenseLine.EDUCATION, "education",
      DefenseLine.POWER_REGULATION, "power-regulation",
      DefenseLine.SUPERVISION, "supervision"));
  private static final Codes<Cadence> CADENCES = new Codes<>(Cadence.class, Map.of(
      Cadence.WEEKLY, "weekly",
      Cadence.MONTHLY, "monthly",
      Cadence.BIMONTHLY, "bimonthly",
      Cadence.QUARTERLY, "quarterly",
      Cadence.HALF_YEARLY, "half-yearly",
      Cadence.YEARLY, "yearly",
      Cadence.PER_CASE, "per-case"));
  private static final Codes<MeasureState> MEASURE_STATES = new Codes<>(MeasureState.class, Map.of(
      MeasureState.DRAFT, "draft",
      MeasureState.REGISTERED, "registered",
      MeasureState.IN_FORCE, "in-force",
      MeasureState.RETIRED, "retired",
      MeasureState.SUPERSEDED, "superseded"));
  private static final Codes<MonitoringIndicator.Direction> DIRECTIONS = new Codes<>(
      MonitoringIndicator.Direction.class, Map.of(
          MonitoringIndicator.Direction.ABOVE, "above", MonitoringIndicator.Direction.BELOW, "below"));

  private RawJsonLedger() {}

  /** Receives what {@link #read} parses, in document order. */
  interface Sink {
    /**
     * @param root the document's root unit
     * @param exportedAt when it was written
     * @param exportedBy who wrote it
     */
    default void header(UnitId root, Instant exportedAt, String exportedBy) {}

    /**
     * @param record a unit, then its posts, officials, tenures, power items, processes, risk points and control
     *     measures (the kinds of {@code AggregateKinds} the benchmark's city holds), each as soon as it is parsed
     */
    void record(Object record);

    /** @param entry the next entry of the current unit's journal */
    void journalEntry(JournalEntry entry);
  }

  /** Writes one document, unit by unit, as {@code LedgerWriter} does. Closing ends the document and flushes. */
  static final class Writer implements Closeable {
    private final JsonGenerator g;

    /**
     * Starts a document and writes its header.
     *
     * @param out where to write; left open
     * @param root the root unit
     * @param exportedAt when
     * @param exportedBy who
     * @throws IOException if the stream fails
     */
    Writer(OutputStream out, UnitId root, Instant exportedAt, String exportedBy) throws IOException {
      g = FACTORY.createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("kind", "lianfang.ledger");
      g.writeNumberField("schemaVersion", LedgerWriter.SCHEMA_VERSION); // the sections below list every kind
      g.writeStringField("root", root.toString());
      g.writeStringField("exportedAt", exportedAt.toString());
      g.writeStringField("exportedBy", exportedBy);
      g.writeStringField("digest", "SHA-256"); // the raw path hashes with SHA-256 only
      g.writeArrayFieldStart("units");
    }

    /**
     * Writes one unit's section.
     *
     * @throws IOException if the stream fails
     */
    void write(Unit unit, RecordsByKind records, Iterator<JournalEntry> journal) throws IOException {
      g.writeStartObject();
      g.writeFieldName("unit");
      unit(unit);
      for (AggregateKind<?, ?> kind : records.kinds()) {
        g.writeArrayFieldStart(kind.name());
        switch (kind.name()) {
          case "posts" -> {
            for (Post p : records.records(AggregateKinds.POSTS)) {
              post(p);
            }
          }
          case "officials" -> {
            for (Official o : records.records(AggregateKinds.OFFICIALS)) {
              official(o);
            }
          }
          case "tenures" -> {
            for (Tenure t : records.records(AggregateKinds.TENURES)) {
              tenure(t);
            }
          }
          case "powerItems" -> {
            for (PowerItem i : records.records(AggregateKinds.POWER_ITEMS)) {
              powerItem(i);
            }
          }
          case "processes" -> {
            for (BusinessProcess p : records.records(AggregateKinds.PROCESSES)) {
              process(p);
            }
          }
          case "riskPoints" -> {
            for (RiskPoint r : records.records(AggregateKinds.RISK_POINTS)) {
              riskPoint(r);
            }
          }
          case "controlMeasures" -> {
            for (ControlMeasure m : records.records(AggregateKinds.CONTROL_MEASURES)) {
              measure(m);
            }
          }
          default -> { // a kind added after this baseline was written: the benchmark's city has none of it
            if (!records.records(kind).isEmpty()) {
              throw new IllegalArgumentException("the raw writer has no code for " + kind);
            }
          }
        }
        g.writeEndArray();
      }
      g.writeArrayFieldStart("registers"); // added after this baseline: the city has closed no year (bytes compared)
      g.writeEndArray();
      g.writeArrayFieldStart("journal");
      while (journal.hasNext()) {
        JournalEntry e = journal.next();
        g.writeStartObject();
        g.writeStringField("unitId", e.unitId().toString());
        g.writeNumberField("sequence", e.sequence());
        g.writeStringField("eventType", e.eventType());
        g.writeStringField("actorId", e.actorId());
        g.writeStringField("at", e.at().toString());
        g.writeStringField("payload", e.payload());
        g.writeStringField("recordId", e.recordId().toString());
        g.writeStringField("recordDigest", e.recordDigest());
        g.writeStringField("previousHash", e.previousHash());
        g.writeStringField("hash", e.hash());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    private void unit(Unit u) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", u.id().toString());
      g.writeStringField("code", u.code());
      g.writeStringField("name", u.name());
      g.writeStringField("kind", UNIT_KINDS.code(u.kind()));
      if (u.parent().isPresent()) {
        g.writeStringField("parent", u.parent().get().toString());
      }
      g.writeNumberField("version", u.version());
      g.writeEndObject();
    }

    private void official(Official o) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", o.id().toString());
      g.writeStringField("unitId", o.unitId().toString());
      g.writeStringField("staffNumber", o.staffNumber());
      g.writeStringField("name", o.name());
      g.writeNumberField("version", o.version());
      g.writeEndObject();
    }

    private void tenure(Tenure t) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", t.id().toString());
      g.writeStringField("unitId", t.unitId().toString());
      g.writeStringField("postId", t.postId().toString());
      g.writeStringField("officialId", t.officialId().toString());
      g.writeStringField("start", t.start().toString());
      if (t.end().isPresent()) {
        g.writeStringField("end", t.end().get().toString());
      }
      g.writeNumberField("version", t.version());
      g.writeEndObject();
    }

    private void post(Post p) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", p.id().toString());
      g.writeStringField("unitId", p.unitId().toString());
      g.writeStringField("code", p.code());
      g.writeStringField("name", p.name());
      g.writeObjectFieldStart("profile");
      PostProfile f = p.profile();
      g.writeBooleanField("principalLeader", f.principalLeader());
      g.writeArrayFieldStart("disposes");
      RESOURCES.writeSorted(g, f.disposes());
      g.writeEndArray();
      g.writeBooleanField("discretionary", f.discretionary());
      g.writeBooleanField("majorMatters", f.majorMatters());
      g.writeArrayFieldStart("powers");
      POWERS.writeSorted(g, f.powers());
      g.writeEndArray();
      g.writeStringField("transparency", TRANSPARENCIES.code(f.transparency()));
      g.writeEndObject();
      g.writeNumberField("version", p.version());
      g.writeEndObject();
    }

    private void powerItem(PowerItem i) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", i.id().toString());
      g.writeStringField("unitId", i.unitId().toString());
      g.writeStringField("code", i.code());
      g.writeStringField("name", i.name());
      g.writeStringField("kind", POWERS.code(i.kind()));
      g.writeStringField("legalBasis", i.legalBasis());
      g.writeStringField("boundary", i.boundary());
      g.writeStringField("responsibility", i.responsibility());
      g.writeFieldName("posts");
      sortedTexts(i.posts());
      g.writeNumberField("version", i.version());
      g.writeEndObject();
    }

    private void process(BusinessProcess p) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", p.id().toString());
      g.writeStringField("unitId", p.unitId().toString());
      g.writeStringField("code", p.code());
      g.writeStringField("name", p.name());
      g.writeArrayFieldStart("steps");
      for (ProcessStep s : p.steps()) {
        g.writeStartObject();
        g.writeStringField("id", s.id().code());
        g.writeStringField("name", s.name());
        g.writeStringField("post", s.post().toString());
        g.writeFieldName("powers");
        sortedTexts(s.powers());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("flows");
      for (Flow f : p.flows()) {
        g.writeStartObject();
        g.writeStringField("from", f.from().code());
        g.writeStringField("to", f.to().code());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("version", p.version());
      g.writeEndObject();
    }

    private void riskPoint(RiskPoint r) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", r.id().toString());
      g.writeStringField("code", r.code());
      g.writeObjectFieldStart("location");
      RiskLocation l = r.location();
      g.writeStringField("unit", l.unit().toString());
      if (l.post().isPresent()) {
        g.writeStringField("post", l.post().get().toString());
      }
      if (l.step().isPresent()) {
        g.writeObjectFieldStart("step");
        g.writeStringField("process", l.step().get().process().toString());
        g.writeStringField("step", l.step().get().step().code());
        g.writeEndObject();
      }
      if (l.powerItem().isPresent()) {
        g.writeStringField("powerItem", l.powerItem().get().toString());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("description");
      RiskDescription d = r.description();
      g.writeStringField("category", CATEGORIES.code(d.category()));
      g.writeStringField("description", d.description());
      g.writeStringField("manifestation", d.manifestation());
      g.writeArrayFieldStart("sources");
      for (RiskSource s : d.sources()) {
        g.writeStartObject();
        g.writeStringField("kind", SOURCE_KINDS.code(s.kind()));
        g.writeStringField("description", s.description());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("method", METHODS.code(d.method()));
      g.writeStringField("channel", CHANNELS.code(d.channel()));
      g.writeEndObject();
      if (r.owners().isPresent()) {
        OwnerChain o = r.owners().get();
        g.writeObjectFieldStart("owners");
        g.writeStringField("directOwner", o.directOwner().toString());
        g.writeStringField("sectionHead", o.sectionHead().toString());
        g.writeStringField("responsibleLeader", o.responsibleLeader().toString());
        g.writeEndObject();
      }
      g.writeObjectFieldStart("custom");
      for (Map.Entry<String, CustomValue> e : r.custom().asMap().entrySet()) {
        g.writeObjectFieldStart(e.getKey());
        CustomValue v = e.getValue();
        if (v instanceof CustomValue.Text t) {
          g.writeStringField("type", "text");
          g.writeStringField("value", t.value());
        } else if (v instanceof CustomValue.Number n) {
          g.writeStringField("type", "number");
          g.writeFieldName("value");
          g.writeNumber(n.value());
        } else if (v instanceof CustomValue.Day day) {
          g.writeStringField("type", "day");
          g.writeStringField("value", day.value().toString());
        } else if (v instanceof CustomValue.Flag f) {
          g.writeStringField("type", "flag");
          g.writeBooleanField("value", f.value());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeStringField("state", STATES.code(r.state()));
      if (r.grading().isPresent()) {
        grading(r.grading().get());
      }
      if (r.notice().isPresent()) {
        PublicNotice n = r.notice().get();
        g.writeObjectFieldStart("notice");
        g.writeStringField("audience", AUDIENCES.code(n.audience()));
        g.writeStringField("scope", n.scope());
        g.writeStringField("start", n.start().toString());
        g.writeStringField("end", n.end().toString());
        comments("comments", n.comments());
        g.writeEndObject();
      }
      if (r.confirmation().isPresent()) {
        Confirmation c = r.confirmation().get();
        g.writeObjectFieldStart("confirmation");
        g.writeStringField("decidedBy", c.decidedBy());
        g.writeStringField("decidedOn", c.decidedOn().toString());
        g.writeStringField("recordedBy", c.recordedBy());
        g.writeStringField("recordedAt", c.recordedAt().toString());
        g.writeEndObject();
      }
      g.writeArrayFieldStart("history");
      for (ReviewRecord h : r.history()) {
        g.writeStartObject();
        g.writeStringField("from", STATES.code(h.from()));
        g.writeStringField("action", ACTIONS.code(h.action()));
        g.writeStringField("to", STATES.code(h.to()));
        g.writeStringField("actorId", h.actorId());
        g.writeStringField("at", h.at().toString());
        g.writeStringField("note", h.note());
        g.writeEndObject();
      }
      g.writeEndArray();
      comments("earlierComments", r.earlierComments());
      g.writeStringField("identifiedBy", r.identifiedBy());
      g.writeStringField("raiserSeal", r.raiserSeal());
      g.writeStringField("identifiedAt", r.identifiedAt().toString());
      g.writeNumberField("version", r.version());
      g.writeEndObject();
    }

    private void measure(ControlMeasure m) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", m.id().toString());
      g.writeStringField("unitId", m.unitId().toString());
      g.writeArrayFieldStart("points");
      for (RiskPointId point : m.points()) {
        g.writeString(point.toString());
      }
      g.writeEndArray();
      MeasurePlan plan = m.plan();
      g.writeObjectFieldStart("plan");
      g.writeStringField("phase", PHASES.code(plan.phase()));
      g.writeStringField("line", LINES.code(plan.line()));
      g.writeStringField("content", plan.content());
      g.writeStringField("basis", plan.basis());
      g.writeObjectFieldStart("owners");
      g.writeStringField("directOwner", plan.owners().directOwner().toString());
      g.writeStringField("sectionHead", plan.owners().sectionHead().toString());
      g.writeStringField("responsibleLeader", plan.owners().responsibleLeader().toString());
      g.writeEndObject();
      g.writeStringField("due", plan.due().toString());
      if (plan.cadence().isPresent()) {
        g.writeStringField("cadence", CADENCES.code(plan.cadence().get()));
      }
      if (plan.indicator().isPresent()) {
        MonitoringIndicator i = plan.indicator().get();
        g.writeObjectFieldStart("indicator");
        g.writeStringField("name", i.name());
        g.writeStringField("unit", i.unit());
        g.writeStringField("rule", i.rule());
        g.writeFieldName("threshold");
        g.writeNumber(i.threshold());
        g.writeStringField("direction", DIRECTIONS.code(i.direction()));
        g.writeEndObject();
      }
      g.writeArrayFieldStart("evidence");
      for (EvidenceRef e : plan.evidence()) {
        g.writeStartObject();
        g.writeStringField("title", e.title());
        g.writeStringField("location", e.location());
        if (e.digest().isPresent()) {
          g.writeStringField("digest", e.digest().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeStringField("drafted", m.drafted().toString());
      MeasureLife l = m.life();
      g.writeObjectFieldStart("life");
      g.writeStringField("state", MEASURE_STATES.code(l.state()));
      optionalText("registered", l.registered().map(LocalDate::toString));
      optionalText("inForce", l.inForce().map(LocalDate::toString));
      optionalText("ended", l.ended().map(LocalDate::toString));
      optionalText("reason", l.reason());
      optionalText("supersededBy", l.supersededBy().map(ControlMeasureId::toString));
      g.writeEndObject();
      g.writeNumberField("version", m.version());
      g.writeEndObject();
    }

    private void optionalText(String name, Optional<String> value) throws IOException {
      if (value.isPresent()) {
        g.writeStringField(name, value.get());
      }
    }

    private void comments(String name, List<NoticeComment> comments) throws IOException {
      g.writeArrayFieldStart(name);
      for (NoticeComment c : comments) {
        g.writeStartObject();
        g.writeStringField("authorId", c.authorId());
        g.writeStringField("text", c.text());
        g.writeStringField("receivedAt", c.receivedAt().toString());
        g.writeStringField("seal", c.seal());
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    private void grading(GradingRecord gr) throws IOException {
      g.writeObjectFieldStart("grading");
      Assessment a = gr.assessment();
      g.writeObjectFieldStart("assessment");
      g.writeNumberField("probability", a.probability());
      g.writeNumberField("harm", a.harm());
      g.writeBooleanField("majorMatter", a.majorMatter());
      g.writeBooleanField("commonProblem", a.commonProblem());
      g.writeEndObject();
      Grade grade = gr.grade();
      g.writeObjectFieldStart("grade");
      g.writeStringField("level", GRADES.code(grade.level()));
      g.writeArrayFieldStart("rationale");
      for (FiredRule f : grade.rationale()) {
        g.writeStartObject();
        g.writeStringField("code", f.code());
        g.writeStringField("result", GRADES.code(f.result()));
        g.writeStringField("zh", f.zh());
        g.writeStringField("en", f.en());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("policy");
      g.writeStringField("name", grade.policy().name());
      g.writeStringField("version", grade.policy().version());
      g.writeStringField("parameters", grade.policy().parameters());
      g.writeEndObject();
      g.writeEndObject();
      g.writeStringField("gradedBy", gr.gradedBy());
      g.writeStringField("gradedAt", gr.gradedAt().toString());
      g.writeBooleanField("stale", gr.stale());
      g.writeEndObject();
    }

    /** A set of ids as an array of their texts, sorted so that the bytes do not depend on hash order. */
    private void sortedTexts(Set<?> ids) throws IOException {
      String[] texts = new String[ids.size()];
      int i = 0;
      for (Object id : ids) {
        texts[i++] = id.toString();
      }
      Arrays.sort(texts);
      g.writeStartArray(ids, texts.length);
      for (String t : texts) {
        g.writeString(t);
      }
      g.writeEndArray();
    }

    /** Ends the document and flushes; the stream stays open. @throws IOException if the stream fails */
    @Override
    public void close() throws IOException {
      g.writeEndArray();
      g.writeEndObject();
      g.close();
    }
  }

  /**
   * Reads a document written by {@link Writer} (or by the adapter) and hands each record to the sink as it is built.
   *
   * @param in the document; left open
   * @param sink receives the header, the records and the journal entries in document order
   * @throws IOException if the stream fails or the document is not of this form
   */
  static void read(InputStream in, Sink sink) throws IOException {
    try (JsonParser p = FACTORY.createParser(in)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      new Reader(p, sink).document();
    }
  }

  /** One reading. */
  private static final class Reader {
    private final JsonParser p;
    private final Sink sink;

    Reader(JsonParser p, Sink sink) {
      this.p = p;
      this.sink = sink;
    }

    void document() throws IOException {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      UnitId root = null;
      Instant exportedAt = null;
      String exportedBy = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        p.nextToken();
        switch (name) {
          case "kind" -> {
            if (!"lianfang.ledger".equals(p.getText())) {
              throw problem("not a ledger document");
            }
          }
          case "schemaVersion" -> {
            if (p.getIntValue() != LedgerWriter.SCHEMA_VERSION) {
              throw problem("unsupported schema version");
            }
          }
          case "root" -> root = new UnitId(uuid());
          case "exportedAt" -> exportedAt = Instant.parse(p.getText());
          case "exportedBy" -> exportedBy = p.getText();
          case "digest" -> {
            if (!"SHA-256".equals(p.getText())) {
              throw problem("the raw reader checks SHA-256 archives only");
            }
          }
          case "units" -> {
            sink.header(root, exportedAt, exportedBy);
            expect(p.currentToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
              section();
            }
          }
          default -> throw problem("unknown field " + name);
        }
      }
    }

    private void section() throws IOException {
      String name;
      while ((name = p.nextFieldName()) != null) {
        p.nextToken();
        switch (name) {
          case "unit" -> sink.record(unit());
          case "posts" -> {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              sink.record(post());
            }
          }
          case "officials" -> {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              sink.record(official());
            }
          }
          case "tenures" -> {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              sink.record(tenure());
            }
          }
          case "powerItems" -> {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              sink.record(powerItem());
            }
          }
          case "processes" -> {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              sink.record(process());
            }
          }
          case "riskPoints" -> {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              sink.record(riskPoint());
            }
          }
          case "controlMeasures" -> {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              sink.record(measure());
            }
          }
          case "journal" -> {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              sink.journalEntry(journalEntry());
            }
          }
          case "registers" -> {
            if (p.nextToken() != JsonToken.END_ARRAY) { // added after this baseline: the city has closed no year
              throw problem("the raw reader has no code for a frozen register");
            }
          }
          default -> {
            String kind = name;
            if (AggregateKinds.all().stream().noneMatch(k -> k.name().equals(kind))) {
              throw problem("unknown field " + kind);
            }
            if (p.nextToken() != JsonToken.END_ARRAY) { // a kind added after this baseline: none in the city
              throw problem("the raw reader has no code for " + kind);
            }
          }
        }
      }
    }

    private Unit unit() throws IOException {
      UnitId id = null;
      String code = null;
      String name = null;
      UnitKind kind = null;
      UnitId parent = null;
      long version = 0;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "id" -> id = new UnitId(uuid());
          case "code" -> code = p.getText();
          case "name" -> name = p.getText();
          case "kind" -> kind = UNIT_KINDS.of(p.getText());
          case "parent" -> parent = new UnitId(uuid());
          case "version" -> version = p.getLongValue();
          default -> throw problem("unknown field " + f);
        }
      }
      return Unit.restore(id, code, name, kind, Optional.ofNullable(parent), version);
    }

    private Post post() throws IOException {
      PostId id = null;
      UnitId unitId = null;
      String code = null;
      String name = null;
      PostProfile profile = null;
      long version = 0;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "id" -> id = new PostId(uuid());
          case "unitId" -> unitId = new UnitId(uuid());
          case "code" -> code = p.getText();
          case "name" -> name = p.getText();
          case "profile" -> profile = profile();
          case "version" -> version = p.getLongValue();
          default -> throw problem("unknown field " + f);
        }
      }
      return Post.restore(id, unitId, code, name, profile, version);
    }

    private PostProfile profile() throws IOException {
      boolean leader = false;
      Set<Resource> disposes = null;
      boolean discretionary = false;
      boolean major = false;
      Set<AdministrativePower> powers = null;
      Transparency transparency = null;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "principalLeader" -> leader = p.getBooleanValue();
          case "disposes" -> disposes = RESOURCES.readSet(p);
          case "discretionary" -> discretionary = p.getBooleanValue();
          case "majorMatters" -> major = p.getBooleanValue();
          case "powers" -> powers = POWERS.readSet(p);
          case "transparency" -> transparency = TRANSPARENCIES.of(p.getText());
          default -> throw problem("unknown field " + f);
        }
      }
      return new PostProfile(leader, disposes, discretionary, major, powers, transparency);
    }

    private Official official() throws IOException {
      OfficialId id = null;
      UnitId unitId = null;
      String staffNumber = null;
      String name = null;
      long version = 0;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "id" -> id = new OfficialId(uuid());
          case "unitId" -> unitId = new UnitId(uuid());
          case "staffNumber" -> staffNumber = p.getText();
          case "name" -> name = p.getText();
          case "version" -> version = p.getLongValue();
          default -> throw problem("unknown field " + f);
        }
      }
      return Official.restore(id, unitId, staffNumber, name, version);
    }

    private Tenure tenure() throws IOException {
      TenureId id = null;
      UnitId unitId = null;
      PostId postId = null;
      OfficialId officialId = null;
      LocalDate start = null;
      LocalDate end = null;
      long version = 0;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "id" -> id = new TenureId(uuid());
          case "unitId" -> unitId = new UnitId(uuid());
          case "postId" -> postId = new PostId(uuid());
          case "officialId" -> officialId = new OfficialId(uuid());
          case "start" -> start = LocalDate.parse(p.getText());
          case "end" -> end = LocalDate.parse(p.getText());
          case "version" -> version = p.getLongValue();
          default -> throw problem("unknown field " + f);
        }
      }
      return Tenure.restore(id, unitId, postId, officialId, start, Optional.ofNullable(end), version);
    }

    private PowerItem powerItem() throws IOException {
      PowerItemId id = null;
      UnitId unitId = null;
      String code = null;
      String name = null;
      AdministrativePower kind = null;
      String legalBasis = null;
      String boundary = null;
      String responsibility = null;
      Set<PostId> posts = null;
      long version = 0;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "id" -> id = new PowerItemId(uuid());
          case "unitId" -> unitId = new UnitId(uuid());
          case "code" -> code = p.getText();
          case "name" -> name = p.getText();
          case "kind" -> kind = POWERS.of(p.getText());
          case "legalBasis" -> legalBasis = p.getText();
          case "boundary" -> boundary = p.getText();
          case "responsibility" -> responsibility = p.getText();
          case "posts" -> {
            posts = new HashSet<>();
            while (p.nextToken() == JsonToken.VALUE_STRING) {
              posts.add(new PostId(uuid()));
            }
          }
          case "version" -> version = p.getLongValue();
          default -> throw problem("unknown field " + f);
        }
      }
      return PowerItem.restore(id, unitId, code, name, kind, legalBasis, boundary, responsibility, posts,
          Optional.empty(), version);
    }

    private BusinessProcess process() throws IOException {
      ProcessId id = null;
      UnitId unitId = null;
      String code = null;
      String name = null;
      List<ProcessStep> steps = null;
      List<Flow> flows = null;
      long version = 0;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "id" -> id = new ProcessId(uuid());
          case "unitId" -> unitId = new UnitId(uuid());
          case "code" -> code = p.getText();
          case "name" -> name = p.getText();
          case "steps" -> {
            steps = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
              steps.add(step());
            }
          }
          case "flows" -> {
            flows = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
              StepId from = null;
              StepId to = null;
              String g;
              while ((g = p.nextFieldName()) != null) {
                p.nextToken();
                switch (g) {
                  case "from" -> from = new StepId(p.getText());
                  case "to" -> to = new StepId(p.getText());
                  default -> throw problem("unknown field " + g);
                }
              }
              flows.add(new Flow(from, to));
            }
          }
          case "version" -> version = p.getLongValue();
          default -> throw problem("unknown field " + f);
        }
      }
      return BusinessProcess.restore(id, unitId, code, name, steps, flows, version);
    }

    private ProcessStep step() throws IOException {
      StepId id = null;
      String name = null;
      PostId post = null;
      Set<PowerItemId> powers = null;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "id" -> id = new StepId(p.getText());
          case "name" -> name = p.getText();
          case "post" -> post = new PostId(uuid());
          case "powers" -> {
            powers = new HashSet<>();
            while (p.nextToken() == JsonToken.VALUE_STRING) {
              powers.add(new PowerItemId(uuid()));
            }
          }
          default -> throw problem("unknown field " + f);
        }
      }
      return new ProcessStep(id, name, post, powers);
    }

    private RiskPoint riskPoint() throws IOException {
      RiskPointId id = null;
      String code = null;
      RiskLocation location = null;
      RiskDescription description = null;
      OwnerChain owners = null;
      CustomFields custom = null;
      ReviewState state = null;
      GradingRecord grading = null;
      PublicNotice notice = null;
      Confirmation confirmation = null;
      List<ReviewRecord> history = null;
      List<NoticeComment> earlierComments = null;
      String identifiedBy = null;
      String raiserSeal = null;
      Instant identifiedAt = null;
      long version = 0;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "id" -> id = new RiskPointId(uuid());
          case "code" -> code = p.getText();
          case "location" -> location = location();
          case "description" -> description = description();
          case "owners" -> owners = owners();
          case "custom" -> custom = custom();
          case "state" -> state = STATES.of(p.getText());
          case "grading" -> grading = grading();
          case "notice" -> notice = notice();
          case "confirmation" -> confirmation = confirmation();
          case "history" -> {
            history = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
              history.add(review());
            }
          }
          case "earlierComments" -> earlierComments = comments();
          case "identifiedBy" -> identifiedBy = p.getText();
          case "raiserSeal" -> raiserSeal = p.getText();
          case "identifiedAt" -> identifiedAt = Instant.parse(p.getText());
          case "version" -> version = p.getLongValue();
          default -> throw problem("unknown field " + f);
        }
      }
      return RiskPoint.restore(id, code, location, description, Optional.ofNullable(owners), custom, state,
          Optional.ofNullable(grading), Optional.ofNullable(notice), Optional.ofNullable(confirmation), history,
          earlierComments, identifiedBy, raiserSeal, identifiedAt, version);
    }

    private ControlMeasure measure() throws IOException {
      ControlMeasureId id = null;
      UnitId unitId = null;
      List<RiskPointId> points = new ArrayList<>();
      MeasurePlan plan = null;
      LocalDate drafted = null;
      MeasureLife life = null;
      long version = 0;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "id" -> id = new ControlMeasureId(uuid());
          case "unitId" -> unitId = new UnitId(uuid());
          case "points" -> {
            while (p.nextToken() == JsonToken.VALUE_STRING) {
              points.add(new RiskPointId(uuid()));
            }
          }
          case "plan" -> plan = plan();
          case "drafted" -> drafted = LocalDate.parse(p.getText());
          case "life" -> life = life();
          case "version" -> version = p.getLongValue();
          default -> throw problem("unknown field " + f);
        }
      }
      return ControlMeasure.restore(id, unitId, points, plan, drafted, life, version);
    }

    private MeasurePlan plan() throws IOException {
      ControlPhase phase = null;
      DefenseLine line = null;
      String content = null;
      String basis = null;
      OwnerChain owners = null;
      LocalDate due = null;
      Cadence cadence = null;
      MonitoringIndicator indicator = null;
      List<EvidenceRef> evidence = new ArrayList<>();
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "phase" -> phase = PHASES.of(p.getText());
          case "line" -> line = LINES.of(p.getText());
          case "content" -> content = p.getText();
          case "basis" -> basis = p.getText();
          case "owners" -> owners = owners();
          case "due" -> due = LocalDate.parse(p.getText());
          case "cadence" -> cadence = CADENCES.of(p.getText());
          case "indicator" -> indicator = indicator();
          case "evidence" -> {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              evidence.add(evidence());
            }
          }
          default -> throw problem("unknown field " + f);
        }
      }
      return new MeasurePlan(phase, line, content, basis, owners, due, Optional.ofNullable(cadence),
          Optional.ofNullable(indicator), evidence);
    }

    private MonitoringIndicator indicator() throws IOException {
      String name = null;
      String unit = null;
      String rule = null;
      BigDecimal threshold = null;
      MonitoringIndicator.Direction direction = null;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "name" -> name = p.getText();
          case "unit" -> unit = p.getText();
          case "rule" -> rule = p.getText();
          case "threshold" -> threshold = p.getDecimalValue();
          case "direction" -> direction = DIRECTIONS.of(p.getText());
          default -> throw problem("unknown field " + f);
        }
      }
      return new MonitoringIndicator(name, unit, rule, threshold, direction);
    }

    private EvidenceRef evidence() throws IOException {
      String title = null;
      String location = null;
      String digest = null;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "title" -> title = p.getText();
          case "location" -> location = p.getText();
          case "digest" -> digest = p.getText();
          default -> throw problem("unknown field " + f);
        }
      }
      return new EvidenceRef(title, location, Optional.ofNullable(digest));
    }

    private MeasureLife life() throws IOException {
      MeasureState state = null;
      LocalDate registered = null;
      LocalDate inForce = null;
      LocalDate ended = null;
      String reason = null;
      ControlMeasureId by = null;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "state" -> state = MEASURE_STATES.of(p.getText());
          case "registered" -> registered = LocalDate.parse(p.getText());
          case "inForce" -> inForce = LocalDate.parse(p.getText());
          case "ended" -> ended = LocalDate.parse(p.getText());
          case "reason" -> reason = p.getText();
          case "supersededBy" -> by = new ControlMeasureId(uuid());
          default -> throw problem("unknown field " + f);
        }
      }
      return new MeasureLife(state, Optional.ofNullable(registered), Optional.ofNullable(inForce),
          Optional.ofNullable(ended), Optional.ofNullable(reason), Optional.ofNullable(by));
    }

    private RiskLocation location() throws IOException {
      UnitId unit = null;
      PostId post = null;
      StepRef step = null;
      PowerItemId powerItem = null;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "unit" -> unit = new UnitId(uuid());
          case "post" -> post = new PostId(uuid());
          case "step" -> {
            ProcessId process = null;
            StepId stepId = null;
            String g;
            while ((g = p.nextFieldName()) != null) {
              p.nextToken();
              switch (g) {
                case "process" -> process = new ProcessId(uuid());
                case "step" -> stepId = new StepId(p.getText());
                default -> throw problem("unknown field " + g);
              }
            }
            step = new StepRef(process, stepId);
          }
          case "powerItem" -> powerItem = new PowerItemId(uuid());
          default -> throw problem("unknown field " + f);
        }
      }
      return RiskLocation.of(unit, Optional.ofNullable(post), Optional.ofNullable(step),
          Optional.ofNullable(powerItem));
    }

    private RiskDescription description() throws IOException {
      RiskCategory category = null;
      String description = null;
      String manifestation = null;
      List<RiskSource> sources = null;
      DiscoveryMethod method = null;
      DiscoveryChannel channel = null;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "category" -> category = CATEGORIES.of(p.getText());
          case "description" -> description = p.getText();
          case "manifestation" -> manifestation = p.getText();
          case "sources" -> {
            sources = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
              SourceKind kind = null;
              String text = null;
              String g;
              while ((g = p.nextFieldName()) != null) {
                p.nextToken();
                switch (g) {
                  case "kind" -> kind = SOURCE_KINDS.of(p.getText());
                  case "description" -> text = p.getText();
                  default -> throw problem("unknown field " + g);
                }
              }
              sources.add(new RiskSource(kind, text));
            }
          }
          case "method" -> method = METHODS.of(p.getText());
          case "channel" -> channel = CHANNELS.of(p.getText());
          default -> throw problem("unknown field " + f);
        }
      }
      return new RiskDescription(category, description, manifestation, sources, method, channel);
    }

    private OwnerChain owners() throws IOException {
      OfficialId direct = null;
      OfficialId head = null;
      OfficialId leader = null;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "directOwner" -> direct = new OfficialId(uuid());
          case "sectionHead" -> head = new OfficialId(uuid());
          case "responsibleLeader" -> leader = new OfficialId(uuid());
          default -> throw problem("unknown field " + f);
        }
      }
      return new OwnerChain(direct, head, leader);
    }

    private CustomFields custom() throws IOException {
      Map<String, CustomValue> values = null;
      String key;
      while ((key = p.nextFieldName()) != null) {
        p.nextToken();
        String type = null;
        CustomValue value = null;
        String f;
        while ((f = p.nextFieldName()) != null) {
          p.nextToken();
          switch (f) {
            case "type" -> type = p.getText();
            case "value" -> value = switch (String.valueOf(type)) {
              case "text" -> new CustomValue.Text(p.getText());
              case "number" -> new CustomValue.Number(p.getDecimalValue());
              case "day" -> new CustomValue.Day(LocalDate.parse(p.getText()));
              case "flag" -> new CustomValue.Flag(p.getBooleanValue());
              default -> throw problem("unknown custom value type " + type);
            };
            default -> throw problem("unknown field " + f);
          }
        }
        if (values == null) {
          values = new TreeMap<>();
        }
        values.put(key, value);
      }
      return values == null ? CustomFields.none() : CustomFields.of(values);
    }

    private GradingRecord grading() throws IOException {
      Assessment assessment = null;
      Grade grade = null;
      String gradedBy = null;
      Instant gradedAt = null;
      boolean stale = false;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "assessment" -> assessment = assessment();
          case "grade" -> grade = grade();
          case "gradedBy" -> gradedBy = p.getText();
          case "gradedAt" -> gradedAt = Instant.parse(p.getText());
          case "stale" -> stale = p.getBooleanValue();
          default -> throw problem("unknown field " + f);
        }
      }
      return new GradingRecord(assessment, grade, gradedBy, gradedAt, stale);
    }

    private Assessment assessment() throws IOException {
      int probability = 0;
      int harm = 0;
      boolean major = false;
      boolean common = false;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "probability" -> probability = p.getIntValue();
          case "harm" -> harm = p.getIntValue();
          case "majorMatter" -> major = p.getBooleanValue();
          case "commonProblem" -> common = p.getBooleanValue();
          default -> throw problem("unknown field " + f);
        }
      }
      return new Assessment(probability, harm, major, common);
    }

    private Grade grade() throws IOException {
      RiskGrade level = null;
      List<FiredRule> rationale = null;
      PolicyVersion policy = null;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "level" -> level = GRADES.of(p.getText());
          case "rationale" -> {
            rationale = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
              rationale.add(rule());
            }
          }
          case "policy" -> policy = policy();
          default -> throw problem("unknown field " + f);
        }
      }
      return new Grade(level, rationale, policy);
    }

    private FiredRule rule() throws IOException {
      String code = null;
      RiskGrade result = null;
      String zh = null;
      String en = null;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "code" -> code = p.getText();
          case "result" -> result = GRADES.of(p.getText());
          case "zh" -> zh = p.getText();
          case "en" -> en = p.getText();
          default -> throw problem("unknown field " + f);
        }
      }
      return new FiredRule(code, result, zh, en);
    }

    private PolicyVersion policy() throws IOException {
      String name = null;
      String version = null;
      String parameters = null;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "name" -> name = p.getText();
          case "version" -> version = p.getText();
          case "parameters" -> parameters = p.getText();
          default -> throw problem("unknown field " + f);
        }
      }
      return new PolicyVersion(name, version, parameters);
    }

    private PublicNotice notice() throws IOException {
      NoticeAudience audience = null;
      String scope = null;
      LocalDate start = null;
      LocalDate end = null;
      List<NoticeComment> comments = null;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "audience" -> audience = AUDIENCES.of(p.getText());
          case "scope" -> scope = p.getText();
          case "start" -> start = LocalDate.parse(p.getText());
          case "end" -> end = LocalDate.parse(p.getText());
          case "comments" -> comments = comments();
          default -> throw problem("unknown field " + f);
        }
      }
      return new PublicNotice(audience, scope, start, end, comments);
    }

    private List<NoticeComment> comments() throws IOException {
      List<NoticeComment> comments = new ArrayList<>();
      while (p.nextToken() == JsonToken.START_OBJECT) {
        String author = null;
        String text = null;
        Instant received = null;
        String seal = null;
        String g;
        while ((g = p.nextFieldName()) != null) {
          p.nextToken();
          switch (g) {
            case "authorId" -> author = p.getText();
            case "text" -> text = p.getText();
            case "receivedAt" -> received = Instant.parse(p.getText());
            case "seal" -> seal = p.getText();
            default -> throw problem("unknown field " + g);
          }
        }
        comments.add(new NoticeComment(author, text, received, seal));
      }
      return comments;
    }

    private Confirmation confirmation() throws IOException {
      String decidedBy = null;
      LocalDate decidedOn = null;
      String recordedBy = null;
      Instant recordedAt = null;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "decidedBy" -> decidedBy = p.getText();
          case "decidedOn" -> decidedOn = LocalDate.parse(p.getText());
          case "recordedBy" -> recordedBy = p.getText();
          case "recordedAt" -> recordedAt = Instant.parse(p.getText());
          default -> throw problem("unknown field " + f);
        }
      }
      return new Confirmation(decidedBy, decidedOn, recordedBy, recordedAt);
    }

    private ReviewRecord review() throws IOException {
      ReviewState from = null;
      ReviewAction action = null;
      ReviewState to = null;
      String actorId = null;
      Instant at = null;
      String note = null;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "from" -> from = STATES.of(p.getText());
          case "action" -> action = ACTIONS.of(p.getText());
          case "to" -> to = STATES.of(p.getText());
          case "actorId" -> actorId = p.getText();
          case "at" -> at = Instant.parse(p.getText());
          case "note" -> note = p.getText();
          default -> throw problem("unknown field " + f);
        }
      }
      return new ReviewRecord(from, action, to, actorId, at, note);
    }

    private JournalEntry journalEntry() throws IOException {
      UnitId unitId = null;
      long sequence = 0;
      String eventType = null;
      String actorId = null;
      Instant at = null;
      String payload = null;
      UUID recordId = null;
      String recordDigest = null;
      String previousHash = null;
      String hash = null;
      String f;
      while ((f = p.nextFieldName()) != null) {
        p.nextToken();
        switch (f) {
          case "unitId" -> unitId = new UnitId(uuid());
          case "sequence" -> sequence = p.getLongValue();
          case "eventType" -> eventType = p.getText();
          case "actorId" -> actorId = p.getText();
          case "at" -> at = Instant.parse(p.getText());
          case "payload" -> payload = p.getText();
          case "recordId" -> recordId = uuid();
          case "recordDigest" -> recordDigest = p.getText();
          case "previousHash" -> previousHash = p.getText();
          case "hash" -> hash = p.getText();
          default -> throw problem("unknown field " + f);
        }
      }
      return new JournalEntry(unitId, sequence, eventType, actorId, at, payload, recordId, recordDigest,
          previousHash, hash);
    }

    private UUID uuid() throws IOException {
      return UUID.fromString(p.getText());
    }

    private void expect(JsonToken actual, JsonToken wanted) throws IOException {
      if (actual != wanted) {
        throw problem("expected " + wanted + " but found " + actual);
      }
    }

    private IOException problem(String what) {
      return new IOException(what + " at " + p.currentLocation());
    }
  }

  /** One enum's codes both ways, and its constants in the order of their names (how the adapter sorts a set). */
  private static final class Codes<E extends Enum<E>> {
    private final Class<E> type;
    private final EnumMap<E, String> codes;
    private final Map<String, E> constants = new HashMap<>();
    private final List<E> byName;

    Codes(Class<E> type, Map<E, String> codes) {
      this.type = type;
      this.codes = new EnumMap<>(codes);
      codes.forEach((e, c) -> constants.put(c, e));
      if (this.codes.size() != type.getEnumConstants().length) {
        throw new IllegalStateException("a constant of " + type.getSimpleName() + " has no code");
      }
      List<E> sorted = new ArrayList<>(List.of(type.getEnumConstants()));
      sorted.sort(Comparator.comparing(Enum::name));
      this.byName = List.copyOf(sorted);
    }

    String code(E constant) {
      return codes.get(constant);
    }

    E of(String code) throws IOException {
      E e = constants.get(code);
      if (e == null) {
        throw new IOException("unknown code " + code + " of " + type.getSimpleName());
      }
      return e;
    }

    void writeSorted(JsonGenerator g, Set<E> set) throws IOException {
      for (E e : byName) {
        if (set.contains(e)) {
          g.writeString(codes.get(e));
        }
      }
    }

    Set<E> readSet(JsonParser p) throws IOException {
      EnumSet<E> set = EnumSet.noneOf(type);
      while (p.nextToken() == JsonToken.VALUE_STRING) {
        set.add(of(p.getText()));
      }
      return set;
    }
  }
}

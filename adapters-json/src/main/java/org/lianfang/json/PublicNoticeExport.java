package org.lianfang.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Actor;
import org.lianfang.UnitId;
import org.lianfang.application.control.ControlQueries;
import org.lianfang.application.risk.RiskQueries;
import org.lianfang.control.CommitmentTerms;
import org.lianfang.control.DisclosureChannel;
import org.lianfang.control.DisclosureField;
import org.lianfang.control.PublicCommitment;
import org.lianfang.control.PublishedPower;
import org.lianfang.risk.PublishedPage;
import org.lianfang.risk.PublishedRisk;

/**
 * The public notice (公示, S-5, S-6) of a unit and the units below it as JSON, for a host's public website or notice
 * board: what {@link RiskQueries#publishedRisks} lets the actor see, and nothing more, read a page at a time and
 * written as it is read (memory holds one page, whatever the subtree). It reads the whole subtree's public view, so it
 * is the host's job to run (say once a day, or when a notice starts), not a read to make for each visitor. It holds
 * only each published or confirmed point's code, unit and post names, category, description, manifestation, grade label
 * and the notice's place and days; never a commenter or reporter, a comment, an owner or holder, a staff number, a
 * custom field, a review note or anyone's actor id (P-11). Built with the control reads too ({@link #of(RiskQueries,
 * ControlQueries, Clock)}), it also carries each unit's published powers and service commitments (format version 2),
 * never a secret power item, private data or an official's id.
 *
 * <pre>{@code
 * {"kind": "lianfang.public-notice", "schemaVersion": 1, "root": "<unit id>",
 *  "generatedAt": "2010-09-08T01:00:00Z", "risks": [{"code": "…", "unitName": "…", …}, …]}
 * }</pre>
 *
 * <p>The JSON Schema is {@code /org/lianfang/json/schema/public-notice.schema.json} in this jar. Thread-safe.
 */
public final class PublicNoticeExport {
  /** The {@code kind} of every public notice document. */
  public static final String KIND = "lianfang.public-notice";
  /**
   * The newest format version: 2 since a notice may also carry each unit's published powers (P-16) and service
   * commitments (P-17). A notice of risks alone is written as version 1, as before.
   */
  public static final int SCHEMA_VERSION = 2;

  private final RiskQueries queries;
  private final Optional<ControlQueries> control;
  private final Clock clock;
  private final ObjectWriter risks = Documents.MAPPER.writerFor(PublishedRisk.class);

  private PublicNoticeExport(RiskQueries queries, Optional<ControlQueries> control, Clock clock) {
    this.queries = queries;
    this.control = control;
    this.clock = clock;
  }

  /**
   * @param queries the risk reads of a {@code Lianfang}: {@code lianfang.risks().queries()}
   * @param clock stamps {@code generatedAt}
   * @return the exporter
   */
  public static PublicNoticeExport of(RiskQueries queries, Clock clock) {
    return new PublicNoticeExport(Objects.requireNonNull(queries, "queries"), Optional.empty(),
        Objects.requireNonNull(clock, "clock"));
  }

  /**
   * A notice that also carries what the units publish of the control stage (format version 2): each power as the
   * public view shows it (P-16: never a secret item, never private data) and each published service commitment with
   * its holder's name and, once judged, the verdict and what was said in public (P-17). No official's id is written.
   *
   * @param queries the risk reads of a {@code Lianfang}: {@code lianfang.risks().queries()}
   * @param control the control reads of the same {@code Lianfang}: {@code lianfang.control().queries()}
   * @param clock stamps {@code generatedAt}
   * @return the exporter
   */
  public static PublicNoticeExport of(RiskQueries queries, ControlQueries control, Clock clock) {
    return new PublicNoticeExport(Objects.requireNonNull(queries, "queries"),
        Optional.of(Objects.requireNonNull(control, "control")), Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Writes the notice of {@code unit}'s subtree as it stands today.
   *
   * @param actor who publishes; the points of the units where the actor may not read published points are left out,
   *     so the public's own actor publishes exactly what the public may see
   * @param unit the top unit
   * @param out where to write; left open
   * @return how many points were written (none for an unknown unit)
   * @throws IOException if the stream fails
   */
  public int write(Actor actor, UnitId unit, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    int written = 0;
    try (JsonGenerator gen = Documents.MAPPER.getFactory().createGenerator(out)) {
      gen.writeStartObject();
      gen.writeStringField("kind", KIND);
      gen.writeNumberField("schemaVersion", control.isPresent() ? SCHEMA_VERSION : 1);
      gen.writeStringField("root", unit.value().toString());
      gen.writeStringField("generatedAt", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
      gen.writeArrayFieldStart("risks");
      Optional<String> after = Optional.empty();
      do {
        PublishedPage page = queries.publishedRisks(actor, unit, after, RiskQueries.MAX_PUBLIC_PAGE).orElseThrow();
        for (PublishedRisk r : page.risks()) {
          risks.writeValue(gen, r);
        }
        written += page.risks().size();
        after = page.next();
      } while (after.isPresent());
      gen.writeEndArray();
      if (control.isPresent()) {
        writeControl(gen, control.get(), actor, unit);
      }
      gen.writeEndObject();
    }
    return written;
  }

  /** The units' published powers and commitments, unit by unit, depth first, as the public may read them. */
  private static void writeControl(JsonGenerator gen, ControlQueries control, Actor actor, UnitId root)
      throws IOException {
    Map<UnitId, String> units = control.publishingUnits(actor, root);
    gen.writeArrayFieldStart("powers");
    for (Map.Entry<UnitId, String> u : units.entrySet()) {
      for (PublishedPower p : control.publicPowers(actor, u.getKey())) {
        gen.writeStartObject();
        gen.writeStringField("unitName", u.getValue());
        gen.writeStringField("code", p.code());
        gen.writeStringField("name", p.name());
        gen.writeObjectFieldStart("fields");
        for (Map.Entry<DisclosureField, String> f : p.content().fields().entrySet()) {
          gen.writeStringField(f.getKey().code(), f.getValue());
        }
        gen.writeEndObject();
        gen.writeArrayFieldStart("channels");
        for (DisclosureChannel c : p.content().channels()) {
          gen.writeString(c.code());
        }
        gen.writeEndArray();
        gen.writeStringField("from", p.content().from().toString());
        if (p.content().until().isPresent()) {
          gen.writeStringField("until", p.content().until().get().toString());
        }
        gen.writeStringField("published", p.published().toString());
        gen.writeBooleanField("stale", p.stale());
        gen.writeEndObject();
      }
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("commitments");
    for (Map.Entry<UnitId, String> u : units.entrySet()) {
      for (PublicCommitment c : control.publicCommitments(actor, u.getKey())) {
        CommitmentTerms t = c.terms();
        gen.writeStartObject();
        gen.writeStringField("unitName", u.getValue());
        gen.writeStringField("dimension", t.dimension().code());
        gen.writeStringField("content", t.content());
        gen.writeStringField("target", t.target());
        if (t.timeLimitDays().isPresent()) {
          gen.writeNumberField("timeLimitDays", t.timeLimitDays().get());
        }
        gen.writeStringField("holderName", c.holderName());
        gen.writeStringField("from", t.from().toString());
        gen.writeStringField("until", t.until().toString());
        gen.writeStringField("state", c.life().state().code());
        if (c.life().verdict().isPresent()) {
          gen.writeStringField("verdict", c.life().verdict().get().code());
        }
        if (c.life().explanation().isPresent()) {
          gen.writeStringField("explanation", c.life().explanation().get());
        }
        gen.writeEndObject();
      }
    }
    gen.writeEndArray();
  }
}

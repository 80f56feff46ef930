package org.lianfang.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Actor;
import org.lianfang.UnitId;
import org.lianfang.application.risk.RiskQueries;
import org.lianfang.risk.PublishedPage;
import org.lianfang.risk.PublishedRisk;

/**
 * The public notice (公示, S-5, S-6) of a unit and the units below it as JSON, for a host's public website or notice
 * board: what {@link RiskQueries#publishedRisks} lets the actor see, and nothing more, read a page at a time and
 * written as it is read (memory holds one page, whatever the subtree). It reads the whole subtree's public view, so
 * it is the host's job to run (say once a day, or when a notice starts), not a read to make for each visitor. It holds only each published or
 * confirmed point's code, unit and post names, category, description, manifestation, grade label and the notice's
 * place and days; never a commenter or reporter, a comment, an owner or holder, a staff number, a custom field, a
 * review note or anyone's actor id (P-11).
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
  /** The format version written. */
  public static final int SCHEMA_VERSION = 1;

  private final RiskQueries queries;
  private final Clock clock;
  private final ObjectWriter risks = Documents.MAPPER.writerFor(PublishedRisk.class);

  private PublicNoticeExport(RiskQueries queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  /**
   * @param queries the risk reads of a {@code Lianfang}: {@code lianfang.risks().queries()}
   * @param clock stamps {@code generatedAt}
   * @return the exporter
   */
  public static PublicNoticeExport of(RiskQueries queries, Clock clock) {
    return new PublicNoticeExport(Objects.requireNonNull(queries, "queries"), Objects.requireNonNull(clock, "clock"));
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
      gen.writeNumberField("schemaVersion", SCHEMA_VERSION);
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
      gen.writeEndObject();
    }
    return written;
  }
}

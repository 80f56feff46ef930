package org.lianfang.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.lianfang.Outcome;

/**
 * A city's or sector's catalogue of typical risk points per kind of post (P-7), which a unit adopts ({@link
 * TemplateAdoption}) and then refines with the usual commands. Catalogues are small, so they are read whole, with the
 * same strict rules and bilingual, pointed refusals as the ledger ({@link LedgerReader}). Immutable and thread-safe.
 *
 * <pre>{@code
 * {"kind": "lianfang.template-catalogue", "schemaVersion": 1, "code": "KM-GT", "name": "国土系统廉政风险点目录",
 *  "issuer": "昆明市纪委", "version": "2010.1",
 *  "entries": [{"code": "SP-01", "postKind": "审批岗", "category": "duty", "description": "…",
 *               "manifestation": "…", "sources": [{"kind": "discretion-without-oversight", "description": "…"}]}]}
 * }</pre>
 *
 * <p>The JSON Schema is {@code /org/lianfang/json/schema/template-catalogue.schema.json} in this jar.
 *
 * @param code the catalogue's code
 * @param name its name
 * @param issuer who issued it (a city's discipline commission, a sector's bureau…)
 * @param version its version, recorded on every adopted point
 * @param entries its entries, codes unique
 */
@JsonPropertyOrder({"kind", "schemaVersion", "code", "name", "issuer", "version", "entries"})
public record TemplateCatalogue(
    @JsonProperty("code") String code,
    @JsonProperty("name") String name,
    @JsonProperty("issuer") String issuer,
    @JsonProperty("version") String version,
    @JsonProperty("entries") List<TemplateEntry> entries) {

  /** The {@code kind} of every catalogue document. */
  public static final String KIND = "lianfang.template-catalogue";
  /**
   * The newest format version: 2 since entries may carry measures (P-13). A catalogue is written in the oldest version
   * that holds it (1 when no entry has a measure, so catalogues of risks alone read as before); versions 1 and 2 are
   * read, and a version 1 document with measures is refused.
   */
  public static final int SCHEMA_VERSION = 2;

  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the code, name or version is blank, or two entries share a code
   */
  public TemplateCatalogue {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(version, "version");
    entries = List.copyOf(entries);
    if (code.isBlank() || name.isBlank() || version.isBlank()) {
      throw new IllegalArgumentException("code, name and version must not be blank");
    }
    Set<String> codes = new HashSet<>();
    for (TemplateEntry e : entries) {
      if (!codes.add(e.code())) {
        throw new IllegalArgumentException("two entries share the code " + e.code());
      }
    }
  }

  @JsonCreator
  static TemplateCatalogue json(
      @JsonProperty(value = "kind", required = true) String kind,
      @JsonProperty(value = "schemaVersion", required = true) int schemaVersion,
      @JsonProperty(value = "code", required = true) String code,
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "issuer", required = true) String issuer,
      @JsonProperty(value = "version", required = true) String version,
      @JsonProperty(value = "entries", required = true) List<TemplateEntry> entries) {
    if (!KIND.equals(kind)) {
      throw new IllegalArgumentException("not a template catalogue: kind must be " + KIND);
    }
    if (schemaVersion < 1 || schemaVersion > SCHEMA_VERSION) {
      throw new IllegalArgumentException("unsupported schema version; 1 to " + SCHEMA_VERSION + " are read");
    }
    TemplateCatalogue c = new TemplateCatalogue(code, name, issuer, version, entries);
    if (schemaVersion < c.schemaVersion()) {
      throw new IllegalArgumentException("entries carry measures from schema version 2 on");
    }
    return c;
  }

  @JsonProperty("kind")
  String kind() {
    return KIND;
  }

  /** @return the version it is written in: 2 if an entry carries measures, else 1 */
  @JsonProperty("schemaVersion")
  int schemaVersion() {
    return entries.stream().anyMatch(e -> !e.measures().isEmpty()) ? 2 : 1;
  }

  /**
   * Reads a catalogue.
   *
   * @param in the document, UTF-8; left open
   * @return the catalogue, or why it was refused, with the JSON pointer of the offending place
   * @throws IOException if the stream itself fails
   */
  public static Outcome<TemplateCatalogue> read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    try (JsonParser p = Documents.MAPPER.getFactory().createParser(in)) {
      try {
        TemplateCatalogue c = Documents.MAPPER.readerFor(TemplateCatalogue.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(p);
        if (c == null) {
          return Outcome.refused(Documents.refusal("", "json.null", "不能为 null", "must not be null"));
        }
        return Outcome.accepted(c);
      } catch (JsonProcessingException e) {
        return Outcome.refused(Documents.refusal(e, "", p));
      }
    } catch (java.io.CharConversionException e) {
      return Outcome.refused(Documents.encoding(e));
    }
  }

  /**
   * Writes the catalogue.
   *
   * @param out where to write; left open
   * @throws IOException if the stream fails
   */
  public void write(OutputStream out) throws IOException {
    Documents.MAPPER.writerWithDefaultPrettyPrinter().writeValue(Objects.requireNonNull(out, "out"), this);
  }
}

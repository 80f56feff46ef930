package org.lianfang.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.RiskSource;

/**
 * One typical risk point of a template catalogue (P-7): what to look for on a kind of post, or in a unit as a whole.
 * Immutable and thread-safe.
 *
 * @param code the entry's code, unique in its catalogue
 * @param postKind the kind of post it is typical of ({@code 审批岗}, {@code 财务岗}…), a label the adopting unit maps to
 *     its own posts; empty for a risk of the unit as a whole (部门风险)
 * @param category its category (S-3)
 * @param description the risk point
 * @param manifestation how it typically shows
 * @param sources where it comes from (S-3)
 * @param measures the typical measures against it (P-13), drafted when the entry is adopted; none for a catalogue of
 *     risks alone (format version 1)
 */
public record TemplateEntry(
    String code, Optional<String> postKind, RiskCategory category, String description, String manifestation,
    List<RiskSource> sources, List<TemplateMeasure> measures) {

  /** @throws NullPointerException if a part is null @throws IllegalArgumentException if a text is blank */
  public TemplateEntry {
    measures = List.copyOf(measures);
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(postKind, "postKind");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(manifestation, "manifestation");
    sources = List.copyOf(sources);
    if (code.isBlank() || description.isBlank() || postKind.filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("code, description and postKind must not be blank");
    }
  }

  /**
   * An entry without measures.
   *
   * @param code the entry's code
   * @param postKind the kind of post, or empty for the unit as a whole
   * @param category its category
   * @param description the risk point
   * @param manifestation how it shows
   * @param sources where it comes from
   */
  public TemplateEntry(String code, Optional<String> postKind, RiskCategory category, String description,
      String manifestation, List<RiskSource> sources) {
    this(code, postKind, category, description, manifestation, sources, List.of());
  }

  /**
   * @return the JSON form, fields in order, {@code postKind} left out for a unit-wide entry and {@code measures} for
   *     an entry without any
   */
  @JsonValue
  Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    postKind.ifPresent(k -> m.put("postKind", k));
    m.put("category", category);
    m.put("description", description);
    m.put("manifestation", manifestation);
    m.put("sources", sources);
    if (!measures.isEmpty()) {
      m.put("measures", measures);
    }
    return m;
  }

  /** Reads the JSON form. */
  @JsonCreator
  static TemplateEntry json(
      @JsonProperty(value = "code", required = true) String code,
      @JsonProperty("postKind") String postKind,
      @JsonProperty(value = "category", required = true) RiskCategory category,
      @JsonProperty(value = "description", required = true) String description,
      @JsonProperty(value = "manifestation", required = true) String manifestation,
      @JsonProperty(value = "sources", required = true) List<RiskSource> sources,
      @JsonProperty("measures") List<TemplateMeasure> measures) {
    return new TemplateEntry(code, Optional.ofNullable(postKind), category, description, manifestation, sources,
        measures == null ? List.of() : measures);
  }
}

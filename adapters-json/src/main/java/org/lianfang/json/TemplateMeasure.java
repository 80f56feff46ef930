package org.lianfang.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.control.Cadence;
import org.lianfang.control.ControlPhase;
import org.lianfang.control.DefenseLine;

/**
 * A typical control measure of a template catalogue's entry (P-7, P-13): what a unit adopting the entry drafts
 * against the point it creates. Owners and the due date are the adopting unit's, given at adoption. Immutable and
 * thread-safe.
 *
 * @param phase 前期预防 / 中期监控 / 后期处置 (S-14)
 * @param line the defense line (S-7 to S-9)
 * @param content 措施内容
 * @param basis 制度依据
 * @param cadence how often it acts, if it recurs
 */
public record TemplateMeasure(ControlPhase phase, DefenseLine line, String content, String basis,
    Optional<Cadence> cadence) {
  /** @throws NullPointerException if a part is null @throws IllegalArgumentException if a text is blank */
  public TemplateMeasure {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(cadence, "cadence");
    if (content.isBlank() || basis.isBlank()) {
      throw new IllegalArgumentException("a measure's content and basis must not be blank");
    }
  }

  /** @return the JSON form, fields in order, {@code cadence} left out when it does not recur */
  @JsonValue
  Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("phase", phase);
    m.put("line", line);
    m.put("content", content);
    m.put("basis", basis);
    cadence.ifPresent(c -> m.put("cadence", c));
    return m;
  }

  /** Reads the JSON form. */
  @JsonCreator
  static TemplateMeasure json(
      @JsonProperty(value = "phase", required = true) ControlPhase phase,
      @JsonProperty(value = "line", required = true) DefenseLine line,
      @JsonProperty(value = "content", required = true) String content,
      @JsonProperty(value = "basis", required = true) String basis,
      @JsonProperty("cadence") Cadence cadence) {
    return new TemplateMeasure(phase, line, content, basis, Optional.ofNullable(cadence));
  }
}

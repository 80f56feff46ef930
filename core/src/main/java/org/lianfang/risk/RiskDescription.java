package org.lianfang.risk;

import java.util.List;
import java.util.Objects;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;

/**
 * What a risk point is and how it was found (S-3, S-4). Immutable and thread-safe.
 *
 * @param category one of the five categories
 * @param description the risk point (风险点) in the unit's words
 * @param manifestation how it shows (风险表现形式)
 * @param sources why it exists (风险源)
 * @param method which of the five methods found it
 * @param channel through which channel it came to light
 */
public record RiskDescription(
    RiskCategory category,
    String description,
    String manifestation,
    List<RiskSource> sources,
    DiscoveryMethod method,
    DiscoveryChannel channel) implements Archivable {
  /** @throws NullPointerException if a part is null */
  public RiskDescription {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(manifestation, "manifestation");
    sources = List.copyOf(sources);
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(channel, "channel");
  }

  /**
   * Whether whoever raised the point is sealed like a commenter (P-11; issue 10, finding 10): a point pointed out by
   * colleagues ({@link DiscoveryMethod#COLLEAGUES}, 大家提), raised by the public ({@link DiscoveryMethod#PUBLIC}, 群众议)
   * or come through a public report ({@link DiscoveryChannel#PUBLIC_REPORT}, 群众举报). Those who raise a risk of
   * someone else's post must not be known to the post's holder; a point the holder finds themselves, the organisation
   * names or a collective discussion finds, or an audit, inspection or survey turns up, names who entered it.
   *
   * @return whether the raiser is sealed
   */
  public boolean sealsRaiser() {
    return method == DiscoveryMethod.COLLEAGUES || method == DiscoveryMethod.PUBLIC
        || channel == DiscoveryChannel.PUBLIC_REPORT;
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder()
        .put("category", category)
        .put("description", description)
        .put("manifestation", manifestation)
        .put("sources", sources)
        .put("method", method)
        .put("channel", channel)
        .build();
  }
}

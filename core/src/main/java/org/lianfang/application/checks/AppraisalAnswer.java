package org.lianfang.application.checks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.lianfang.Limits;
import org.lianfang.checks.AppraisalRating;

/**
 * Answers to one item of a public appraisal round (P-25), anonymous: one respondent's, with what they wrote and any
 * contact they left for the reply (sealed, P-11), or a tally of many without comment, as a paper count gives them.
 * Its {@link #toString()} never shows the contact, and a refusal names the field, never its value.
 *
 * @param item the item's position in the round's plan, from 0
 * @param rating the rating, on the round's scale
 * @param count how many gave it: 1 with a comment, up to 1,000,000 without
 * @param comment what the respondent wrote
 * @param contact how to reach the respondent with the reply: only with a comment
 */
public record AppraisalAnswer(
    @Min(0) @Max(Limits.ITEMS) int item,
    @NotNull AppraisalRating rating,
    @Min(1) @Max(1_000_000) int count,
    @NotNull Optional<@Size(min = 1, max = Limits.TEXT) @Pattern(regexp = Limits.NOT_BLANK,
        message = Limits.NOT_BLANK_MESSAGE) String> comment,
    @NotNull Optional<@Size(min = 1, max = Limits.NAME) @Pattern(regexp = Limits.NOT_BLANK,
        message = Limits.NOT_BLANK_MESSAGE) String> contact) {
  /** @param item the item @param rating the rating @param count how many @return a tally of that many */
  public static AppraisalAnswer tally(int item, AppraisalRating rating, int count) {
    return new AppraisalAnswer(item, rating, count, Optional.empty(), Optional.empty());
  }

  /**
   * @param item the item
   * @param rating the rating
   * @param comment what they wrote
   * @param contact any contact they left
   * @return one respondent's answer with a comment
   */
  public static AppraisalAnswer commented(int item, AppraisalRating rating, String comment,
      Optional<String> contact) {
    return new AppraisalAnswer(item, rating, 1, Optional.of(comment), contact);
  }

  /** @return the item, the rating, the count and whether there is a comment and a contact: never either's text */
  @Override
  public String toString() {
    return "AppraisalAnswer[" + item + " " + rating + " ×" + count + (comment != null && comment.isPresent()
        ? " commented" : "") + (contact != null && contact.isPresent() ? " contact sealed" : "") + "]";
  }
}

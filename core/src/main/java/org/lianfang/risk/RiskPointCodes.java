package org.lianfang.risk;

/**
 * How a unit's risk point codes are numbered ({@code 5301-GT-0012} is the unit's twelfth), for the code counters of
 * every store. Apart from {@link RiskPoint}, which only carries its code. Stateless.
 */
public final class RiskPointCodes {
  private RiskPointCodes() {}

  /**
   * The number a code ends in, as Lianfang numbers a unit's codes ({@code 5301-GT-0012} is 12): the digits after its
   * last {@code -}, at most 18 of them. A code of another form (an imported {@code GT-A}) has none.
   *
   * @param code a risk point's code
   * @return its number, or 0 if it ends in none
   */
  public static long number(String code) {
    int dash = code.lastIndexOf('-');
    String digits = code.substring(dash + 1);
    if (dash < 0 || digits.isEmpty() || digits.length() > 18
        || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return 0;
    }
    return Long.parseLong(digits);
  }
}

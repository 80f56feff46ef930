package org.lianfang.organization;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.lianfang.Aggregate;
import org.lianfang.Refusal;
import org.lianfang.UnitId;

/**
 * What a unit's records may refer to (S-2, P-1): the unit's own posts and power items, and officials on the staff of
 * the unit or of a unit above it (a bureau's leader may own the risks of its sections, 分管领导). Commands and the ledger
 * import ask the same questions here, so the rule is stated once.
 *
 * <p>The caller looks the record up by its id and passes what it found, or empty if nothing has that id; each method
 * answers with the refusal, an {@link Refusal.Code#UNKNOWN_REFERENCE} naming the id, or empty when the reference holds.
 * Nothing is read here. No method accepts or returns {@code null}; thread-safe.
 */
public final class UnitReferences {
  private UnitReferences() {}

  /**
   * @param unit the unit whose record refers to the post
   * @param post the post's id
   * @param found the post by that id, if any
   * @return empty if it is one of the unit's posts, else the refusal
   */
  public static Optional<Refusal> post(UnitId unit, PostId post, Optional<Post> found) {
    return postIn(unit, post, found.map(Post::unitId));
  }

  /**
   * @param unit the unit whose record refers to the post
   * @param post the post's id
   * @param home the unit of the post by that id, if there is one ({@link UnitsOf})
   * @return empty if it is one of the unit's posts, else the refusal
   */
  public static Optional<Refusal> postIn(UnitId unit, PostId post, Optional<UnitId> home) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(post, "post");
    return home.filter(unit::equals).isPresent() ? Optional.empty()
        : Optional.of(unknown("本单位岗位", "post of the unit", post));
  }

  /**
   * @param unit the unit whose record refers to the posts
   * @param posts the posts' ids
   * @param find looks a post up by its id
   * @return empty if every one is one of the unit's posts, else the refusal for the first that is not
   */
  public static Optional<Refusal> posts(UnitId unit, Collection<PostId> posts, Function<PostId, Optional<Post>> find) {
    for (PostId p : posts) {
      Optional<Refusal> problem = post(unit, p, find.apply(p));
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  /**
   * @param unit the unit whose record refers to the power item
   * @param item the item's id
   * @param found the item by that id, if any
   * @return empty if it is on the unit's power list, else the refusal
   */
  public static Optional<Refusal> powerItem(UnitId unit, PowerItemId item, Optional<PowerItem> found) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(item, "item");
    return found.filter(p -> holds(unit, p, false, List::of)).isPresent()
        ? Optional.empty()
        : Optional.of(unknown("本单位职权", "power item of the unit", item));
  }

  /**
   * @param unitAndAbove the unit whose record refers to the official and every unit above it
   * @param official the official's id
   * @param found the official by that id, if any
   * @return empty if the official is on the staff of one of those units, else the refusal
   */
  public static Optional<Refusal> official(
      Collection<UnitId> unitAndAbove, OfficialId official, Optional<Official> found) {
    return officialIn(unitAndAbove, official, found.map(Official::unitId));
  }

  /**
   * @param unitAndAbove the unit whose record refers to the official and every unit above it
   * @param official the official's id
   * @param home the unit of the official by that id, if there is one ({@link UnitsOf})
   * @return empty if the official is on the staff of one of those units, else the refusal
   */
  public static Optional<Refusal> officialIn(
      Collection<UnitId> unitAndAbove, OfficialId official, Optional<UnitId> home) {
    Objects.requireNonNull(unitAndAbove, "unitAndAbove");
    Objects.requireNonNull(official, "official");
    return home.filter(unitAndAbove::contains).isPresent()
        ? Optional.empty()
        : Optional.of(Refusal.of(Refusal.Code.UNKNOWN_REFERENCE, "人员不属于本单位或上级单位：" + official,
            "official is not on the staff of the unit or a unit above it: " + official));
  }

  /**
   * The rule every reference holds to, whatever it names; the ledger import applies it to each reference a kind of
   * record declares ({@code org.lianfang.kinds.Reference}).
   *
   * @param unit the unit whose record makes the reference
   * @param found the record referred to, as found by its id
   * @param alsoAbove whether a record of a unit above may be named too, as officials may (分管领导, P-1)
   * @param unitAndAbove gives the unit and every unit above it; asked only when needed
   * @return whether the reference holds: the record is the unit's, or, if {@code alsoAbove}, a unit's above it
   */
  public static boolean holds(
      UnitId unit, Aggregate<?> found, boolean alsoAbove, Supplier<? extends Collection<UnitId>> unitAndAbove) {
    Objects.requireNonNull(unit, "unit");
    return found.unitId().equals(unit) || alsoAbove && unitAndAbove.get().contains(found.unitId());
  }

  private static Refusal unknown(String whatZh, String whatEn, Object id) {
    return Refusal.of(Refusal.Code.UNKNOWN_REFERENCE, "不存在的" + whatZh + "：" + id, "unknown " + whatEn + ": " + id);
  }
}

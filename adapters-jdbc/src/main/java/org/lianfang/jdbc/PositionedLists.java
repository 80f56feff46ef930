package org.lianfang.jdbc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The lists of several records, read from rows in any order, each element put at the position its row holds: a list
 * query needs no {@code ORDER BY}, which on PostgreSQL cost a report a sixth of its time (issue 11, measured on
 * Form 3). Positions are written from 0 without gaps; a missing one below the last is a damaged list, refused when it
 * is taken, and a position below 0 or past {@value #MOST} is refused when it is read (rows lost from a list's end
 * cannot be told from a shorter list here).
 *
 * @param <T> the elements
 */
final class PositionedLists<T> {
  /** The highest position read: far past any record's list, so that a damaged row cannot make a list fill the heap. */
  static final int MOST = 1_000_000;
  private final Map<UUID, List<T>> lists = new HashMap<>();

  /**
   * @param owner the record the element belongs to
   * @param position its row's position
   * @param element the element
   */
  void put(UUID owner, int position, T element) {
    lists.put(owner, put(lists.get(owner), position, element));
  }

  /**
   * @param owner a record
   * @return its list, in position order; empty if it has none
   * @throws IllegalArgumentException if a position below the last is missing
   */
  List<T> of(UUID owner) {
    return taken(lists.get(owner), owner);
  }

  /**
   * Puts an element at its position in one record's list.
   *
   * @param list the list so far, or null for none yet
   * @param position the element's row's position
   * @param element the element
   * @param <T> the elements
   * @return the list with it
   * @throws IllegalArgumentException if the position is below 0 or past {@link #MOST}
   */
  static <T> List<T> put(List<T> list, int position, T element) {
    if (position < 0 || position > MOST) {
      throw new IllegalArgumentException("no list has a row at position " + position);
    }
    List<T> to = list == null ? new ArrayList<>() : list;
    if (position == to.size()) {
      to.add(element);
      return to;
    }
    while (to.size() <= position) {
      to.add(null);
    }
    to.set(position, element);
    return to;
  }

  /**
   * @param list one record's list as {@link #put} made it, or null for none
   * @param owner the record, named in the refusal
   * @param <T> the elements
   * @return the list, in position order; empty if none
   * @throws IllegalArgumentException if a position below the last is missing
   */
  static <T> List<T> taken(List<T> list, UUID owner) {
    if (list == null) {
      return List.of();
    }
    int missing = list.indexOf(null);
    if (missing >= 0) {
      throw new IllegalArgumentException("no row at position " + missing + " of the list of " + owner);
    }
    return list;
  }
}

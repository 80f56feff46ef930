package org.lianfang.application;

/** Field length limits shared by the commands, in characters (UTF-16 code units, as Jakarta's {@code Size}). */
public final class Limits {
  /** Codes people read: unit, post, power item, process and step codes, staff numbers. */
  public static final int CODE = 64;
  /** Names. */
  public static final int NAME = 200;
  /** Long text: descriptions, legal bases, boundaries, comments, notes. */
  public static final int TEXT = 4000;
  /** The most posts, sources, steps or flows in one command. */
  public static final int ITEMS = 500;

  private Limits() {}
}

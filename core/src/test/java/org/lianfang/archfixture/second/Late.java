package org.lianfang.archfixture.second;

import org.lianfang.archfixture.first.Early;

/** A later area, which may build on the earlier one. */
public final class Late {
  Early early;

  private Late() {}
}

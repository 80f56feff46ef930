package org.lianfang.archfixture.first;

import org.lianfang.archfixture.second.Late;

/** Breaks the area order on purpose: an earlier domain area depends on a later one. */
public final class EarlyKnowsLate {
  Late late;

  private EarlyKnowsLate() {}
}

package org.lianfang.archfixture.application.second;

import org.lianfang.archfixture.application.first.EarlyQuery;
import org.lianfang.archfixture.first.Early;
import org.lianfang.archfixture.second.Late;

/** A later application area, which may use the earlier one and both domain areas. */
public final class LateHandler {
  EarlyQuery earlier;
  Early early;
  Late late;

  private LateHandler() {}
}

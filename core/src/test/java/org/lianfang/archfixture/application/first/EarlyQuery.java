package org.lianfang.archfixture.application.first;

import org.lianfang.archfixture.second.Late;

/** Reads a later area's domain type, as the risk-prevention flow chart does: the rule leaves the layers apart. */
public final class EarlyQuery {
  Late shown;

  private EarlyQuery() {}
}

package org.lianfang.archfixture.application.first;

import org.lianfang.archfixture.application.second.LateHandler;

/** Breaks the area order on purpose: an earlier application area calls into a later one. */
public final class EarlyHandler {
  LateHandler later;

  private EarlyHandler() {}
}

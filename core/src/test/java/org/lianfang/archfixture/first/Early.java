package org.lianfang.archfixture.first;

/** An area that comes first, for {@code ArchitectureRulesTest}. */
public final class Early {
  private Early() {}
}

package org.lianfang.spi;

/**
 * The repositories of the organization area (DOMAIN.md S-1 to S-3): units, posts, officials, tenures and the power
 * list. Part of {@link Store}, which groups one such interface per area.
 */
public interface OrganizationStore {
  /** @return the units */
  Units units();

  /** @return the posts */
  Posts posts();

  /** @return the officials */
  Officials officials();

  /** @return the tenures */
  Tenures tenures();

  /** @return the power items */
  PowerItems powerItems();
}

package org.lianfang;

import java.util.UUID;

/**
 * The id of an aggregate: a time-ordered UUIDv7 (ARCHITECTURE.md decision 10). The archive and the JSON documents
 * write it as the UUID's canonical lower-case text.
 */
public interface AggregateId {
  /** @return the UUID */
  UUID value();
}

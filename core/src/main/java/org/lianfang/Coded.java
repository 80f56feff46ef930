package org.lianfang;

/**
 * A constant with a stable code: the word the archive (docs/journal-format.md), the JSON documents and the JSON
 * Schemas use for it, never its Java name, so renaming a constant cannot change a hash or a document. Codes are
 * lower-case ASCII words joined by hyphens ({@code public-institution}) and unique within their type.
 */
public interface Coded {
  /** @return the stable code */
  String code();
}

package org.lianfang.ledger;

import java.util.Arrays;

/**
 * The UTF-8 bytes of a journal entry's hashed form ({@link CanonicalJson#entry}), written in one pass: each string is
 * escaped as RFC 8785 says and encoded as it goes, with no text built first. The ledger import hashes every entry it
 * reads and every command hashes the entry it writes, so this is on both paths; the bytes are exactly those of {@code
 * CanonicalJson.entry(…).getBytes(UTF_8)}, which a test holds for any text. Not thread-safe: one per entry.
 */
final class EntryBytes {
  private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private byte[] bytes;
  private int length;

  /** @param expected about how many characters the entry has */
  EntryBytes(int expected) {
    bytes = new byte[Math.max(64, expected + expected / 2)];
  }

  /** @return the bytes written so far, not copied */
  byte[] bytes() {
    return bytes;
  }

  /** @return how many of {@link #bytes()} are written */
  int length() {
    return length;
  }

  /** Writes ASCII text as it is: the entry's punctuation and member names. */
  EntryBytes ascii(String text) {
    room(text.length());
    for (int i = 0; i < text.length(); i++) {
      bytes[length++] = (byte) text.charAt(i);
    }
    return this;
  }

  /** Writes an integer in plain decimal. */
  EntryBytes number(long n) {
    return ascii(Long.toString(n));
  }

  /**
   * Writes a JSON string as RFC 8785 does, in UTF-8.
   *
   * @throws IllegalArgumentException if the text holds an unpaired surrogate, which has no UTF-8 form
   */
  EntryBytes string(String s) {
    int n = s.length();
    room(n * 3 + 2);
    bytes[length++] = '"';
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      if (ch < 0x80) {
        if (ch >= 0x20 && ch != '"' && ch != '\\') {
          bytes[length++] = (byte) ch;
        } else {
          escape(ch, n - i - 1);
        }
      } else if (ch < 0x800) {
        bytes[length++] = (byte) (0xc0 | ch >> 6);
        bytes[length++] = (byte) (0x80 | ch & 0x3f);
      } else if (!Character.isSurrogate(ch)) {
        bytes[length++] = (byte) (0xe0 | ch >> 12);
        bytes[length++] = (byte) (0x80 | ch >> 6 & 0x3f);
        bytes[length++] = (byte) (0x80 | ch & 0x3f);
      } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(ch, s.charAt(++i));
        bytes[length++] = (byte) (0xf0 | cp >> 18);
        bytes[length++] = (byte) (0x80 | cp >> 12 & 0x3f);
        bytes[length++] = (byte) (0x80 | cp >> 6 & 0x3f);
        bytes[length++] = (byte) (0x80 | cp & 0x3f);
      } else {
        throw new IllegalArgumentException("an unpaired surrogate at index " + i + " has no UTF-8 form");
      }
    }
    bytes[length++] = '"';
    return this;
  }

  /**
   * An ASCII character RFC 8785 escapes, in up to six bytes where {@link #string} made room for three: so room is made
   * again for this one and the three bytes each of the {@code after} characters still to come may take.
   */
  private void escape(char ch, int after) {
    room(6 + 3 * after + 1);
    bytes[length++] = '\\';
    switch (ch) {
      case '"' -> bytes[length++] = '"';
      case '\\' -> bytes[length++] = '\\';
      case '\b' -> bytes[length++] = 'b';
      case '\t' -> bytes[length++] = 't';
      case '\n' -> bytes[length++] = 'n';
      case '\f' -> bytes[length++] = 'f';
      case '\r' -> bytes[length++] = 'r';
      default -> {
        bytes[length++] = 'u';
        bytes[length++] = '0';
        bytes[length++] = '0';
        bytes[length++] = HEX[ch >> 4];
        bytes[length++] = HEX[ch & 0xf];
      }
    }
  }

  private void room(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}

package org.constl.storage.internal;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Names and keys as the store keeps them: UTF-8. A string with a lone surrogate has no UTF-8 form;
 * Java would silently write {@code ?} instead, and two different keys would become one.
 */
final class Utf8 {

  private Utf8() {}

  /** The UTF-8 bytes of {@code text}, a {@code what} (for the error message). */
  static byte[] encode(String what, String text) {
    return requireWellFormed(what, text).getBytes(StandardCharsets.UTF_8);
  }

  static String requireWellFormed(String what, String text) {
    Objects.requireNonNull(text, what);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("The " + what + " has a lone UTF-16 surrogate at index " + i
            + ", which no UTF-8 text can hold");
      }
    }
    return text;
  }
}

package org.constl.core.rules.internal;

/** Where ipa's JavaScript would throw a TypeError, or does something not reproduced here. */
final class JsTypeError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  JsTypeError(String message) {
    super(message);
  }
}

package org.constl.core.rules;

/** A stored rule, category or column that does not have the layout ipa writes. */
public class RuleFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RuleFormatException(String message) {
    super(message);
  }
}

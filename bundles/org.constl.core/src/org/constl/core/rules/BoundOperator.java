package org.constl.core.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a value must compare with a bound ({@code op}). ipa accepts both spellings of the
 * non-strict operators; each constant keeps its own so a rule is written back as it was read.
 */
public enum BoundOperator {
  GREATER(">", false, false, true),
  LESS("<", true, false, false),
  GREATER_OR_EQUAL(">=", false, true, true),
  LESS_OR_EQUAL("<=", true, true, false),
  AT_LEAST("≥", false, true, true),
  AT_MOST("≤", true, true, false);

  private final String stored;
  private final boolean allowsBelow;
  private final boolean allowsEqual;
  private final boolean allowsAbove;

  BoundOperator(String stored, boolean allowsBelow, boolean allowsEqual, boolean allowsAbove) {
    this.stored = stored;
    this.allowsBelow = allowsBelow;
    this.allowsEqual = allowsEqual;
    this.allowsAbove = allowsAbove;
  }

  public String stored() {
    return stored;
  }

  /** Whether a value below the bound passes (the bound is an upper bound). */
  public boolean allowsBelow() {
    return allowsBelow;
  }

  public boolean allowsEqual() {
    return allowsEqual;
  }

  /** Whether a value above the bound passes (the bound is a lower bound). */
  public boolean allowsAbove() {
    return allowsAbove;
  }

  public static Optional<BoundOperator> fromStored(String text) {
    return Arrays.stream(values()).filter(o -> o.stored.equals(text)).findFirst();
  }
}

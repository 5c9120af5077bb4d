package org.constl.core.rules;

import java.util.Objects;

/** A rule that cannot be checked, or not as meant (ipa's {@code suivreValidRègles} and more). */
public record RuleProblem(String ruleId, String columnId, Kind kind, String message) {

  public enum Kind {
    /** No {@link RuleType} is installed for the rule's type; the rule is not checked. */
    UNKNOWN_TYPE,
    /** The rule's details do not fit its type; the rule is not checked. */
    MALFORMED,
    /** A {@code dynamiqueColonne} bound names a column the table does not have: it never fails. */
    MISSING_BOUND_COLUMN,
    /** A {@code dynamiqueVariable} bound names a variable no column holds: it never fails. */
    MISSING_BOUND_VARIABLE,
    /** The table that {@code valeurCatégorique dynamique} reads is not available; the rule is not checked. */
    MISSING_CHOICES_TABLE,
    /** That table has no such column: every value fails, as in ipa. */
    MISSING_CHOICES_COLUMN
  }

  public RuleProblem {
    Objects.requireNonNull(ruleId);
    Objects.requireNonNull(columnId);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(message);
  }
}

package org.constl.core.rules;

import java.util.Objects;

/**
 * One cell that breaks one rule.
 *
 * @param message says which rule failed and why, for people
 */
public record Finding(String rowKey, String columnId, String ruleId, String ruleType, RuleSource source, Kind kind,
    String message) {

  public enum Kind {
    /** The value breaks the rule. */
    VIOLATION,
    /**
     * ipa's check stops with an error on this value (and then reports nothing for the whole
     * table); here only the cell is reported.
     */
    UNCHECKABLE
  }

  public Finding {
    Objects.requireNonNull(rowKey);
    Objects.requireNonNull(columnId);
    Objects.requireNonNull(ruleId);
    Objects.requireNonNull(ruleType);
    Objects.requireNonNull(source);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(message);
  }
}

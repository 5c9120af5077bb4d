package org.constl.core.rules;

import java.util.List;
import java.util.Objects;

/**
 * One key of a rule's {@code détails}, as a rule editor asks for it.
 *
 * @param key the key in {@code détails}
 * @param label what a person sees
 * @param kind what sort of value it takes
 * @param choices for {@link Kind#CHOICE}, the stored values to choose from; otherwise empty
 */
public record RuleParameter(String key, String label, Kind kind, List<String> choices) {

  public enum Kind {
    /** One of {@link RuleParameter#choices()}. */
    CHOICE,
    NUMBER,
    TEXT,
    /** A list of values. */
    VALUES,
    /** A variable category ({@code {type, catégorie}}). */
    CATEGORY,
    /** The id of a column of the same table. */
    COLUMN,
    /** The id of a variable. */
    VARIABLE,
    /** The id of a table. */
    TABLE,
    /** Depends on another parameter (a {@code bornes} value is a number, a column or a variable). */
    DEPENDENT
  }

  public RuleParameter {
    Objects.requireNonNull(key);
    Objects.requireNonNull(label);
    Objects.requireNonNull(kind);
    choices = List.copyOf(choices);
  }

  public static RuleParameter of(String key, String label, Kind kind) {
    return new RuleParameter(key, label, kind, List.of());
  }

  public static RuleParameter choice(String key, String label, List<String> choices) {
    return new RuleParameter(key, label, Kind.CHOICE, choices);
  }
}

package org.constl.core.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a variable contributes to the columns that hold it: its category (from which ipa implies
 * a {@code catégorie} rule), if it has one, and its own rules.
 */
public record VariableRules(Optional<VariableCategory> category, List<VariableRule> rules) {
  public VariableRules {
    Objects.requireNonNull(category);
    rules = List.copyOf(rules);
  }
}

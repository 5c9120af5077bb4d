package org.constl.core.objects;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.constl.core.rules.VariableCategory;
import org.constl.core.rules.VariableRule;

/**
 * The state of a variable.
 *
 * @param category empty when the stored one is missing or not one ipa knows
 * @param unit free text ({@code unités}), meant for numeric variables
 * @param rules its own rules, without the {@code catégorie} rule its category implies
 */
public record VariableInfo(String id, Optional<VariableCategory> category, Map<String, String> names,
    Map<String, String> descriptions, Optional<String> unit, List<VariableRule> rules, ObjectStatus status) {

  public VariableInfo {
    Objects.requireNonNull(id);
    Objects.requireNonNull(category);
    names = Map.copyOf(names);
    descriptions = Map.copyOf(descriptions);
    Objects.requireNonNull(unit);
    rules = List.copyOf(rules);
    Objects.requireNonNull(status);
  }
}

package org.constl.core.rules;

import java.util.Objects;

/**
 * A rule applied to one column of a table ({@code règleColonne}): a table's own rules are stored
 * this way; a variable's rules become one for the column bound to it.
 */
public record ColumnRule(VariableRule rule, RuleSource source, String columnId) {
  public ColumnRule {
    Objects.requireNonNull(rule);
    Objects.requireNonNull(source);
    Objects.requireNonNull(columnId);
  }

  public String ruleId() {
    return rule.id();
  }

  public String ruleType() {
    return rule.rule().type();
  }
}

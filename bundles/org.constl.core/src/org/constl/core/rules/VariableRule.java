package org.constl.core.rules;

import java.util.Objects;

/** A rule with its id ({@code règleVariableAvecId}); the id is the key in a rules database. */
public record VariableRule(String id, Rule rule) {
  public VariableRule {
    Objects.requireNonNull(id);
    Objects.requireNonNull(rule);
  }
}

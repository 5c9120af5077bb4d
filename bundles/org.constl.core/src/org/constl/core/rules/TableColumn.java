package org.constl.core.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * A table's column ({@code {id, variable?, index?}}): the variable it holds, if any, and whether
 * it is part of the row key.
 */
public record TableColumn(String id, Optional<String> variableId, boolean index) {
  public TableColumn {
    Objects.requireNonNull(id);
    Objects.requireNonNull(variableId);
  }

  public static TableColumn of(String id, String variableId) {
    return new TableColumn(id, Optional.of(variableId), false);
  }
}

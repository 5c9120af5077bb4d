package org.constl.core.rules;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/** Where a column's rule comes from ({@code source}): the column's variable or the table. */
public record RuleSource(Kind kind, String id) {

  public enum Kind {
    VARIABLE("variable"),
    TABLE("tableau");

    private final String stored;

    Kind(String stored) {
      this.stored = stored;
    }

    public String stored() {
      return stored;
    }

    public static Optional<Kind> fromStored(String name) {
      return Arrays.stream(values()).filter(k -> k.stored.equals(name)).findFirst();
    }
  }

  public RuleSource {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(id);
  }

  public static RuleSource variable(String variableId) {
    return new RuleSource(Kind.VARIABLE, variableId);
  }

  public static RuleSource table(String tableId) {
    return new RuleSource(Kind.TABLE, tableId);
  }
}

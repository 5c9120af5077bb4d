package org.constl.core.rules;

import java.util.List;
import java.util.Objects;
import org.constl.ipld.IpldValue;

/** The values a {@code valeurCatégorique} rule allows. */
public sealed interface Choices {

  /** A fixed list ({@code fixe}). */
  record Listed(List<IpldValue> values) implements Choices {
    public Listed {
      values = List.copyOf(values);
    }
  }

  /** The values of a column of another table ({@code dynamique}). */
  record FromColumn(String tableId, String columnId) implements Choices {
    public FromColumn {
      Objects.requireNonNull(tableId);
      Objects.requireNonNull(columnId);
    }
  }
}

package org.constl.core.rules;

import java.util.Objects;
import org.constl.ipld.IpldValue;

/** What a {@code bornes} rule compares a value with. */
public sealed interface Bound {

  /** A number ({@code fixe}): an integer or a float as stored. */
  record Fixed(IpldValue value) implements Bound {
    public Fixed {
      if (!(value instanceof IpldValue.IntValue) && !(value instanceof IpldValue.FloatValue)) {
        throw new IllegalArgumentException("a fixed bound is a number, not " + value.kind());
      }
    }
  }

  /** The value of another column in the same row ({@code dynamiqueColonne}). */
  record OtherColumn(String columnId) implements Bound {
    public OtherColumn {
      Objects.requireNonNull(columnId);
    }
  }

  /** The value, in the same row, of the column bound to a variable ({@code dynamiqueVariable}). */
  record OtherVariable(String variableId) implements Bound {
    public OtherVariable {
      Objects.requireNonNull(variableId);
    }
  }
}

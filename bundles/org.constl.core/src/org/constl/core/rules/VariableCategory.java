package org.constl.core.rules;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/** A variable's category: one value of a base category per cell, or a list of them. */
public record VariableCategory(Shape shape, BaseCategory base) {

  /** Simple or list ({@code type} in the stored layout). */
  public enum Shape {
    SIMPLE("simple"),
    LIST("liste");

    private final String stored;

    Shape(String stored) {
      this.stored = stored;
    }

    public String stored() {
      return stored;
    }

    public static Optional<Shape> fromStored(String name) {
      return Arrays.stream(values()).filter(s -> s.stored.equals(name)).findFirst();
    }
  }

  public VariableCategory {
    Objects.requireNonNull(shape);
    Objects.requireNonNull(base);
  }

  public static VariableCategory simple(BaseCategory base) {
    return new VariableCategory(Shape.SIMPLE, base);
  }

  public static VariableCategory list(BaseCategory base) {
    return new VariableCategory(Shape.LIST, base);
  }

  public boolean isList() {
    return shape == Shape.LIST;
  }
}

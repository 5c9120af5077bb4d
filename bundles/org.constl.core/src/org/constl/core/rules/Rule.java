package org.constl.core.rules;

import java.util.Objects;
import org.constl.ipld.IpldValue;

/**
 * One rule ({@code règleVariable}): its type ({@code typeRègle}) and details. The four types
 * ipa knows have their own records; a rule of any other type (a plug-in's, or one from a newer
 * version) is kept as {@link Other} with its details untouched.
 */
public sealed interface Rule {

  /** The {@code typeRègle} of this rule. */
  String type();

  /** The value must be present ({@code existe}). */
  record Exists() implements Rule {
    @Override
    public String type() {
      return RuleFormat.EXISTS;
    }
  }

  /** The value must be of a category ({@code catégorie}); every variable implies one. */
  record Category(VariableCategory category) implements Rule {
    public Category {
      Objects.requireNonNull(category);
    }

    @Override
    public String type() {
      return RuleFormat.CATEGORY;
    }
  }

  /** The value must compare with a bound ({@code bornes}). */
  record Bounds(Bound bound, BoundOperator operator) implements Rule {
    public Bounds {
      Objects.requireNonNull(bound);
      Objects.requireNonNull(operator);
    }

    @Override
    public String type() {
      return RuleFormat.BOUNDS;
    }
  }

  /** The value must be one of some values ({@code valeurCatégorique}). */
  record AllowedValues(Choices choices) implements Rule {
    public AllowedValues {
      Objects.requireNonNull(choices);
    }

    @Override
    public String type() {
      return RuleFormat.ALLOWED_VALUES;
    }
  }

  /** A rule of another type, checked by the {@link RuleType} of that id if one is installed. */
  record Other(String type, IpldValue.MapValue details) implements Rule {
    public Other {
      Objects.requireNonNull(type);
      Objects.requireNonNull(details);
    }
  }
}

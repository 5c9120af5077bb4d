package org.constl.core.rules.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.constl.core.rules.Bound;
import org.constl.core.rules.BoundOperator;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleCheck;
import org.constl.core.rules.RuleContext;
import org.constl.core.rules.RuleFormat;
import org.constl.core.rules.RuleFormatException;
import org.constl.core.rules.RuleParameter;
import org.constl.core.rules.RuleProblem;
import org.constl.core.rules.RuleType;
import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsCompare;
import org.constl.ipld.js.JsTypeError;

/**
 * {@code bornes}: the value, or each item of a list, must compare with a bound as JavaScript
 * compares (numbers as numbers, two texts by code units, text against a number as a number,
 * NaN never). A missing value or bound passes.
 */
final class BoundsRuleType implements RuleType {

  @Override
  public String id() {
    return RuleFormat.BOUNDS;
  }

  @Override
  public String label() {
    return "Bounds";
  }

  @Override
  public List<RuleParameter> parameters() {
    return List.of(
        RuleParameter.choice(RuleFormat.TYPE, "Compared with",
            List.of(RuleFormat.FIXED, RuleFormat.COLUMN_BOUND, RuleFormat.VARIABLE_BOUND)),
        RuleParameter.of(RuleFormat.VALUE, "Bound", RuleParameter.Kind.DEPENDENT),
        RuleParameter.choice(RuleFormat.OPERATOR, "Operator",
            Arrays.stream(BoundOperator.values()).map(BoundOperator::stored).toList()));
  }

  @Override
  public RuleCheck prepare(ColumnRule rule, RuleContext context) {
    if (!(rule.rule().rule() instanceof Rule.Bounds bounds)) {
      throw new RuleFormatException("not a " + id() + " rule: " + rule.rule().rule());
    }
    BoundOperator operator = bounds.operator();
    String column = rule.columnId();
    Function<Map<String, IpldValue>, Optional<IpldValue>> boundOf;
    String boundName;
    switch (bounds.bound()) {
      case Bound.Fixed fixed -> {
        boundOf = cells -> Optional.of(fixed.value());
        boundName = "";
      }
      case Bound.OtherColumn other -> {
        if (context.columns().stream().noneMatch(c -> c.id().equals(other.columnId()))) {
          context.problem(RuleProblem.Kind.MISSING_BOUND_COLUMN, "the bound is column " + other.columnId()
              + ", which the table does not have: the rule never fails");
        }
        boundOf = cells -> JsValues.property(cells, other.columnId());
        boundName = " (column " + other.columnId() + ")";
      }
      case Bound.OtherVariable other -> {
        Optional<String> boundColumn = context.columnOfVariable(other.variableId());
        if (boundColumn.isEmpty()) {
          context.problem(RuleProblem.Kind.MISSING_BOUND_VARIABLE, "the bound is variable " + other.variableId()
              + ", which no column holds: the rule never fails");
        }
        boundOf = cells -> boundColumn.isEmpty() ? Optional.empty() : JsValues.property(cells, boundColumn.get());
        boundName = " (variable " + other.variableId() + boundColumn.map(c -> " in column " + c).orElse("") + ")";
      }
    }
    return (rowKey, cells, sink) -> {
      try {
        Optional<IpldValue> value = JsValues.property(cells, column);
        Optional<IpldValue> bound = boundOf.apply(cells);
        if (value.isEmpty() || bound.isEmpty()) {
          return;
        }
        if (value.get() instanceof IpldValue.ListValue list) {
          for (IpldValue item : list.values()) {
            Optional<String> failure = failure(item, bound.get(), operator);
            if (failure.isPresent()) {
              sink.violation(rowKey, "list item " + failure.get() + boundName);
              return;
            }
          }
        } else {
          failure(value.get(), bound.get(), operator).ifPresent(f -> sink.violation(rowKey, "value " + f + boundName));
        }
      } catch (JsTypeError e) {
        sink.uncheckable(rowKey, e.getMessage());
      }
    };
  }

  /** How the value fails the comparison with the bound, or empty when it passes. */
  private static Optional<String> failure(IpldValue value, IpldValue bound, BoundOperator operator) {
    JsCompare.Order order = JsCompare.compare(value, bound);
    boolean holds = switch (order) {
      case LESS -> operator.allowsBelow();
      case EQUAL -> operator.allowsEqual();
      case GREATER -> operator.allowsAbove();
      case UNORDERED -> false;
    };
    if (holds) {
      return Optional.empty();
    }
    String v = ValueText.of(value);
    String b = ValueText.of(bound);
    if (order == JsCompare.Order.UNORDERED) {
      return Optional.of(v + " cannot be compared with the bound " + b);
    }
    if (operator.allowsBelow()) {
      return Optional.of(v + (operator.allowsEqual() ? " is above the upper bound " : " is not below the upper bound ")
          + b);
    }
    return Optional.of(v + (operator.allowsEqual() ? " is below the lower bound " : " is not above the lower bound ")
        + b);
  }
}

package org.constl.core.rules.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.constl.core.rules.Choices;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.ForeignTables;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleCheck;
import org.constl.core.rules.RuleContext;
import org.constl.core.rules.RuleFormat;
import org.constl.core.rules.RuleFormatException;
import org.constl.core.rules.RuleParameter;
import org.constl.core.rules.RuleProblem;
import org.constl.core.rules.RuleType;
import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsObjects;
import org.constl.ipld.js.JsTypeError;

/**
 * {@code valeurCatégorique}: a present value must be one of the allowed values, equal as
 * {@code Array.prototype.includes} sees it: the same text, number (1 and 1.0 alike), boolean
 * or null. A list or map is never equal to anything, so a list cell always fails.
 */
final class AllowedValuesRuleType implements RuleType {

  private static final int LISTED_IN_MESSAGE = 5;

  @Override
  public String id() {
    return RuleFormat.ALLOWED_VALUES;
  }

  @Override
  public String label() {
    return "Allowed values";
  }

  @Override
  public List<RuleParameter> parameters() {
    return List.of(
        RuleParameter.choice(RuleFormat.TYPE, "Values from", List.of(RuleFormat.FIXED, RuleFormat.FROM_COLUMN)),
        RuleParameter.of(RuleFormat.OPTIONS, "Values", RuleParameter.Kind.VALUES),
        RuleParameter.of(RuleFormat.TABLE, "Table", RuleParameter.Kind.TABLE),
        RuleParameter.of(RuleFormat.COLUMN, "Column", RuleParameter.Kind.COLUMN));
  }

  @Override
  public RuleCheck prepare(ColumnRule rule, RuleContext context) {
    if (!(rule.rule().rule() instanceof Rule.AllowedValues allowed)) {
      throw new RuleFormatException("not a " + id() + " rule: " + rule.rule().rule());
    }
    Set<Object> keys = new HashSet<>();
    String description;
    switch (allowed.choices()) {
      case Choices.Listed listed -> {
        listed.values().forEach(v -> JsObjects.sameValueZeroKey(v).ifPresent(keys::add));
        description = "one of " + listed.values().stream().limit(LISTED_IN_MESSAGE).map(ValueText::of)
            .collect(Collectors.joining(", ", "[", listed.values().size() > LISTED_IN_MESSAGE ? ", …]" : "]"));
      }
      case Choices.FromColumn from -> {
        Optional<ForeignTables.Table> table = context.foreignTables().table(from.tableId());
        if (table.isEmpty()) {
          context.problem(RuleProblem.Kind.MISSING_CHOICES_TABLE, "the allowed values are those of table "
              + from.tableId() + ", which is not available: the rule is not checked");
          return (rowKey, cells, sink) -> { };
        }
        if (table.get().columns().stream().noneMatch(c -> c.id().equals(from.columnId()))) {
          context.problem(RuleProblem.Kind.MISSING_CHOICES_COLUMN, "the allowed values are those of column "
              + from.columnId() + ", which table " + from.tableId() + " does not have: every value fails");
        }
        for (Map<String, IpldValue> row : table.get().rows()) {
          try {
            JsValues.property(row, from.columnId()).flatMap(JsObjects::sameValueZeroKey).ifPresent(keys::add);
          } catch (JsTypeError e) {
            // A row ipa would read differently: it allows no value here.
          }
        }
        description = "among the values of column " + from.columnId() + " of table " + from.tableId();
      }
    }
    String column = rule.columnId();
    return (rowKey, cells, sink) -> {
      try {
        Optional<IpldValue> value = JsValues.property(cells, column);
        if (value.isEmpty()) {
          return;
        }
        Optional<Object> key = JsObjects.sameValueZeroKey(value.get());
        if (key.isEmpty() || !keys.contains(key.get())) {
          String listNote = value.get() instanceof IpldValue.ListValue ? " (a list is compared as a whole)" : "";
          sink.violation(rowKey, "value " + ValueText.of(value.get()) + " is not " + description + listNote);
        }
      } catch (JsTypeError e) {
        sink.uncheckable(rowKey, e.getMessage());
      }
    };
  }
}

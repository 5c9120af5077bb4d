package org.constl.core.rules.internal;

import java.util.List;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.RuleCheck;
import org.constl.core.rules.RuleContext;
import org.constl.core.rules.RuleFormat;
import org.constl.core.rules.RuleParameter;
import org.constl.core.rules.RuleType;
import org.constl.ipld.js.JsTypeError;

/** {@code existe}: the cell must hold a value; null is one, as in ipa. */
final class ExistsRuleType implements RuleType {

  @Override
  public String id() {
    return RuleFormat.EXISTS;
  }

  @Override
  public String label() {
    return "Value required";
  }

  @Override
  public List<RuleParameter> parameters() {
    return List.of();
  }

  @Override
  public RuleCheck prepare(ColumnRule rule, RuleContext context) {
    String column = rule.columnId();
    return (rowKey, cells, sink) -> {
      try {
        if (JsValues.property(cells, column).isEmpty()) {
          sink.violation(rowKey, "value is missing");
        }
      } catch (JsTypeError e) {
        sink.uncheckable(rowKey, e.getMessage());
      }
    };
  }
}

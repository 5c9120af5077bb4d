package org.constl.core.rules.internal;

import java.util.List;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleCheck;
import org.constl.core.rules.RuleContext;
import org.constl.core.rules.RuleFormat;
import org.constl.core.rules.RuleFormatException;
import org.constl.core.rules.RuleParameter;
import org.constl.core.rules.RuleType;
import org.constl.core.rules.VariableCategory;
import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsTypeError;

/** {@code catégorie}: a present value must fit the category. */
final class CategoryRuleType implements RuleType {

  @Override
  public String id() {
    return RuleFormat.CATEGORY;
  }

  @Override
  public String label() {
    return "Category";
  }

  @Override
  public List<RuleParameter> parameters() {
    return List.of(RuleParameter.of(RuleFormat.CATEGORY_KEY, "Category", RuleParameter.Kind.CATEGORY));
  }

  @Override
  public RuleCheck prepare(ColumnRule rule, RuleContext context) {
    if (!(rule.rule().rule() instanceof Rule.Category category)) {
      throw new RuleFormatException("not a " + id() + " rule: " + rule.rule().rule());
    }
    VariableCategory expected = category.category();
    String column = rule.columnId();
    return (rowKey, cells, sink) -> {
      try {
        var value = JsValues.property(cells, column);
        if (value.isPresent()) {
          IpldValue v = value.get();
          CategoryCheck.refusal(v, expected).ifPresent(why -> sink.violation(rowKey, "value " + ValueText.of(v) + " "
              + why));
        }
      } catch (JsTypeError e) {
        sink.uncheckable(rowKey, e.getMessage());
      }
    };
  }
}

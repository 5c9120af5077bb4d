package org.constl.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules apply to which column of a table, as ipa assembles them ({@code suivreRègles},
 * {@code suivreValidDonnées}): the table's own rules, then for each variable its implied
 * {@code catégorie} rule and its own rules on the column that holds it.
 *
 * <p>Two behaviours of ipa are kept: a variable held by several columns gives its rules to the
 * last of them only, and of several rules with the same id only the last one is checked (copies
 * of a variable keep its rule ids).
 */
public final class TableRules {

  private TableRules() {
  }

  /**
   * The id of the {@code catégorie} rule implied by a variable's category. ipa draws a new
   * random one each time; any id is fine as long as it does not collide, this one is stable.
   */
  public static String impliedCategoryRuleId(String variableId) {
    return variableId + "/" + RuleFormat.CATEGORY;
  }

  /**
   * @param variables the variables this node has, by id; a column whose variable is missing gets
   *     no variable rules (ipa waits for it)
   */
  public static List<ColumnRule> assemble(List<TableColumn> columns, List<ColumnRule> tableRules,
      Map<String, VariableRules> variables) {
    Map<String, String> lastColumnOfVariable = new LinkedHashMap<>();
    for (TableColumn column : columns) {
      column.variableId().ifPresent(v -> lastColumnOfVariable.put(v, column.id()));
    }
    List<ColumnRule> all = new ArrayList<>(tableRules);
    lastColumnOfVariable.forEach((variableId, columnId) -> {
      VariableRules variable = variables.get(variableId);
      if (variable == null) {
        return;
      }
      RuleSource source = RuleSource.variable(variableId);
      variable.category().ifPresent(category -> all.add(new ColumnRule(
          new VariableRule(impliedCategoryRuleId(variableId), new Rule.Category(category)), source, columnId)));
      variable.rules().forEach(rule -> all.add(new ColumnRule(rule, source, columnId)));
    });
    Map<String, ColumnRule> byId = new LinkedHashMap<>();
    all.forEach(rule -> byId.put(rule.ruleId(), rule));
    return List.copyOf(byId.values());
  }
}

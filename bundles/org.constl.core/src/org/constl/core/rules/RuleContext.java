package org.constl.core.rules;

import java.util.List;
import java.util.Optional;

/** What a {@link RuleType} may look at while it prepares a check. */
public interface RuleContext {

  /** The columns of the table being checked. */
  List<TableColumn> columns();

  /**
   * The column that holds a variable. When several do, ipa uses the last one (in the order of
   * {@link #columns()}), and so does this.
   */
  Optional<String> columnOfVariable(String variableId);

  ForeignTables foreignTables();

  /**
   * Reports that the rule cannot work as meant (e.g. it refers to a column that does not exist);
   * the rule is still checked as ipa checks it.
   */
  void problem(RuleProblem.Kind kind, String message);
}

package org.constl.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.constl.core.objects.Constellation;
import org.constl.core.objects.VariableInfo;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleSource;
import org.constl.core.rules.TableRules;
import org.constl.core.rules.VariableRule;

/**
 * Whose rules the rule editors change: a table's, each on one of its columns, or a variable's,
 * which apply to the column holding it in every table.
 */
record RuleOwner(Kind kind, String id) {

  enum Kind {
    TABLE,
    VARIABLE
  }

  /** A rule as the editors list it: on a column of a table, or on no column for a variable's. */
  record Listed(VariableRule rule, RuleSource source, Optional<String> columnId) {
    String type() {
      return rule.rule().type();
    }
  }

  RuleOwner {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(id);
  }

  static RuleOwner table(String tableId) {
    return new RuleOwner(Kind.TABLE, tableId);
  }

  static RuleOwner variable(String variableId) {
    return new RuleOwner(Kind.VARIABLE, variableId);
  }

  /** Whether a rule is put on one of the owner's columns (a table's) or on the owner itself. */
  boolean hasColumns() {
    return kind == Kind.TABLE;
  }

  /**
   * What applies: for a table, its own rules and those of its columns' variables; for a variable,
   * the {@code catégorie} rule its category implies, then its own.
   */
  List<Listed> rules(Constellation constellation) {
    List<Listed> listed = new ArrayList<>();
    if (kind == Kind.TABLE) {
      for (ColumnRule rule : constellation.tables().rules(id)) {
        listed.add(new Listed(rule.rule(), rule.source(), Optional.of(rule.columnId())));
      }
    } else {
      VariableInfo variable = constellation.variables().get(id);
      RuleSource source = RuleSource.variable(id);
      variable.category().ifPresent(category -> listed.add(new Listed(
          new VariableRule(TableRules.impliedCategoryRuleId(id), new Rule.Category(category)), source, Optional.empty())));
      variable.rules().forEach(rule -> listed.add(new Listed(rule, source, Optional.empty())));
    }
    return listed;
  }

  /**
   * Whether the rule is the owner's to edit and remove: a table's own rules; a variable's own,
   * not the one its category implies (that changes with the category).
   */
  boolean owns(Listed rule) {
    RuleSource.Kind from = kind == Kind.TABLE ? RuleSource.Kind.TABLE : RuleSource.Kind.VARIABLE;
    return rule.source().kind() == from && rule.source().id().equals(id)
        && !(rule.rule().rule() instanceof Rule.Category);
  }

  /** Adds a rule; {@code columnId} is the table's column, empty for a variable. */
  void add(Constellation constellation, Optional<String> columnId, Rule rule) {
    if (kind == Kind.TABLE) {
      constellation.tables().addRule(id, columnId.orElseThrow(), rule);
    } else {
      constellation.variables().addRule(id, rule);
    }
  }

  /** Replaces the rule kept under {@code ruleId}, which keeps its id. */
  void replace(Constellation constellation, String ruleId, Optional<String> columnId, Rule rule) {
    if (kind == Kind.TABLE) {
      constellation.tables().replaceRule(id, ruleId, columnId.orElseThrow(), rule);
    } else {
      constellation.variables().replaceRule(id, ruleId, rule);
    }
  }

  void remove(Constellation constellation, String ruleId) {
    if (kind == Kind.TABLE) {
      constellation.tables().removeRule(id, ruleId);
    } else {
      constellation.variables().removeRule(id, ruleId);
    }
  }
}

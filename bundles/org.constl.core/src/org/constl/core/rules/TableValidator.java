package org.constl.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.constl.ipld.IpldValue;

/**
 * Checks a table's rows against its rules, one row at a time, with the same decisions as
 * {@code @constl/ipa} 1.6.16. Prepare once per set of rules, then give every row to
 * {@link #check}, then call {@link #finish}. Not thread-safe (checks may keep state across rows).
 */
public final class TableValidator {

  private final List<Prepared> checks;
  private final List<RuleProblem> problems;

  private record Prepared(ColumnRule rule, RuleCheck check, Forwarder forwarder) {
  }

  /** Turns a check's reports into findings for whoever listens at the moment. */
  private static final class Forwarder implements RuleCheck.Sink {
    private final ColumnRule rule;
    private Consumer<Finding> target = finding -> { };

    Forwarder(ColumnRule rule) {
      this.rule = rule;
    }

    @Override
    public void violation(String rowKey, String reason) {
      report(rowKey, Finding.Kind.VIOLATION, reason);
    }

    @Override
    public void uncheckable(String rowKey, String reason) {
      report(rowKey, Finding.Kind.UNCHECKABLE, reason);
    }

    private void report(String rowKey, Finding.Kind kind, String reason) {
      String from = rule.source().kind() == RuleSource.Kind.VARIABLE ? "variable " : "table ";
      target.accept(new Finding(rowKey, rule.columnId(), rule.ruleId(), rule.ruleType(), rule.source(), kind,
          reason + " (rule " + rule.ruleType() + " " + rule.ruleId() + " of " + from + rule.source().id() + ")"));
    }
  }

  private TableValidator(List<Prepared> checks, List<RuleProblem> problems) {
    this.checks = checks;
    this.problems = problems;
  }

  /**
   * @param columns the table's columns, in the order ipa lists them (it matters only when a
   *     variable is held by several columns)
   * @param rules the rules to check, e.g. from {@link TableRules#assemble}
   */
  public static TableValidator prepare(List<TableColumn> columns, List<ColumnRule> rules, ForeignTables foreignTables,
      RuleTypes types) {
    List<TableColumn> columnList = List.copyOf(columns);
    Map<String, String> columnOfVariable = new HashMap<>();
    columns.forEach(c -> c.variableId().ifPresent(v -> columnOfVariable.put(v, c.id())));
    List<Prepared> checks = new ArrayList<>();
    List<RuleProblem> problems = new ArrayList<>();
    for (ColumnRule rule : rules) {
      Optional<RuleType> type = types.find(rule.ruleType());
      if (type.isEmpty()) {
        problems.add(new RuleProblem(rule.ruleId(), rule.columnId(), RuleProblem.Kind.UNKNOWN_TYPE,
            "no rule type " + rule.ruleType() + " is installed"));
        continue;
      }
      RuleContext context = new RuleContext() {
        @Override
        public List<TableColumn> columns() {
          return columnList;
        }

        @Override
        public Optional<String> columnOfVariable(String variableId) {
          return Optional.ofNullable(columnOfVariable.get(variableId));
        }

        @Override
        public ForeignTables foreignTables() {
          return foreignTables;
        }

        @Override
        public void problem(RuleProblem.Kind kind, String message) {
          problems.add(new RuleProblem(rule.ruleId(), rule.columnId(), kind, message));
        }
      };
      try {
        Forwarder forwarder = new Forwarder(rule);
        checks.add(new Prepared(rule, type.get().prepare(rule, context), forwarder));
      } catch (RuleFormatException e) {
        problems.add(new RuleProblem(rule.ruleId(), rule.columnId(), RuleProblem.Kind.MALFORMED, e.getMessage()));
      }
    }
    return new TableValidator(List.copyOf(checks), List.copyOf(problems));
  }

  /** The rules that are not checked, or not as meant. */
  public List<RuleProblem> problems() {
    return problems;
  }

  /** The rules that are checked. */
  public List<ColumnRule> rules() {
    return checks.stream().map(Prepared::rule).toList();
  }

  /** Checks one row ({@code cells}: column id to value, as stored) and reports its findings. */
  public void check(String rowKey, Map<String, IpldValue> cells, Consumer<Finding> findings) {
    for (Prepared prepared : checks) {
      prepared.forwarder().target = findings;
      prepared.check().check(rowKey, cells, prepared.forwarder());
    }
  }

  /** After the last row: what checks that compare rows still have to report. */
  public void finish(Consumer<Finding> findings) {
    for (Prepared prepared : checks) {
      prepared.forwarder().target = findings;
      prepared.check().finish(prepared.forwarder());
    }
  }
}

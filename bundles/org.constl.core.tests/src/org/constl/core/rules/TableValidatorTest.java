package org.constl.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constl.ipld.IpldValue;
import org.junit.jupiter.api.Test;

class TableValidatorTest {

  private static final List<TableColumn> COLUMNS = List.of(TableColumn.of("pluie", "v-pluie"),
      TableColumn.of("station", "v-station"), new TableColumn("jour", Optional.empty(), true));

  @Test
  void aFindingSaysWhichRuleFailedAndWhy() {
    ColumnRule max = variableRule("max", new Rule.Bounds(new Bound.Fixed(IpldValue.of(500)), BoundOperator.AT_MOST));
    List<Finding> findings = check(List.of(max), Map.of("pluie", IpldValue.of(612)));
    assertEquals(List.of(new Finding("r", "pluie", "max", "bornes", RuleSource.variable("v-pluie"),
        Finding.Kind.VIOLATION, "value 612 is above the upper bound 500 (rule bornes max of variable v-pluie)")),
        findings);
  }

  @Test
  void eachOperatorSaysHowTheValueMissedTheBound() {
    assertEquals("value 500 is not below the upper bound 500", reason(BoundOperator.LESS, 500));
    assertEquals("value 3 is below the lower bound 5", reason(BoundOperator.AT_LEAST, 3, 5));
    assertEquals("value 5 is not above the lower bound 5", reason(BoundOperator.GREATER, 5, 5));
    assertEquals("value \"beaucoup\" cannot be compared with the bound 500",
        reasonFor(BoundOperator.AT_MOST, IpldValue.of("beaucoup"), 500));
    assertEquals("list item 612 is above the upper bound 500",
        reasonFor(BoundOperator.LESS_OR_EQUAL, IpldValue.list(IpldValue.of(1), IpldValue.of(612)), 500));
  }

  @Test
  void rulesThatCannotWorkAsMeantAreReported() {
    List<ColumnRule> rules = List.of(
        tableRule("b1", new Rule.Bounds(new Bound.OtherColumn("absente"), BoundOperator.LESS)),
        tableRule("b2", new Rule.Bounds(new Bound.OtherVariable("v-absente"), BoundOperator.LESS)),
        tableRule("c1", new Rule.AllowedValues(new Choices.FromColumn("t-absent", "nom"))),
        tableRule("c2", new Rule.AllowedValues(new Choices.FromColumn("stations", "absente"))),
        tableRule("x", new Rule.Other("inconnue", IpldValue.MapValue.builder().build())));
    ForeignTables foreign = id -> id.equals("stations") ? Optional.of(table(List.of(TableColumn.of("nom", "v")),
        List.of(Map.of("nom", IpldValue.of("S1"))))) : Optional.empty();
    TableValidator validator = TableValidator.prepare(COLUMNS, rules, foreign, RuleTypes.builtIn());
    assertEquals(List.of(RuleProblem.Kind.MISSING_BOUND_COLUMN, RuleProblem.Kind.MISSING_BOUND_VARIABLE,
        RuleProblem.Kind.MISSING_CHOICES_TABLE, RuleProblem.Kind.MISSING_CHOICES_COLUMN, RuleProblem.Kind.UNKNOWN_TYPE),
        validator.problems().stream().map(RuleProblem::kind).toList());
    assertEquals(List.of("b1", "b2", "c1", "c2"), validator.rules().stream().map(ColumnRule::ruleId).toList());
    List<Finding> findings = new ArrayList<>();
    validator.check("r", Map.of("pluie", IpldValue.of(1), "station", IpldValue.of("S1")), findings::add);
    // Missing bounds never fail; a missing column of allowed values fails every value, as in ipa.
    assertEquals(List.of("c2"), findings.stream().map(Finding::ruleId).toList());
  }

  @Test
  void aPluginRuleTypeComparesRowsAndReportsWhenItHasSeenThemAll() {
    RuleTypes types = RuleTypes.builtIn().with(new NotDecreasingType());
    ColumnRule rule = new ColumnRule(new VariableRule("cumul", new Rule.Other("nonDécroissant",
        IpldValue.MapValue.builder().put("groupe", IpldValue.of("station")).build())), RuleSource.table("t"), "pluie");
    TableValidator validator = TableValidator.prepare(COLUMNS, List.of(rule), ForeignTables.NONE, types);
    List<Finding> findings = new ArrayList<>();
    long[] readings = {1, 4, 3, 5};
    for (int i = 0; i < readings.length; i++) {
      validator.check("r" + i, Map.of("pluie", IpldValue.of(readings[i]), "station", IpldValue.of("S1")),
          findings::add);
    }
    validator.check("autre", Map.of("pluie", IpldValue.of(0), "station", IpldValue.of("S2")), findings::add);
    assertTrue(findings.isEmpty());
    validator.finish(findings::add);
    assertEquals(List.of("r2"), findings.stream().map(Finding::rowKey).toList());
    assertEquals("3 is less than 4 before it (rule nonDécroissant cumul of table t)", findings.get(0).message());
  }

  @Test
  void aPluginWhoseDetailsDoNotFitIsReportedNotChecked() {
    RuleTypes types = RuleTypes.builtIn().with(new NotDecreasingType());
    ColumnRule rule = new ColumnRule(new VariableRule("cumul", new Rule.Other("nonDécroissant",
        IpldValue.MapValue.builder().build())), RuleSource.table("t"), "pluie");
    TableValidator validator = TableValidator.prepare(COLUMNS, List.of(rule), ForeignTables.NONE, types);
    assertEquals(List.of(new RuleProblem("cumul", "pluie", RuleProblem.Kind.MALFORMED, "détails.groupe is missing")),
        validator.problems());
    assertTrue(validator.rules().isEmpty());
  }

  @Test
  void aRuleTypeIdCanBeInstalledOnce() {
    assertThrows(IllegalArgumentException.class, () -> RuleTypes.builtIn().with(new NotDecreasingType())
        .with(new NotDecreasingType()));
    assertEquals(List.of("existe", "catégorie", "bornes", "valeurCatégorique"),
        RuleTypes.builtIn().all().stream().map(RuleType::id).toList());
  }

  /** A rule comparing rows: a column must not decrease within a group of rows, in row order. */
  private static final class NotDecreasingType implements RuleType {
    @Override
    public String id() {
      return "nonDécroissant";
    }

    @Override
    public String label() {
      return "Never decreases";
    }

    @Override
    public List<RuleParameter> parameters() {
      return List.of(RuleParameter.of("groupe", "Group by column", RuleParameter.Kind.COLUMN));
    }

    @Override
    public RuleCheck prepare(ColumnRule rule, RuleContext context) {
      IpldValue.MapValue details = ((Rule.Other) rule.rule().rule()).details();
      if (!details.has("groupe")) {
        throw new RuleFormatException("détails.groupe is missing");
      }
      String group = details.get("groupe").asString();
      String column = rule.columnId();
      return new RuleCheck() {
        private final Map<IpldValue, Long> last = new HashMap<>();
        private final List<String[]> late = new ArrayList<>();

        @Override
        public void check(String rowKey, Map<String, IpldValue> cells, Sink sink) {
          long value = cells.get(column).asLong();
          Long before = last.put(cells.get(group), value);
          if (before != null && value < before) {
            late.add(new String[] {rowKey, value + " is less than " + before + " before it"});
          }
        }

        @Override
        public void finish(Sink sink) {
          late.forEach(l -> sink.violation(l[0], l[1]));
        }
      };
    }
  }

  private static String reason(BoundOperator op, int value) {
    return reason(op, value, value);
  }

  private static String reason(BoundOperator op, int value, int bound) {
    return reasonFor(op, IpldValue.of(value), bound);
  }

  private static String reasonFor(BoundOperator op, IpldValue value, int bound) {
    ColumnRule rule = variableRule("b", new Rule.Bounds(new Bound.Fixed(IpldValue.of(bound)), op));
    List<Finding> findings = check(List.of(rule), Map.of("pluie", value));
    assertEquals(1, findings.size());
    String message = findings.get(0).message();
    return message.substring(0, message.indexOf(" (rule "));
  }

  private static List<Finding> check(List<ColumnRule> rules, Map<String, IpldValue> cells) {
    TableValidator validator = TableValidator.prepare(COLUMNS, rules, ForeignTables.NONE, RuleTypes.builtIn());
    assertEquals(List.of(), validator.problems());
    List<Finding> findings = new ArrayList<>();
    validator.check("r", cells, findings::add);
    validator.finish(findings::add);
    return findings;
  }

  private static ColumnRule variableRule(String id, Rule rule) {
    return new ColumnRule(new VariableRule(id, rule), RuleSource.variable("v-pluie"), "pluie");
  }

  private static ColumnRule tableRule(String id, Rule rule) {
    return new ColumnRule(new VariableRule(id, rule), RuleSource.table("t"), "pluie");
  }

  private static ForeignTables.Table table(List<TableColumn> columns, List<Map<String, IpldValue>> rows) {
    return new ForeignTables.Table() {
      @Override
      public List<TableColumn> columns() {
        return columns;
      }

      @Override
      public Iterable<Map<String, IpldValue>> rows() {
        return rows;
      }
    };
  }
}

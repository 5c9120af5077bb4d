package org.constl.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.constl.ipld.IpldJson;
import org.constl.ipld.IpldValue;
import org.constl.ipld.IpldValue.MapValue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The validator against @constl/ipa 1.6.16 itself: the findings ipa's rule functions give on the
 * vectors of interop/vectors/constellation-rules.mjs.
 */
class IpaRuleVectorsTest {

  private static final String IMPLIED = "*catégorie*";

  @TestFactory
  Stream<DynamicTest> categoriesDecideAsIpa() {
    return Vectors.load("constellation-categories.tsv").stream().map(v -> DynamicTest.dynamicTest(
        v[0] + " " + v[1] + " " + v[2], () -> {
          VariableCategory category = new VariableCategory(VariableCategory.Shape.fromStored(v[1]).orElseThrow(),
              BaseCategory.fromStored(v[0]).orElseThrow());
          ColumnRule rule = new ColumnRule(new VariableRule("r", new Rule.Category(category)),
              RuleSource.variable("v"), "c");
          List<Finding> findings = check(List.of(TableColumn.of("c", "v")), List.of(rule), ForeignTables.NONE,
              "l", Map.of("c", IpldJson.parse(v[2])));
          String outcome = findings.isEmpty() ? "valid"
              : findings.get(0).kind() == Finding.Kind.VIOLATION ? "invalid" : "throws";
          assertEquals(v[3], outcome, () -> findings.toString());
        }));
  }

  @TestFactory
  Stream<DynamicTest> rulesDecideAsIpa() {
    return Vectors.load("constellation-rules.tsv").stream().map(v -> DynamicTest.dynamicTest(v[0], () -> {
      IpldValue stored = IpldJson.parse(v[1]);
      MapValue context = IpldJson.parse(v[2]).asMap();
      List<IpldValue> rows = IpldJson.parse(v[3]).asList();
      IpldValue expected = IpldJson.parse(v[4]);
      ColumnRule rule;
      try {
        rule = RuleFormat.readColumnRule(stored);
      } catch (RuleFormatException e) {
        // Refused when ipa cannot use the rule either: it cannot build it, or throws on every row.
        assertTrue(isRejected(expected) || expected.asMap().entries().values().stream()
            .allMatch(o -> o.asString().equals("throws")), () -> "refused " + e.getMessage() + ", ipa: " + v[4]);
        return;
      }
      assertEquals(IpldJson.print(stored), IpldJson.print(RuleFormat.writeColumnRule(rule)), "written back as read");
      List<TableColumn> columns = columnsOf(context, rule.columnId());
      TableValidator validator = TableValidator.prepare(columns, List.of(rule), foreignTables(context),
          RuleTypes.builtIn());
      if (isRejected(expected)) {
        assertTrue(validator.rules().isEmpty(), "ipa cannot build this rule");
        assertFalse(validator.problems().isEmpty());
        return;
      }
      Map<String, String> outcomes = new LinkedHashMap<>();
      for (IpldValue row : rows) {
        String id = row.asMap().get("id").asString();
        List<Finding> findings = new ArrayList<>();
        validator.check(id, row.asMap().get("données").asMap().entries(), findings::add);
        outcomes.put(id, findings.isEmpty() ? "ok"
            : findings.get(0).kind() == Finding.Kind.VIOLATION ? "fail" : "throws");
      }
      Map<String, String> ipa = new LinkedHashMap<>();
      expected.asMap().entries().forEach((id, o) -> ipa.put(id, o.asString()));
      assertEquals(sorted(ipa), sorted(outcomes));
    }));
  }

  @TestFactory
  Stream<DynamicTest> tablesGiveTheFindingsOfIpa() {
    return Vectors.load("constellation-tables.tsv").stream().map(v -> DynamicTest.dynamicTest(v[0], () -> {
      MapValue input = IpldJson.parse(v[1]).asMap();
      List<TableColumn> columns = input.get("colonnes").asList().stream().map(RuleFormat::readColumn).toList();
      Map<String, VariableRules> variables = new LinkedHashMap<>();
      input.get("variables").asMap().entries().forEach((id, variable) -> {
        MapValue map = variable.asMap();
        Optional<VariableCategory> category = map.has("catégorie")
            ? Optional.of(RuleFormat.readCategory(map.get("catégorie"))) : Optional.empty();
        List<VariableRule> rules = map.get("règles").asMap().entries().entrySet().stream()
            .map(e -> RuleFormat.readVariableRule(e.getKey(), e.getValue())).toList();
        variables.put(id, new VariableRules(category, rules));
      });
      List<ColumnRule> tableRules = input.get("règles").asMap().entries().values().stream()
          .map(RuleFormat::readColumnRule).toList();
      TableValidator validator = TableValidator.prepare(columns, TableRules.assemble(columns, tableRules, variables),
          foreignTables(input), RuleTypes.builtIn());
      List<List<String>> findings = new ArrayList<>();
      for (IpldValue row : input.get("données").asList()) {
        String id = row.asMap().get("id").asString();
        validator.check(id, row.asMap().get("données").asMap().entries(), f -> findings.add(List.of(f.rowKey(),
            f.columnId(), f.ruleId().equals(TableRules.impliedCategoryRuleId(f.source().id())) ? IMPLIED : f.ruleId(),
            f.ruleType(), f.source().kind().stored(), f.kind() == Finding.Kind.VIOLATION ? "fail" : "throws")));
      }
      findings.sort(Comparator.comparing(f -> String.join("\u0000", f)));
      List<List<String>> ipa = IpldJson.parse(v[2]).asList().stream()
          .map(f -> f.asList().stream().map(IpldValue::asString).toList()).toList();
      assertEquals(ipa, findings);
    }));
  }

  private static boolean isRejected(IpldValue expected) {
    return expected instanceof IpldValue.StringValue s && s.value().equals("rejected");
  }

  /** The rule's column and each column that holds a variable, as varsÀColonnes maps them. */
  private static List<TableColumn> columnsOf(MapValue context, String ruleColumn) {
    List<TableColumn> columns = new ArrayList<>();
    columns.add(new TableColumn(ruleColumn, Optional.empty(), false));
    if (context.has("varsÀColonnes")) {
      context.get("varsÀColonnes").asMap().entries()
          .forEach((variable, column) -> columns.add(TableColumn.of(column.asString(), variable)));
    }
    return columns;
  }

  /** {@code tableaux: {id: rows}}; a table's columns are the keys its rows use. */
  private static ForeignTables foreignTables(MapValue holder) {
    if (!holder.has("tableaux")) {
      return ForeignTables.NONE;
    }
    Map<String, ForeignTables.Table> tables = new LinkedHashMap<>();
    holder.get("tableaux").asMap().entries().forEach((id, rows) -> {
      List<Map<String, IpldValue>> cells = rows.asList().stream().map(r -> r.asMap().get("données").asMap().entries())
          .toList();
      Set<String> keys = new LinkedHashSet<>();
      cells.forEach(c -> keys.addAll(c.keySet()));
      List<TableColumn> columns = keys.stream().map(k -> new TableColumn(k, Optional.empty(), false)).toList();
      tables.put(id, new ForeignTables.Table() {
        @Override
        public List<TableColumn> columns() {
          return columns;
        }

        @Override
        public Iterable<Map<String, IpldValue>> rows() {
          return cells;
        }
      });
    });
    return id -> Optional.ofNullable(tables.get(id));
  }

  private static List<Finding> check(List<TableColumn> columns, List<ColumnRule> rules, ForeignTables foreign,
      String rowKey, Map<String, IpldValue> cells) {
    TableValidator validator = TableValidator.prepare(columns, rules, foreign, RuleTypes.builtIn());
    if (!validator.problems().isEmpty()) {
      fail("unexpected problems " + validator.problems());
    }
    List<Finding> findings = new ArrayList<>();
    validator.check(rowKey, cells, findings::add);
    return findings;
  }

  private static Map<String, String> sorted(Map<String, String> map) {
    return new TreeMap<>(map);
  }
}

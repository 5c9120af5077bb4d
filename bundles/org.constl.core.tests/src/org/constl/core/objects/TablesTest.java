package org.constl.core.objects;

import static org.constl.core.objects.States.next;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.Bound;
import org.constl.core.rules.BoundOperator;
import org.constl.core.rules.Choices;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.ForeignTables;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleFormat;
import org.constl.core.rules.RuleSource;
import org.constl.core.rules.RuleTypes;
import org.constl.core.rules.TableColumn;
import org.constl.core.rules.TableRules;
import org.constl.core.rules.TableValidator;
import org.constl.core.rules.VariableCategory;
import org.constl.core.rules.VariableRule;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.OrbitDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables: layout, columns, index columns, rules and rows, in a real store. */
class TablesTest {

  @TempDir
  Path folder;

  @Test
  void aTableHasIpasLayoutUnderItsDatabasesController() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      String database = node.databases().create("ODbl-1_0", Optional.empty());
      String table = node.databases().addTable(database, Optional.of("t"));
      OrbitDb orbitDb = node.orbitDb;
      Map<String, IpldValue> root = Layouts.keyValues(orbitDb, table);
      assertEquals(IpldValue.of("tableau"), root.get("type"));
      String controller = Layouts.controller(orbitDb, database).address();
      assertEquals(controller, Layouts.controller(orbitDb, table).address());
      for (String part : List.of("noms", "données", "colonnes", "règles")) {
        assertEquals("keyvalue", Layouts.type(orbitDb, Layouts.string(root, part)), part);
        assertEquals(controller, Layouts.controller(orbitDb, Layouts.string(root, part)).address(), part);
      }
      assertEquals(Layouts.string(root, "données"), node.tables().get(table).rowsAddress());
      assertEquals(List.of("type", "noms", "données", "colonnes", "règles"), List.copyOf(root.keySet()));
    }
  }

  @Test
  void columnsIndexColumnsAndRulesAreStoredAsIpaStoresThem() throws Exception {
    TestNode node = TestNode.create(folder);
    String variable = node.variables().create(VariableCategory.simple(BaseCategory.NUMBER));
    String database = node.databases().create("ODbl-1_0", Optional.empty());
    String table = node.databases().addTable(database, Optional.of("t"));
    Tables tables = node.tables();
    String site = tables.addColumn(table, Optional.empty(), Optional.of("site"));
    String flow = tables.addColumn(table, Optional.of(variable), Optional.empty());
    assertTrue(flow.matches("[0-9a-f-]{36}"), flow);
    tables.setIndex(table, site, true);
    tables.setIndex(table, site, true);
    String rule = tables.addRule(table, flow, new Rule.Bounds(new Bound.Fixed(IpldValue.of(0)), BoundOperator.fromStored(">=").orElseThrow()));
    tables.setName(table, "fr", "Débits");
    assertThrows(InvalidRequestException.class, () -> tables.setIndex(table, "nothing", true));

    try (TestNode again = node.reopen()) {
      TableInfo info = again.tables().get(table);
      assertEquals(List.of(new TableColumn(flow, Optional.of(variable), false), new TableColumn("site", Optional.empty(), true)),
          info.columns(), "as ipa lists them: by latest write, so the column made an index comes last");
      assertEquals(List.of("site"), info.indexColumns());
      assertEquals(Map.of("fr", "Débits"), info.names());
      Map<String, IpldValue> columns = Layouts.keyValues(again.orbitDb, Layouts.string(Layouts.keyValues(again.orbitDb, table), "colonnes"));
      assertEquals(IpldValue.map(Map.of("id", IpldValue.of("site"), "index", IpldValue.of(true))), columns.get("site"));
      assertEquals(IpldValue.map(Map.of("id", IpldValue.of(flow), "variable", IpldValue.of(variable))), columns.get(flow));
      ColumnRule stored = info.rules().get(0);
      assertEquals(new ColumnRule(stored.rule(), RuleSource.table(table), flow), stored);
      assertEquals(rule, stored.ruleId());
      Map<String, IpldValue> rules = Layouts.keyValues(again.orbitDb, Layouts.string(Layouts.keyValues(again.orbitDb, table), "règles"));
      assertEquals(RuleFormat.writeColumnRule(stored), rules.get(rule));

      again.tables().setIndex(table, site, false);
      assertEquals(IpldValue.map(Map.of("id", IpldValue.of("site"), "index", IpldValue.of(false))),
          Layouts.keyValues(again.orbitDb, Layouts.string(Layouts.keyValues(again.orbitDb, table), "colonnes")).get("site"),
          "as ipa, an index column unset keeps index: false");
      again.tables().removeRule(table, rule);
      again.tables().removeColumn(table, site);
      assertEquals(List.of(flow), again.tables().get(table).columns().stream().map(TableColumn::id).toList());
      assertEquals(List.of(), again.tables().get(table).rules());
    }
  }

  @Test
  void aRuleIsReplacedUnderItsIdAndAColumnChangesVariableKeepingItsIndex() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      String first = node.variables().create(VariableCategory.simple(BaseCategory.TEXT));
      String second = node.variables().create(VariableCategory.simple(BaseCategory.NUMBER));
      String database = node.databases().create("ODbl-1_0", Optional.empty());
      String table = node.databases().addTable(database, Optional.empty());
      Tables tables = node.tables();
      tables.addColumn(table, Optional.of(first), Optional.of("site"));
      tables.addColumn(table, Optional.empty(), Optional.of("valeur"));
      tables.setIndex(table, "site", true);

      tables.setColumnVariable(table, "site", Optional.of(second));
      Map<String, IpldValue> columns = Layouts.keyValues(node.orbitDb,
          Layouts.string(Layouts.keyValues(node.orbitDb, table), "colonnes"));
      assertEquals(IpldValue.map(Map.of("id", IpldValue.of("site"), "variable", IpldValue.of(second),
          "index", IpldValue.of(true))), columns.get("site"));
      tables.setColumnVariable(table, "site", Optional.empty());
      assertEquals(new TableColumn("site", Optional.empty(), true),
          tables.get(table).columns().stream().filter(c -> c.id().equals("site")).findFirst().orElseThrow());
      assertThrows(InvalidRequestException.class, () -> tables.setColumnVariable(table, "nothing", Optional.of(first)));

      String rule = tables.addRule(table, "site", new Rule.Exists());
      String kept = tables.addRule(table, "site", new Rule.Exists());
      Rule bounds = new Rule.Bounds(new Bound.Fixed(IpldValue.of(0)), BoundOperator.fromStored(">").orElseThrow());
      tables.replaceRule(table, rule, "valeur", bounds);
      Map<String, ColumnRule> byId = new LinkedHashMap<>();
      tables.get(table).rules().forEach(r -> byId.put(r.ruleId(), r));
      assertEquals(Map.of(rule, new ColumnRule(new VariableRule(rule, bounds), RuleSource.table(table), "valeur"),
          kept, new ColumnRule(new VariableRule(kept, new Rule.Exists()), RuleSource.table(table), "site")), byId);
      assertThrows(InvalidRequestException.class, () -> tables.replaceRule(table, "no-such-rule", "site", bounds));
    }
  }

  @Test
  void theDefinitionFollowsColumnsRulesVariablesAndTheTableRulesTakeValuesFrom() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      Tables tables = node.tables();
      String database = node.databases().create("ODbl-1_0", Optional.empty());
      String stations = node.databases().addTable(database, Optional.of("stations"));
      tables.addColumn(stations, Optional.empty(), Optional.of("nom"));
      tables.addColumn(stations, Optional.empty(), Optional.of("région"));
      tables.addRows(stations, List.of(Map.of("nom", IpldValue.of("A"), "région", IpldValue.of("x")),
          Map.of("nom", IpldValue.of("B"))));
      String variable = node.variables().create(VariableCategory.simple(BaseCategory.TEXT));
      node.variables().setName(variable, "fr", "Station");
      String readings = node.databases().addTable(database, Optional.of("mesures"));
      tables.addColumn(readings, Optional.of(variable), Optional.of("station"));
      String allowed = tables.addRule(readings, "station", new Rule.AllowedValues(new Choices.FromColumn(stations, "nom")));

      TableDefinition definition = tables.definition(readings);
      assertEquals(List.of(TableColumn.of("station", variable)), definition.columns());
      assertEquals(Map.of(variable, Map.of("fr", "Station")), definition.variableNames());
      assertEquals(tables.rules(readings), definition.rules());
      assertEquals(List.of(allowed, TableRules.impliedCategoryRuleId(variable)),
          definition.rules().stream().map(ColumnRule::ruleId).toList());
      ForeignTables.Table foreign = definition.foreignTables().table(stations).orElseThrow();
      assertEquals(tables.get(stations).columns(), foreign.columns());
      assertEquals(List.of(Map.of("nom", IpldValue.of("A")), Map.of("nom", IpldValue.of("B"))), foreign.rows(),
          "only the column the rule takes values from");
      assertEquals(List.of("Z"), violations(definition, "A", "Z"));

      BlockingQueue<TableDefinition> states = new LinkedBlockingQueue<>();
      try (Subscription subscription = tables.subscribeDefinition(readings, states::add)) {
        assertEquals(definition, next(states, state -> true), "the current definition comes first");

        tables.addRows(stations, List.of(Map.of("nom", IpldValue.of("Z"))));
        TableDefinition more = next(states, d -> d.foreignTables().tables().get(stations).rows().size() == 3);
        assertEquals(List.of(), violations(more, "A", "Z"), "a value added to the other table is allowed at once");

        node.variables().setName(variable, "fr", "Poste");
        next(states, d -> d.variableNames().get(variable).equals(Map.of("fr", "Poste")));

        String required = tables.addRule(readings, "station", new Rule.Exists());
        next(states, d -> d.rules().stream().anyMatch(r -> r.ruleId().equals(required)));

        node.variables().setCategory(variable, VariableCategory.list(BaseCategory.TEXT));
        next(states, d -> d.rules().contains(new ColumnRule(new VariableRule(TableRules.impliedCategoryRuleId(variable),
            new Rule.Category(VariableCategory.list(BaseCategory.TEXT))), RuleSource.variable(variable), "station")));

        tables.addColumn(readings, Optional.empty(), Optional.of("pluie"));
        next(states, d -> d.columns().size() == 2);
      }
    }
  }

  /** Of these values in the column "station", those the definition's rules find wrong. */
  private static List<String> violations(TableDefinition definition, String... values) {
    TableValidator validator = TableValidator.prepare(definition.columns(), definition.rules(),
        definition.foreignTables(), RuleTypes.builtIn());
    List<String> wrong = new ArrayList<>();
    for (String value : values) {
      validator.check(value, Map.of("station", IpldValue.of(value)), finding -> wrong.add(finding.rowKey()));
    }
    return wrong;
  }

  @Test
  void theRulesOfATableIncludeItsVariablesCategoryAndRules() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      String variable = node.variables().create(VariableCategory.simple(BaseCategory.NUMBER));
      String variableRule = node.variables().addRule(variable, new Rule.Exists());
      String database = node.databases().create("ODbl-1_0", Optional.empty());
      String table = node.databases().addTable(database, Optional.empty());
      String column = node.tables().addColumn(table, Optional.of(variable), Optional.of("c"));
      String tableRule = node.tables().addRule(table, column, new Rule.Exists());
      List<ColumnRule> rules = node.tables().rules(table);
      assertEquals(List.of(tableRule, TableRules.impliedCategoryRuleId(variable), variableRule),
          rules.stream().map(ColumnRule::ruleId).toList());
      assertEquals(new Rule.Category(VariableCategory.simple(BaseCategory.NUMBER)), rules.get(1).rule().rule());
      assertEquals(RuleSource.variable(variable), rules.get(2).source());
    }
  }

  @Test
  void rowsOfATableWithoutIndexGetUuidsAndWithIndexColumnsTheSameKeyForTheSameIndexValues() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      String database = node.databases().create("ODbl-1_0", Optional.empty());
      String table = node.databases().addTable(database, Optional.empty());
      Tables tables = node.tables();
      tables.addColumn(table, Optional.empty(), Optional.of("site"));
      tables.addColumn(table, Optional.empty(), Optional.of("valeur"));
      List<String> free = tables.addRows(table, List.of(Map.of("site", IpldValue.of("A")), Map.of("site", IpldValue.of("A"))));
      free.forEach(key -> assertTrue(key.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), key));
      assertEquals(2, tables.rows(table).size());

      tables.setIndex(table, "site", true);
      Map<String, IpldValue> first = new LinkedHashMap<>();
      first.put("site", IpldValue.of("B"));
      first.put("valeur", IpldValue.of(1));
      Map<String, IpldValue> second = new LinkedHashMap<>();
      second.put("valeur", IpldValue.of(2));
      second.put("site", IpldValue.of("B"));
      List<String> keys = tables.addRows(table, List.of(first));
      assertEquals(keys, tables.addRows(table, List.of(second)));
      assertEquals(RowKeys.of(second, List.of("site")), keys.get(0));
      assertEquals(3, tables.rows(table).size(), "the second row replaced the first");
      assertEquals(Map.of("valeur", IpldValue.of(2), "site", IpldValue.of("B")), tables.rows(table).get(keys.get(0)));
    }
  }
}

package org.constl.core.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.Bound;
import org.constl.core.rules.BoundOperator;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleFormat;
import org.constl.core.rules.RuleSource;
import org.constl.core.rules.TableColumn;
import org.constl.core.rules.TableRules;
import org.constl.core.rules.VariableCategory;
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

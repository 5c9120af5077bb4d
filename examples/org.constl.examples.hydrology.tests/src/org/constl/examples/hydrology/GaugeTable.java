package org.constl.examples.hydrology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.Finding;
import org.constl.core.rules.ForeignTables;
import org.constl.core.rules.RuleTypes;
import org.constl.core.rules.TableColumn;
import org.constl.core.rules.TableValidator;
import org.constl.ipld.IpldValue;

/**
 * The readings of two gauges over two days (resources/gauges.csv), as rows of a Constellation
 * table: an empty field is a missing cell, a number a number, anything else text.
 */
final class GaugeTable {

  static final List<TableColumn> COLUMNS = List.of(new TableColumn("station", Optional.empty(), true),
      new TableColumn("time", Optional.empty(), true), TableColumn.of("gauge_mm", "v-gauge"),
      TableColumn.of("rain_mm", "v-rain"));

  /** Row key to cells, in the file's order. */
  static Map<String, Map<String, IpldValue>> rows() throws IOException {
    Map<String, Map<String, IpldValue>> rows = new LinkedHashMap<>();
    try (InputStream in = GaugeTable.class.getResourceAsStream("/gauges.csv")) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String[] header = reader.readLine().split(",", -1);
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] fields = line.split(",", -1);
        Map<String, IpldValue> cells = new LinkedHashMap<>();
        for (int i = 1; i < header.length; i++) {
          if (!fields[i].isEmpty()) {
            cells.put(header[i], cell(fields[i]));
          }
        }
        rows.put(fields[0], cells);
      }
    }
    return rows;
  }

  private static IpldValue cell(String field) {
    try {
      return IpldValue.of(Double.parseDouble(field));
    } catch (NumberFormatException e) {
      return IpldValue.of(field);
    }
  }

  /** Validates the rows in a shuffled order (a table's order is whatever the store gives). */
  static List<Finding> validate(List<ColumnRule> rules, Map<String, Map<String, IpldValue>> rows, long seed) {
    TableValidator validator = TableValidator.prepare(COLUMNS, rules, ForeignTables.NONE, types());
    if (!validator.problems().isEmpty()) {
      throw new AssertionError("rules not checked: " + validator.problems());
    }
    List<String> order = new ArrayList<>(rows.keySet());
    Collections.shuffle(order, new Random(seed));
    List<Finding> findings = new ArrayList<>();
    Consumer<Finding> sink = findings::add;
    order.forEach(key -> validator.check(key, rows.get(key), sink));
    validator.finish(sink);
    return findings;
  }

  static RuleTypes types() {
    return RuleTypes.builtIn().with(new RainfallRuleType()).with(new CumulativeGaugeRuleType());
  }

  private GaugeTable() {
  }
}

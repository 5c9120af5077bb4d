package org.constl.examples.hydrology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.Finding;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleSource;
import org.constl.core.rules.VariableRule;
import org.constl.ipld.IpldValue;
import org.junit.jupiter.api.Test;

class RainfallRuleTypeTest {

  private static final ColumnRule RAINFALL = new ColumnRule(new VariableRule("pluie-0-500",
      new Rule.Other(RainfallRuleType.ID, IpldValue.MapValue.builder().build())), RuleSource.variable("v-rain"),
      "rain_mm");

  @Test
  void negativeAndImplausibleRainfallAreViolationsAndTextCannotBeChecked() throws Exception {
    List<Finding> findings = GaugeTable.validate(List.of(RAINFALL), GaugeTable.rows(), 7);
    assertEquals(List.of(
        "r04 VIOLATION rainfall -2.5 mm is below 0 mm (rule hydrology.rainfallMm pluie-0-500 of variable v-rain)",
        "r11 VIOLATION rainfall 612 mm is above 500 mm (rule hydrology.rainfallMm pluie-0-500 of variable v-rain)",
        "r13 UNCHECKABLE rainfall must be a number of mm, not a string (rule hydrology.rainfallMm pluie-0-500 of variable v-rain)"),
        findings.stream().map(f -> f.rowKey() + " " + f.kind() + " " + f.message()).sorted().toList());
    assertEquals(List.of("rain_mm"), findings.stream().map(Finding::columnId).distinct().toList());
  }

  @Test
  void theLimitsThemselvesAreValidAndAnEmptyCellIsNotChecked() {
    Map<String, Map<String, IpldValue>> rows = Map.of("zero", Map.of("rain_mm", IpldValue.of(0)),
        "max", Map.of("rain_mm", IpldValue.of(500.0)), "empty", Map.of(),
        "null", Map.of("rain_mm", IpldValue.NULL), "just-above", Map.of("rain_mm", IpldValue.of(500.1)));
    List<Finding> findings = GaugeTable.validate(List.of(RAINFALL), rows, 1);
    assertEquals(List.of("just-above"), findings.stream().map(Finding::rowKey).toList());
  }
}

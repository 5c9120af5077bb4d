package org.constl.examples.hydrology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.Finding;
import org.constl.core.rules.ForeignTables;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleProblem;
import org.constl.core.rules.RuleSource;
import org.constl.core.rules.TableValidator;
import org.constl.core.rules.VariableRule;
import org.constl.ipld.IpldValue;
import org.junit.jupiter.api.Test;

class CumulativeGaugeRuleTypeTest {

  private static ColumnRule gaugeRule(Map<String, String> details) {
    IpldValue.MapValue.Builder builder = IpldValue.MapValue.builder();
    details.forEach((key, value) -> builder.put(key, IpldValue.of(value)));
    return new ColumnRule(new VariableRule("cumul", new Rule.Other(CumulativeGaugeRuleType.ID, builder.build())),
        RuleSource.table("relevés"), "gauge_mm");
  }

  private static final ColumnRule GAUGE = gaugeRule(Map.of("station", "station", "time", "time",
      "reading", "gauge_mm"));

  @Test
  void aReadingBelowAnEarlierOneOfTheSameDayAndStationIsAViolation() throws Exception {
    List<Finding> findings = GaugeTable.validate(List.of(GAUGE), GaugeTable.rows(), 42);
    assertEquals(List.of("r04 gauge_mm gauge reading 9.1 at 2024-05-01T18:00:00Z is below 11.6 read earlier that"
        + " day at 2024-05-01T12:00:00Z (station GA-01) (rule hydrology.cumulativeGauge cumul of table relevés)"),
        findings.stream().map(f -> f.rowKey() + " " + f.columnId() + " " + f.message()).toList());
  }

  @Test
  void theFindingsDoNotDependOnTheOrderOfTheRows() throws Exception {
    Map<String, Map<String, IpldValue>> rows = GaugeTable.rows();
    for (long seed = 0; seed < 20; seed++) {
      assertEquals(List.of("r04"), GaugeTable.validate(List.of(GAUGE), rows, seed).stream()
          .map(Finding::rowKey).toList(), "seed " + seed);
    }
  }

  @Test
  void laterReadingsAreComparedWithTheHighestSoFarNotOnlyTheLastOne() {
    Map<String, Map<String, IpldValue>> rows = new LinkedHashMap<>();
    rows.put("a", reading("S", "2024-06-01T01:00:00Z", 10));
    rows.put("b", reading("S", "2024-06-01T02:00:00Z", 20));
    rows.put("c", reading("S", "2024-06-01T03:00:00Z", 15));
    rows.put("d", reading("S", "2024-06-01T04:00:00Z", 17));
    rows.put("e", reading("S", "2024-06-01T05:00:00Z", 20));
    assertEquals(List.of("c", "d"), GaugeTable.validate(List.of(GAUGE), rows, 3).stream()
        .map(Finding::rowKey).sorted().toList());
  }

  @Test
  void timesMayBeMillisecondsDateTextsOrDatesWithTheirSystem() {
    Map<String, Map<String, IpldValue>> rows = new LinkedHashMap<>();
    // 2024-06-01T01:00:00Z as milliseconds, then local text (UTC), then {système, val}.
    rows.put("ms", reading("S", IpldValue.of(1_717_203_600_000L), 5));
    rows.put("text", reading("S", IpldValue.of("2024-06-01T02:00"), 4));
    rows.put("system", reading("S", IpldValue.map(Map.of("système", IpldValue.of("dateJS"),
        "val", IpldValue.of("2024-06-01T03:00:00+00:00"))), 3));
    rows.put("bad", reading("S", IpldValue.of("hier"), 9));
    List<Finding> findings = GaugeTable.validate(List.of(GAUGE), rows, 5);
    assertEquals(List.of("bad UNCHECKABLE", "system VIOLATION", "text VIOLATION"), findings.stream()
        .map(f -> f.rowKey() + " " + f.kind()).sorted().toList());
    assertTrue(findings.stream().anyMatch(f -> f.message().startsWith("the time \"hier\" is not an ISO-8601 date")));
  }

  @Test
  void aRuleWithoutItsColumnsIsReportedAndNotChecked() throws Exception {
    TableValidator validator = TableValidator.prepare(GaugeTable.COLUMNS,
        List.of(gaugeRule(Map.of("station", "station", "reading", "gauge_mm")),
            gaugeRule(Map.of("station", "poste", "time", "time", "reading", "gauge_mm"))),
        ForeignTables.NONE, GaugeTable.types());
    assertEquals(List.of(RuleProblem.Kind.MALFORMED, RuleProblem.Kind.MALFORMED),
        validator.problems().stream().map(RuleProblem::kind).toList());
    assertEquals(List.of("the time column of a hydrology.cumulativeGauge rule is missing or not a column id",
        "the station column poste is not a column of the table"),
        validator.problems().stream().map(RuleProblem::message).toList());
  }

  private static Map<String, IpldValue> reading(String station, String time, double value) {
    return reading(station, IpldValue.of(time), value);
  }

  private static Map<String, IpldValue> reading(String station, IpldValue time, double value) {
    return Map.of("station", IpldValue.of(station), "time", time, "gauge_mm", IpldValue.of(value));
  }
}

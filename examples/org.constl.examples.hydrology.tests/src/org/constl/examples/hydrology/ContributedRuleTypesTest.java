package org.constl.examples.hydrology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.Finding;
import org.constl.core.rules.ForeignTables;
import org.constl.core.rules.InstalledRuleTypes;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleParameter;
import org.constl.core.rules.RuleSource;
import org.constl.core.rules.RuleType;
import org.constl.core.rules.TableValidator;
import org.constl.core.rules.VariableRule;
import org.constl.ipld.IpldValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The plugin.xml's rule types reach the installed types through the validators extension point. */
class ContributedRuleTypesTest {

  private final BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
  private final ServiceTracker<InstalledRuleTypes, InstalledRuleTypes> tracker =
      new ServiceTracker<>(context, InstalledRuleTypes.class, null);

  @AfterEach
  void close() {
    tracker.close();
  }

  @Test
  void bothTypesAreInstalledWithTheLabelsAndParametersOfThePluginXml() throws Exception {
    InstalledRuleTypes installed = installed();
    RuleType rainfall = installed.current().find(RainfallRuleType.ID).orElseThrow();
    assertEquals("Rainfall in mm, 0 to 500", rainfall.label());
    assertEquals(List.of(), rainfall.parameters());
    RuleType gauge = installed.current().find(CumulativeGaugeRuleType.ID).orElseThrow();
    assertEquals(new CumulativeGaugeRuleType().parameters(), gauge.parameters());
    assertEquals(List.of(RuleParameter.Kind.COLUMN, RuleParameter.Kind.COLUMN, RuleParameter.Kind.COLUMN),
        gauge.parameters().stream().map(RuleParameter::kind).toList());
  }

  @Test
  void aValidatorPreparedWithTheInstalledTypesRunsTheContributedCheck() throws Exception {
    ColumnRule rule = new ColumnRule(new VariableRule("pluie", new Rule.Other(RainfallRuleType.ID,
        IpldValue.MapValue.builder().build())), RuleSource.variable("v-rain"), "rain_mm");
    TableValidator validator = TableValidator.prepare(GaugeTable.COLUMNS, List.of(rule), ForeignTables.NONE,
        installed().current());
    assertEquals(List.of(), validator.problems());
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<String, Map<String, IpldValue>> row : GaugeTable.rows().entrySet()) {
      validator.check(row.getKey(), row.getValue(), findings::add);
    }
    assertEquals(List.of("r04", "r11", "r13"), findings.stream().map(Finding::rowKey).toList());
  }

  private InstalledRuleTypes installed() throws InterruptedException {
    tracker.open();
    InstalledRuleTypes installed = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
    assertNotNull(installed, "no InstalledRuleTypes service");
    // The extension reader starts with its bundle; give DS the time to bring the types in.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (installed.current().find(CumulativeGaugeRuleType.ID).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return installed;
  }
}

package org.constl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constl.core.objects.Constellation;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.Bound;
import org.constl.core.rules.BoundOperator;
import org.constl.core.rules.Choices;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleCheck;
import org.constl.core.rules.RuleContext;
import org.constl.core.rules.RuleFormat;
import org.constl.core.rules.RuleParameter;
import org.constl.core.rules.RuleSource;
import org.constl.core.rules.RuleType;
import org.constl.core.rules.VariableCategory;
import org.constl.ipld.IpldValue;
import org.constl.ipld.IpldValue.MapValue;
import org.constl.testing.ui.Ui;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * A curator adds rules to a table's column from the navigator, with the rule wizard (a page per
 * type; a plug-in's type gets one built from its parameters), then removes one from the table's
 * rules. The table and its variable are made through the objects API
 * (the navigator's own test drives their wizards); what the rule editors write is read back
 * from the account.
 */
class RuleEditorTest {

  private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
  private final Display display = window.getShell().getDisplay();
  private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
  private final Constellation constellation = Services.find(Constellation.class);
  private final String rain = "Rain " + run;
  private final String database = "Rules " + run;
  private NavigatorBot navigator;
  private String variableId;
  private String databaseId;

  @BeforeEach
  void showTheNavigator() throws Exception {
    window.getShell().setBounds(0, 0, 1280, 800);
    navigator = new NavigatorBot(window.getActivePage());
    navigator.waitFor("Databases (");
  }

  @AfterEach
  void deleteTheTable() {
    if (databaseId != null) {
      constellation.databases().delete(databaseId);
    }
    if (variableId != null) {
      constellation.variables().delete(variableId);
    }
  }

  @Test
  void aCuratorAddsABoundsRuleToAColumnThenRemovesIt() throws Exception {
    String tableId = tableWithRainColumn();
    String columnId = constellation.tables().get(tableId).columns().get(0).id();

    DialogBot.Pending wizard = DialogBot.whenOpen(display, "Add Rule", dialog -> {
      assertFalse(dialog.button("Next").isEnabled(), "the column and type come first");
      dialog.choose(0, rain).choose(1, "Bounds").press("Next");
      assertFalse(dialog.button("Finish").isEnabled(), "a bound needs an operator and a number");
      dialog.choose(0, "≤").type(0, "five hundred");
      assertFalse(dialog.button("Finish").isEnabled(), "the bound is a number");
      dialog.type(0, "500");
      dialog.screenshot("wizard-add-rule-bounds").press("Finish");
    });
    navigator.select("Databases", database, "Readings").menu("Add Rule...");
    wizard.check();
    window.getActivePage().showView(IPageLayout.ID_PROP_SHEET);
    window.getActivePage().activate(navigator.view());
    navigator.select("Databases", database);
    navigator.select("Databases", database, "Readings");
    Ui.waitUntil(display, "the Properties view lists the table's rule",
        () -> ("Bounds on " + rain).equals(navigator.property("Rules")));

    ColumnRule added = tableRule(tableId, RuleFormat.BOUNDS);
    assertEquals(columnId, added.columnId());
    assertEquals(new Rule.Bounds(new Bound.Fixed(IpldValue.of(500)), BoundOperator.AT_MOST), added.rule().rule());

    DialogBot.Pending rules = DialogBot.whenOpen(display, "Rules of Readings", dialog -> {
      Table table = dialog.table();
      assertEquals(List.of(rain + "|Bounds|≤ 500|this table",
          rain + "|Category|Number (numérique)|variable " + rain),
          rows(table).stream().sorted().toList(), "the table's bound and the variable's category rule");
      select(table, "Category");
      assertFalse(dialog.button("Remove").isEnabled(), "a variable's rule is changed on the variable");
      select(table, "Bounds");
      dialog.screenshot("rules-of-table-before-remove").press("Remove");
      assertEquals(1, table.getItemCount(), rows(table).toString());
      dialog.screenshot("rules-of-table-after-remove").press("Close");
    });
    navigator.select("Databases", database, "Readings").menu("Rules...");
    rules.check();

    assertTrue(constellation.tables().rules(tableId).stream()
        .noneMatch(r -> r.source().kind() == RuleSource.Kind.TABLE),
        constellation.tables().rules(tableId).toString());
    navigator.select("Databases", database);
    navigator.select("Databases", database, "Readings");
    Ui.waitUntil(display, "the Properties view says the table has no rules of its own",
        () -> "(none of its own)".equals(navigator.property("Rules")));
    Ui.screenshot(window.getShell(), "rule-editors-after-remove");
  }

  @Test
  void aContributedRuleTypeGetsAPageBuiltFromItsParametersAndAllowedValuesAreListed() throws Exception {
    String tableId = tableWithRainColumn();
    RuleType digits = new RuleType() {
      @Override
      public String id() {
        return "chiffres-" + run;
      }

      @Override
      public String label() {
        return "Digits " + run;
      }

      @Override
      public List<RuleParameter> parameters() {
        return List.of(RuleParameter.choice("mode", "Mode", List.of("strict", "loose")),
            RuleParameter.of("max", "Most digits", RuleParameter.Kind.NUMBER));
      }

      @Override
      public RuleCheck prepare(ColumnRule rule, RuleContext context) {
        return (rowKey, cells, sink) -> {};
      }
    };
    BundleContext bundle = FrameworkUtil.getBundle(RuleEditorTest.class).getBundleContext();
    ServiceRegistration<RuleType> installed = bundle.registerService(RuleType.class, digits, null);
    try {
      DialogBot.Pending wizard = DialogBot.whenOpen(display, "Add Rule", dialog -> {
        dialog.choose(0, rain).choose(1, digits.label()).press("Next");
        dialog.choose(0, "loose").type(0, "many");
        assertFalse(dialog.button("Finish").isEnabled(), "the most digits is a number");
        dialog.type(0, "3").screenshot("wizard-add-rule-contributed").press("Finish");
      });
      navigator.select("Databases", database, "Readings").menu("Add Rule...");
      wizard.check();
    } finally {
      installed.unregister();
    }
    assertEquals(new Rule.Other(digits.id(),
        new MapValue(Map.of("mode", IpldValue.of("loose"), "max", IpldValue.of(3)))),
        tableRule(tableId, digits.id()).rule().rule());

    DialogBot.Pending wizard = DialogBot.whenOpen(display, "Add Rule", dialog -> {
      dialog.choose(0, rain).choose(1, "Allowed values").press("Next");
      assertFalse(dialog.button("Finish").isEnabled(), "no values listed yet");
      dialog.type(0, "dry, wet, 3").screenshot("wizard-add-rule-allowed-values").press("Finish");
    });
    navigator.select("Databases", database, "Readings").menu("Add Rule...");
    wizard.check();
    assertEquals(
        new Rule.AllowedValues(new Choices.Listed(List.of(IpldValue.of("dry"), IpldValue.of("wet"), IpldValue.of(3)))),
        tableRule(tableId, RuleFormat.ALLOWED_VALUES).rule().rule());
  }

  /** A new database with a table "Readings" of one column, the variable {@link #rain}; returns the table id. */
  private String tableWithRainColumn() {
    variableId = constellation.variables().create(VariableCategory.simple(BaseCategory.NUMBER));
    constellation.variables().setName(variableId, Names.language(), rain);
    databaseId = constellation.databases().create("CC-BY-4_0", Optional.empty());
    constellation.databases().setName(databaseId, Names.language(), database);
    String tableId = constellation.databases().addTable(databaseId, Optional.empty());
    constellation.tables().setName(tableId, Names.language(), "Readings");
    constellation.tables().addColumn(tableId, Optional.of(variableId), Optional.empty());
    navigator.waitFor("Variables", rain);
    navigator.waitFor("Databases", database, "Readings");
    return tableId;
  }

  private ColumnRule tableRule(String tableId, String type) {
    return constellation.tables().rules(tableId).stream()
        .filter(r -> r.source().kind() == RuleSource.Kind.TABLE && r.ruleType().equals(type)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " rule in " + constellation.tables().rules(tableId)));
  }

  /** Each row's cells, joined by "|". */
  private static List<String> rows(Table table) {
    return List.of(table.getItems()).stream().map(item -> {
      StringBuilder row = new StringBuilder(item.getText(0));
      for (int column = 1; column < table.getColumnCount(); column++) {
        row.append('|').append(item.getText(column));
      }
      return row.toString();
    }).toList();
  }

  /** Clicks the row of the rule of this type, as labelled. */
  private static void select(Table table, String type) {
    for (TableItem item : table.getItems()) {
      if (item.getText(1).equals(type)) {
        table.setSelection(item);
        Event event = new Event();
        event.item = item;
        table.notifyListeners(SWT.Selection, event);
        return;
      }
    }
    throw new AssertionError("no " + type + " rule listed");
  }
}

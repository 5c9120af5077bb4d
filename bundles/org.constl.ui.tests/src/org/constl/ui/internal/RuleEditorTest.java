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
import org.constl.core.rules.VariableRule;
import org.constl.ipld.IpldValue;
import org.constl.ipld.IpldValue.MapValue;
import org.constl.testing.ui.Ui;
import org.constl.ui.Names;
import org.eclipse.swt.widgets.Display;
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
 * type; a plug-in's type gets one built from its parameters), edits one on the same pages filled
 * in, removes one; then does the same with a variable's own rules. The tables and variables are
 * made through the objects API (the navigator's own test drives their wizards); what the rule
 * editors write is read back from the account.
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
      assertEquals(List.of(rain + "|Bounds|≤ 500|this table",
          rain + "|Category|Number (numérique)|variable " + rain),
          dialog.rows().stream().sorted().toList(), "the table's bound and the variable's category rule");
      dialog.selectRow(1, "Category");
      assertFalse(dialog.button("Remove").isEnabled(), "a variable's rule is changed on the variable");
      dialog.selectRow(1, "Bounds");
      dialog.screenshot("rules-of-table-before-remove").press("Remove");
      assertEquals(1, dialog.rows().size(), dialog.rows().toString());
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

  @Test
  void aCuratorEditsATableRuleOnItsOwnPageFilledIn() throws Exception {
    String tableId = tableWithRainColumn();
    String columnId = constellation.tables().get(tableId).columns().get(0).id();
    String ruleId = constellation.tables().addRule(tableId, columnId,
        new Rule.Bounds(new Bound.Fixed(IpldValue.of(500)), BoundOperator.AT_MOST));

    DialogBot.Pending rules = DialogBot.whenOpen(display, "Rules of Readings", dialog -> {
      dialog.selectRow(1, "Category");
      assertFalse(dialog.button("Edit").isEnabled(), "the category rule comes from the variable");
      dialog.selectRow(1, "Bounds");
      DialogBot.Pending edit = DialogBot.whenOpen(display, "Edit Rule", wizard -> {
        assertEquals("≤", wizard.chosen(0), "the wizard opens on the rule's own page, filled in");
        assertEquals("500", wizard.text(0));
        assertTrue(wizard.button("Finish").isEnabled(), "the rule as it is can be kept");
        wizard.choose(0, "<").type(0, "300").screenshot("wizard-edit-rule-bounds").press("Finish");
      });
      dialog.press("Edit");
      edit.check();
      assertTrue(dialog.rows().contains(rain + "|Bounds|< 300|this table"), dialog.rows().toString());
      dialog.screenshot("rules-of-table-after-edit").press("Close");
    });
    navigator.select("Databases", database, "Readings").menu("Rules...");
    rules.check();

    ColumnRule edited = tableRule(tableId, RuleFormat.BOUNDS);
    assertEquals(ruleId, edited.ruleId(), "an edited rule keeps its id");
    assertEquals(columnId, edited.columnId());
    assertEquals(new Rule.Bounds(new Bound.Fixed(IpldValue.of(300)), BoundOperator.LESS), edited.rule().rule());
    assertEquals(1, constellation.tables().get(tableId).rules().size());
  }

  @Test
  void aCuratorAddsEditsAndRemovesAVariablesOwnRuleFromTheNavigator() throws Exception {
    tableWithRainColumn();
    DialogBot.Pending add = DialogBot.whenOpen(display, "Add Rule", dialog -> {
      // A variable's rule has no column to choose: the type only.
      dialog.choose(0, "Bounds").press("Next");
      assertFalse(dialog.button("Another column").isEnabled(), "a variable has no table to take a column from");
      dialog.choose(0, "≥").type(0, "0").screenshot("wizard-add-variable-rule").press("Finish");
    });
    navigator.select("Variables", rain).menu("Add Rule...");
    add.check();
    List<VariableRule> added = constellation.variables().get(variableId).rules();
    assertEquals(1, added.size(), added.toString());
    assertEquals(new Rule.Bounds(new Bound.Fixed(IpldValue.of(0)), BoundOperator.AT_LEAST), added.get(0).rule());

    DialogBot.Pending rules = DialogBot.whenOpen(display, "Rules of " + rain, dialog -> {
      assertEquals(List.of("Category|Number (numérique)|this variable", "Bounds|≥ 0|this variable"), dialog.rows());
      dialog.selectRow(0, "Category");
      assertFalse(dialog.button("Edit").isEnabled(), "the category is changed with Edit... on the variable");
      assertFalse(dialog.button("Remove").isEnabled());
      dialog.selectRow(0, "Bounds");
      DialogBot.Pending edit = DialogBot.whenOpen(display, "Edit Rule", wizard -> {
        assertEquals("0", wizard.text(0));
        wizard.choose(0, ">").press("Finish");
      });
      dialog.press("Edit");
      edit.check();
      assertEquals("Bounds|> 0|this variable", dialog.rows().get(1));
      dialog.screenshot("rules-of-variable-after-edit");
      dialog.selectRow(0, "Bounds").press("Remove");
      assertEquals(List.of("Category|Number (numérique)|this variable"), dialog.rows());
      dialog.press("Close");
    });
    navigator.select("Variables", rain).menu("Rules...");
    rules.check();
    assertEquals(List.of(), constellation.variables().get(variableId).rules());
  }

  @Test
  void theAllowedValuesOfAColumnAreTakenFromAnotherTablesColumn() throws Exception {
    String tableId = tableWithRainColumn();
    String stations = constellation.databases().addTable(databaseId, Optional.empty());
    constellation.tables().setName(stations, Names.language(), "Stations");
    String stationColumn = constellation.tables().addColumn(stations, Optional.of(variableId), Optional.empty());
    navigator.waitFor("Databases", database, "Stations");

    DialogBot.Pending wizard = DialogBot.whenOpen(display, "Add Rule", dialog -> {
      dialog.choose(0, rain).choose(1, "Allowed values").press("Next");
      dialog.pick("Those of another table's column");
      assertFalse(dialog.button("Finish").isEnabled(), "no column chosen yet");
      dialog.choose(0, "Stations / " + rain).screenshot("wizard-add-rule-allowed-from-column").press("Finish");
    });
    navigator.select("Databases", database, "Readings").menu("Add Rule...");
    wizard.check();
    assertEquals(new Rule.AllowedValues(new Choices.FromColumn(stations, stationColumn)),
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

}

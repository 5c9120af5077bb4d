package org.constl.ui.internal;

import java.util.List;
import org.constl.core.objects.Constellation;
import org.constl.core.rules.InstalledRuleTypes;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleFormat;
import org.constl.core.rules.RuleType;
import org.constl.core.rules.RuleTypes;
import org.eclipse.jface.wizard.Wizard;

/**
 * Adds a rule to a column of a table: the column and the rule's type, then one page for that
 * type's details. The built-in types have their own pages; an installed type from a plug-in gets
 * a page built from its parameters. {@code catégorie} is not offered: a column's variable implies it.
 */
final class AddRuleWizard extends Wizard {

  private final Constellation constellation;
  private final String tableId;
  private final RuleTargetPage targetPage;
  private final List<RulePage> typePages;

  AddRuleWizard(Constellation constellation, NavigatorModel model, String tableId) {
    this.constellation = constellation;
    this.tableId = tableId;
    setWindowTitle("Add Rule");
    RuleChoices choices = new RuleChoices(constellation, model, tableId);
    List<RuleType> types = installedTypes().all().stream().filter(t -> !t.id().equals(RuleFormat.CATEGORY)).toList();
    typePages = types.stream().map(type -> page(type, choices)).toList();
    targetPage = new RuleTargetPage(choices, types, typePages);
  }

  /** The rule types of the running workbench, plug-ins' included. */
  static RuleTypes installedTypes() {
    InstalledRuleTypes installed = Services.find(InstalledRuleTypes.class);
    return installed == null ? RuleTypes.builtIn() : installed.current();
  }

  /** What people see for a rule type: its label when installed, else its id. */
  static String typeLabel(String typeId) {
    return installedTypes().find(typeId).map(RuleType::label).orElse(typeId);
  }

  private static RulePage page(RuleType type, RuleChoices choices) {
    return switch (type.id()) {
      case RuleFormat.EXISTS -> new ExistsRulePage();
      case RuleFormat.BOUNDS -> new BoundsRulePage(choices);
      case RuleFormat.ALLOWED_VALUES -> new AllowedValuesRulePage(choices);
      default -> new GenericRulePage(type);
    };
  }

  @Override
  public void addPages() {
    addPage(targetPage);
    typePages.forEach(this::addPage);
  }

  /** Only from the chosen type's page, once its details are complete. */
  @Override
  public boolean canFinish() {
    return getContainer().getCurrentPage() instanceof RulePage page && page.isPageComplete();
  }

  @Override
  public boolean performFinish() {
    String columnId = targetPage.columnId();
    Rule rule = ((RulePage) getContainer().getCurrentPage()).rule();
    return NavigatorActions.wrote(getShell(), "add the rule",
        () -> constellation.tables().addRule(tableId, columnId, rule));
  }
}

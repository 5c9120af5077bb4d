package org.constl.ui.internal;

import java.util.List;
import java.util.Optional;
import org.constl.core.objects.Constellation;
import org.constl.core.rules.InstalledRuleTypes;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleFormat;
import org.constl.core.rules.RuleType;
import org.constl.core.rules.RuleTypes;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;

/**
 * Adds or edits a rule of a table (on one of its columns) or of a variable: the column and the
 * rule's type, then one page for that type's details. The built-in types have their own pages; an
 * installed type from a plug-in gets a page built from its parameters. {@code catégorie} is not
 * offered: a variable's category implies it. An edited rule opens on its details, filled in, and
 * keeps its id.
 */
final class RuleWizard extends Wizard {

  private final Constellation constellation;
  private final RuleOwner owner;
  private final Optional<RuleOwner.Listed> edited;
  private final RuleTargetPage targetPage;
  private final List<RulePage> typePages;
  /** The page the wizard opens on: the edited rule's details, else the target page. */
  private final IWizardPage start;

  /**
   * @param edited the rule to edit, whose type must be {@link #editable}; empty to add one
   */
  RuleWizard(Constellation constellation, NavigatorModel model, RuleOwner owner, Optional<RuleOwner.Listed> edited) {
    this.constellation = constellation;
    this.owner = owner;
    this.edited = edited;
    setWindowTitle(edited.isPresent() ? "Edit Rule" : "Add Rule");
    RuleChoices choices = new RuleChoices(constellation, model, owner);
    List<RuleType> types = offeredTypes();
    typePages = types.stream().map(type -> page(type, choices)).toList();
    targetPage = new RuleTargetPage(choices, owner.hasColumns(), types, typePages);
    IWizardPage first = targetPage;
    if (edited.isPresent()) {
      RulePage details = typePages.get(types.stream().map(RuleType::id).toList().indexOf(edited.get().type()));
      details.edit(edited.get().rule().rule());
      details.setPreviousPage(targetPage);
      targetPage.edit(edited.get().columnId(), edited.get().type());
      first = details;
    }
    start = first;
  }

  /** Every installed type but {@code catégorie}, which a variable's category implies. */
  private static List<RuleType> offeredTypes() {
    return installedTypes().all().stream().filter(t -> !t.id().equals(RuleFormat.CATEGORY)).toList();
  }

  /** Whether the wizard can edit a rule of this type: it must be installed, and not a category. */
  static boolean editable(String typeId) {
    return offeredTypes().stream().anyMatch(type -> type.id().equals(typeId));
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

  @Override
  public IWizardPage getStartingPage() {
    return start;
  }

  /** Only from the chosen type's page, once its details are complete. */
  @Override
  public boolean canFinish() {
    return getContainer().getCurrentPage() instanceof RulePage page && page.isPageComplete();
  }

  @Override
  public boolean performFinish() {
    Optional<String> columnId = targetPage.columnId();
    Rule rule = ((RulePage) getContainer().getCurrentPage()).rule();
    return edited.isPresent()
        ? NavigatorActions.wrote(getShell(), "change the rule",
            () -> owner.replace(constellation, edited.get().rule().id(), columnId, rule))
        : NavigatorActions.wrote(getShell(), "add the rule", () -> owner.add(constellation, columnId, rule));
  }
}

package org.constl.ui.internal;

import java.util.Optional;
import org.constl.core.objects.Constellation;
import org.constl.core.objects.VariableInfo;
import org.constl.core.rules.VariableCategory;
import org.constl.ui.Names;
import org.eclipse.jface.wizard.Wizard;

/**
 * A variable's name in the user's language, its category and its unit, on the page that created
 * it, filled in; only what changed is written. Open tables follow: a new category re-checks the
 * cells of the columns that hold the variable.
 */
final class EditVariableWizard extends Wizard {

  private final Constellation constellation;
  private final VariableInfo variable;
  private final NewVariableWizard.CategoryPage page = new NewVariableWizard.CategoryPage();

  EditVariableWizard(Constellation constellation, VariableInfo variable) {
    this.constellation = constellation;
    this.variable = variable;
    setWindowTitle("Edit Variable");
    page.edit(variable);
  }

  @Override
  public void addPages() {
    addPage(page);
  }

  @Override
  public boolean performFinish() {
    String name = page.name();
    VariableCategory category = page.category();
    String unit = page.unit();
    String id = variable.id();
    return NavigatorActions.wrote(getShell(), "change the variable", () -> {
      // The name shown may be another language's: written in the user's only when changed.
      if (!name.equals(Names.pick(variable.names(), ""))) {
        constellation.variables().setName(id, Names.language(), name);
      }
      if (!variable.category().equals(Optional.of(category))) {
        constellation.variables().setCategory(id, category);
      }
      // ipa keeps a unit once set: an emptied one is written empty.
      if (!unit.equals(variable.unit().orElse(""))) {
        constellation.variables().setUnit(id, unit);
      }
    });
  }
}

package org.constl.ui.internal;

import java.util.List;
import java.util.Optional;
import org.constl.core.rules.RuleType;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/**
 * The rule wizard's first page: the column the rule applies to (for a table's rule) and the
 * rule's type; when a rule is edited, its own.
 */
final class RuleTargetPage extends WizardPage {

  private final RuleChoices choices;
  private final boolean onColumn;
  private final List<RuleType> types;
  private final List<RulePage> typePages;
  private Combo column;
  private Combo type;
  /** What the edited rule is on and of; null when adding. */
  private String editedColumn;
  private String editedType;

  /** {@code typePages} in the order of {@code types}, one each; {@code onColumn} for a table's rule. */
  RuleTargetPage(RuleChoices choices, boolean onColumn, List<RuleType> types, List<RulePage> typePages) {
    super("target");
    this.choices = choices;
    this.onColumn = onColumn;
    this.types = types;
    this.typePages = typePages;
    setTitle("New rule");
    setDescription(onColumn && choices.columns.isEmpty() ? "The table has no columns yet: add one first."
        : onColumn ? "Choose the column and the type of rule; its details come next."
        : "Choose the type of rule; its details come next. It applies wherever the variable is a column.");
    setPageComplete(false);
  }

  /** Shows the edited rule's column (empty for a variable's) and type when the page is made. */
  void edit(Optional<String> columnId, String typeId) {
    editedColumn = columnId.orElse(null);
    editedType = typeId;
    setTitle("Edit rule");
    setPageComplete(true);
  }

  @Override
  public void createControl(Composite parent) {
    Composite page = new Composite(parent, SWT.NONE);
    GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
    if (onColumn) {
      column = RulePage.combo(page, "&Column:", choices.columns, RuleChoices.Choice::label);
      column.addListener(SWT.Selection, event -> check());
    }
    type = RulePage.combo(page, "&Rule:", types, RuleType::label);
    type.addListener(SWT.Selection, event -> check());
    setControl(page);
    if (editedType != null) {
      if (onColumn) {
        RulePage.select(column, choices.columns, RuleChoices.Choice::id, editedColumn);
      }
      RulePage.select(type, types, RuleType::id, editedType);
      check();
    }
  }

  private void check() {
    setPageComplete((!onColumn || column.getSelectionIndex() >= 0) && type.getSelectionIndex() >= 0);
  }

  /** The chosen column; empty for a variable's rule. */
  Optional<String> columnId() {
    return onColumn ? Optional.of(choices.columns.get(column.getSelectionIndex()).id()) : Optional.empty();
  }

  @Override
  public IWizardPage getNextPage() {
    return type == null || type.getSelectionIndex() < 0 ? null : typePages.get(type.getSelectionIndex());
  }
}

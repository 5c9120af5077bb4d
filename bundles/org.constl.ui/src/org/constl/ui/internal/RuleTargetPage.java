package org.constl.ui.internal;

import java.util.List;
import org.constl.core.rules.RuleType;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/** The rule wizard's first page: the column the rule applies to and the rule's type. */
final class RuleTargetPage extends WizardPage {

  private final RuleChoices choices;
  private final List<RuleType> types;
  private final List<RulePage> typePages;
  private Combo column;
  private Combo type;

  /** {@code typePages} in the order of {@code types}, one each. */
  RuleTargetPage(RuleChoices choices, List<RuleType> types, List<RulePage> typePages) {
    super("target");
    this.choices = choices;
    this.types = types;
    this.typePages = typePages;
    setTitle("New rule");
    setDescription(choices.columns.isEmpty() ? "The table has no columns yet: add one first."
        : "Choose the column and the type of rule; its details come next.");
    setPageComplete(false);
  }

  @Override
  public void createControl(Composite parent) {
    Composite page = new Composite(parent, SWT.NONE);
    GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
    column = RulePage.combo(page, "&Column:", choices.columns, RuleChoices.Choice::label);
    type = RulePage.combo(page, "&Rule:", types, RuleType::label);
    column.addListener(SWT.Selection, event -> check());
    type.addListener(SWT.Selection, event -> check());
    setControl(page);
  }

  private void check() {
    setPageComplete(column.getSelectionIndex() >= 0 && type.getSelectionIndex() >= 0);
  }

  String columnId() {
    return choices.columns.get(column.getSelectionIndex()).id();
  }

  @Override
  public IWizardPage getNextPage() {
    return type == null || type.getSelectionIndex() < 0 ? null : typePages.get(type.getSelectionIndex());
  }
}

package org.constl.ui.internal;

import org.constl.core.objects.Constellation;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.VariableCategory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** New variable: its name, what kind of value it holds (one or a list) and, for numbers, its unit. */
final class NewVariableWizard extends Wizard {

  private final Constellation constellation;
  private final Page page = new Page();

  NewVariableWizard(Constellation constellation) {
    this.constellation = constellation;
    setWindowTitle("New Variable");
  }

  @Override
  public void addPages() {
    addPage(page);
  }

  @Override
  public boolean performFinish() {
    String name = page.name.getText().strip();
    VariableCategory category = page.category();
    String unit = page.unit.isEnabled() ? page.unit.getText().strip() : "";
    return NavigatorActions.wrote(getShell(), "create the variable", () -> {
      String id = constellation.variables().create(category);
      constellation.variables().setName(id, Names.language(), name);
      if (!unit.isEmpty()) {
        constellation.variables().setUnit(id, unit);
      }
    });
  }

  private static final class Page extends WizardPage {

    private Text name;
    private Combo category;
    private Button list;
    private Text unit;

    Page() {
      super("variable");
      setTitle("New variable");
      setDescription("A variable says what a column holds; its category checks every cell.");
      setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
      Composite page = new Composite(parent, SWT.NONE);
      GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
      new Label(page, SWT.NONE).setText("&Name:");
      name = new Text(page, SWT.BORDER | SWT.SINGLE);
      name.setMessage("e.g. Daily rainfall");
      GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
      name.addModifyListener(event -> check());

      new Label(page, SWT.NONE).setText("&Category:");
      category = new Combo(page, SWT.READ_ONLY);
      for (BaseCategory base : BaseCategory.values()) {
        category.add(NodeProperties.label(base));
      }
      category.setVisibleItemCount(BaseCategory.values().length);
      category.select(0);
      category.addModifyListener(event -> unit.setEnabled(isNumber()));
      GridDataFactory.fillDefaults().grab(true, false).applyTo(category);

      new Label(page, SWT.NONE).setText("Values:");
      Composite shape = new Composite(page, SWT.NONE);
      GridLayoutFactory.fillDefaults().numColumns(2).applyTo(shape);
      Button simple = new Button(shape, SWT.RADIO);
      simple.setText("&One per cell");
      simple.setSelection(true);
      list = new Button(shape, SWT.RADIO);
      list.setText("A &list per cell");

      new Label(page, SWT.NONE).setText("&Unit:");
      unit = new Text(page, SWT.BORDER | SWT.SINGLE);
      unit.setMessage("e.g. mm (numbers only)");
      GridDataFactory.fillDefaults().grab(true, false).applyTo(unit);
      setControl(page);
      name.setFocus();
    }

    private boolean isNumber() {
      return BaseCategory.values()[category.getSelectionIndex()] == BaseCategory.NUMBER;
    }

    VariableCategory category() {
      BaseCategory base = BaseCategory.values()[category.getSelectionIndex()];
      return list.getSelection() ? VariableCategory.list(base) : VariableCategory.simple(base);
    }

    private void check() {
      boolean named = !name.getText().isBlank();
      setMessage(named ? null : "Give the variable a name.");
      setPageComplete(named);
    }
  }
}

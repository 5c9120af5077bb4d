package org.constl.ui.internal;

import org.constl.core.objects.Constellation;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.VariableCategory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** New variable: its name, what kind of value it holds (one or a list) and, for numbers, its unit. */
final class NewVariableWizard extends NewObjectWizard<NewVariableWizard.CategoryPage> {

  NewVariableWizard(Constellation constellation) {
    super(constellation, new CategoryPage());
  }

  @Override
  Runnable creation(String name) {
    VariableCategory category = firstPage.category();
    String unit = firstPage.unit.isEnabled() ? firstPage.unit.getText().strip() : "";
    return () -> {
      String id = constellation.variables().create(category);
      constellation.variables().setName(id, Names.language(), name);
      if (!unit.isEmpty()) {
        constellation.variables().setUnit(id, unit);
      }
    };
  }

  /** The name, then the category, one value or a list per cell, and the unit of numbers. */
  static final class CategoryPage extends NamePage {

    private Combo category;
    private Button list;
    private Text unit;

    CategoryPage() {
      super("variable", "A variable says what a column holds; its category checks every cell.", "Daily rainfall");
    }

    @Override
    void addFields(Composite page) {
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
    }

    private boolean isNumber() {
      return BaseCategory.values()[category.getSelectionIndex()] == BaseCategory.NUMBER;
    }

    VariableCategory category() {
      BaseCategory base = BaseCategory.values()[category.getSelectionIndex()];
      return list.getSelection() ? VariableCategory.list(base) : VariableCategory.simple(base);
    }
  }
}

package org.constl.ui.internal;

import org.constl.core.objects.Constellation;
import org.constl.core.objects.VariableInfo;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.VariableCategory;
import org.constl.ui.Names;
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
    String unit = firstPage.unit();
    return () -> {
      String id = constellation.variables().create(category);
      constellation.variables().setName(id, Names.language(), name);
      if (!unit.isEmpty()) {
        constellation.variables().setUnit(id, unit);
      }
    };
  }

  /**
   * The name, then the category, one value or a list per cell, and the unit of numbers; those of
   * an edited variable, or a number with no unit.
   */
  static final class CategoryPage extends NamePage {

    private Combo category;
    private Button simple;
    private Button list;
    private Text unit;
    private VariableCategory initialCategory = VariableCategory.simple(BaseCategory.NUMBER);
    private String initialUnit = "";

    CategoryPage() {
      super("variable", "A variable says what a column holds; its category checks every cell.", "Daily rainfall");
    }

    /** Shows an existing variable, to change it; call before the page is made. */
    void edit(VariableInfo variable) {
      edit(Names.pick(variable.names(), ""));
      variable.category().ifPresent(current -> initialCategory = current);
      initialUnit = variable.unit().orElse("");
      setDescription("Its category checks every cell of the columns that hold it, in every table.");
    }

    @Override
    void addFields(Composite page) {
      new Label(page, SWT.NONE).setText("&Category:");
      category = new Combo(page, SWT.READ_ONLY);
      for (BaseCategory base : BaseCategory.values()) {
        category.add(NodeProperties.label(base));
      }
      category.setVisibleItemCount(BaseCategory.values().length);
      category.select(initialCategory.base().ordinal());
      category.addModifyListener(event -> unit.setEnabled(isNumber()));
      GridDataFactory.fillDefaults().grab(true, false).applyTo(category);

      new Label(page, SWT.NONE).setText("Values:");
      Composite shape = new Composite(page, SWT.NONE);
      GridLayoutFactory.fillDefaults().numColumns(2).applyTo(shape);
      simple = new Button(shape, SWT.RADIO);
      simple.setText("&One per cell");
      simple.setSelection(!initialCategory.isList());
      list = new Button(shape, SWT.RADIO);
      list.setText("A &list per cell");
      list.setSelection(initialCategory.isList());

      new Label(page, SWT.NONE).setText("&Unit:");
      unit = new Text(page, SWT.BORDER | SWT.SINGLE);
      unit.setMessage("e.g. mm (numbers only)");
      unit.setText(initialUnit);
      unit.setEnabled(isNumber());
      GridDataFactory.fillDefaults().grab(true, false).applyTo(unit);
    }

    /** The unit typed, or empty for a variable that is not a number. */
    String unit() {
      return unit.isEnabled() ? unit.getText().strip() : "";
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

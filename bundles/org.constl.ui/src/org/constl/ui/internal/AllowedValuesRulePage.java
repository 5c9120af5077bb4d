package org.constl.ui.internal;

import java.util.List;
import org.constl.core.rules.Choices;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleFormat;
import org.constl.ui.internal.RuleChoices.ForeignColumn;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** {@code valeurCatégorique}: the values allowed, listed here or taken from another table's column. */
final class AllowedValuesRulePage extends RulePage {

  private final RuleChoices choices;
  private Button listed;
  private Text values;
  private Button fromColumn;
  private Combo columns;

  AllowedValuesRulePage(RuleChoices choices) {
    super(RuleFormat.ALLOWED_VALUES, "Allowed values",
        "The value must be one of a list, or of another table's column.");
    this.choices = choices;
    setPageComplete(false);
  }

  @Override
  public void createControl(Composite parent) {
    Composite page = new Composite(parent, SWT.NONE);
    GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
    listed = new Button(page, SWT.RADIO);
    listed.setText("These &values:");
    values = new Text(page, SWT.BORDER | SWT.SINGLE);
    values.setMessage("comma-separated, e.g. dry, wet, 3");
    GridDataFactory.fillDefaults().grab(true, false).applyTo(values);
    fromColumn = new Button(page, SWT.RADIO);
    fromColumn.setText("Those of &another table's column:");
    columns = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
    choices.foreignColumns.forEach(c -> columns.add(c.label()));
    GridDataFactory.fillDefaults().grab(true, false).applyTo(columns);
    listed.setSelection(true);
    for (Button radio : List.of(listed, fromColumn)) {
      radio.addListener(SWT.Selection, event -> check());
    }
    values.addModifyListener(event -> check());
    columns.addListener(SWT.Selection, event -> check());
    done(page);
  }

  @Override
  void show(Rule rule) {
    if (!(rule instanceof Rule.AllowedValues allowed)) {
      return;
    }
    listed.setSelection(allowed.choices() instanceof Choices.Listed);
    fromColumn.setSelection(allowed.choices() instanceof Choices.FromColumn);
    switch (allowed.choices()) {
      case Choices.Listed list -> values.setText(textList(list.values()));
      case Choices.FromColumn from -> select(columns, choices.foreignColumns,
          column -> column.tableId() + "/" + column.columnId(), from.tableId() + "/" + from.columnId());
    }
    check();
  }

  private void check() {
    String problem = listed.getSelection() && typedList(values.getText()).isEmpty() ? "List the allowed values."
        : fromColumn.getSelection() && columns.getSelectionIndex() < 0 ? "Choose the column." : null;
    setErrorMessage(problem);
    setPageComplete(problem == null);
  }

  @Override
  Rule rule() {
    if (fromColumn.getSelection()) {
      ForeignColumn column = choices.foreignColumns.get(columns.getSelectionIndex());
      return new Rule.AllowedValues(new Choices.FromColumn(column.tableId(), column.columnId()));
    }
    return new Rule.AllowedValues(new Choices.Listed(typedList(values.getText())));
  }
}

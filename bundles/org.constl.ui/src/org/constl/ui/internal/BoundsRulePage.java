package org.constl.ui.internal;

import java.util.Arrays;
import java.util.List;
import org.constl.core.rules.Bound;
import org.constl.core.rules.BoundOperator;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleFormat;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * {@code bornes}: how the value compares ({@code op}) with a number, the same row's value in
 * another column, or the same row's value of the column bound to a variable.
 */
final class BoundsRulePage extends RulePage {

  private static final List<BoundOperator> OPERATORS = Arrays.asList(BoundOperator.values());

  private final RuleChoices choices;
  private Combo operator;
  private Button fixed;
  private Button column;
  private Button variable;
  private Text number;
  private Combo columns;
  private Combo variables;

  BoundsRulePage(RuleChoices choices) {
    super(RuleFormat.BOUNDS, "Bounds", "The value must compare so with a number, another column or a variable.");
    this.choices = choices;
    setPageComplete(false);
  }

  @Override
  public void createControl(Composite parent) {
    Composite page = new Composite(parent, SWT.NONE);
    GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
    operator = combo(page, "&Operator:", OPERATORS, BoundOperator::stored);
    new Label(page, SWT.NONE).setText("Compared with:");
    new Label(page, SWT.NONE);
    fixed = radio(page, "A &number:");
    number = new Text(page, SWT.BORDER | SWT.SINGLE);
    number.setMessage("e.g. 500");
    GridDataFactory.fillDefaults().grab(true, false).applyTo(number);
    column = radio(page, "Another &column:");
    columns = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
    choices.columns.forEach(c -> columns.add(c.label()));
    variable = radio(page, "The column of a &variable:");
    variables = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
    choices.variables.forEach(v -> variables.add(v.label()));
    GridDataFactory.fillDefaults().grab(true, false).applyTo(columns);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(variables);
    fixed.setSelection(true);
    for (Combo combo : List.of(operator, columns, variables)) {
      combo.addListener(SWT.Selection, event -> check());
    }
    number.addModifyListener(event -> check());
    if (choices.columns.isEmpty()) {
      // A variable's rule: no table, so no other column of it.
      column.setEnabled(false);
      columns.setEnabled(false);
    }
    done(page);
  }

  @Override
  void show(Rule rule) {
    if (!(rule instanceof Rule.Bounds bounds)) {
      return;
    }
    operator.select(OPERATORS.indexOf(bounds.operator()));
    fixed.setSelection(bounds.bound() instanceof Bound.Fixed);
    column.setSelection(bounds.bound() instanceof Bound.OtherColumn);
    variable.setSelection(bounds.bound() instanceof Bound.OtherVariable);
    switch (bounds.bound()) {
      case Bound.Fixed value -> number.setText(text(value.value()));
      case Bound.OtherColumn other -> select(columns, choices.columns, RuleChoices.Choice::id, other.columnId());
      case Bound.OtherVariable other -> select(variables, choices.variables, RuleChoices.Choice::id, other.variableId());
    }
    check();
  }

  private Button radio(Composite page, String text) {
    Button button = new Button(page, SWT.RADIO);
    button.setText(text);
    button.addListener(SWT.Selection, event -> check());
    return button;
  }

  private void check() {
    String problem = operator.getSelectionIndex() < 0 ? "Choose an operator."
        : fixed.getSelection() && number(number.getText()) == null ? "Give the bound as a number."
        : column.getSelection() && columns.getSelectionIndex() < 0 ? "Choose the column."
        : variable.getSelection() && variables.getSelectionIndex() < 0 ? "Choose the variable."
        : null;
    setErrorMessage(problem);
    setPageComplete(problem == null);
  }

  @Override
  Rule rule() {
    return new Rule.Bounds(bound(), OPERATORS.get(operator.getSelectionIndex()));
  }

  private Bound bound() {
    if (column.getSelection()) {
      return new Bound.OtherColumn(choices.columns.get(columns.getSelectionIndex()).id());
    }
    if (variable.getSelection()) {
      return new Bound.OtherVariable(choices.variables.get(variables.getSelectionIndex()).id());
    }
    return new Bound.Fixed(number(number.getText()));
  }
}

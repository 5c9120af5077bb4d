package org.constl.ui.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.constl.core.objects.Constellation;
import org.constl.core.rules.Bound;
import org.constl.core.rules.Choices;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleSource;
import org.constl.ipld.IpldValue;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A table's rules, as they apply to its columns: the table's own, which can be removed here, and
 * those its columns' variables bring, which are the variables' to change.
 */
final class TableRulesDialog extends Dialog {

  private final Constellation constellation;
  private final NavigatorModel model;
  private final String tableId;
  private Table table;
  private Button remove;
  private List<org.constl.core.rules.TableColumn> columns = List.of();

  TableRulesDialog(Shell shell, Constellation constellation, NavigatorModel model, String tableId) {
    super(shell);
    this.constellation = constellation;
    this.model = model;
    this.tableId = tableId;
  }

  @Override
  protected void configureShell(Shell shell) {
    super.configureShell(shell);
    shell.setText("Rules of " + model.label(tableId, tableId));
  }

  @Override
  protected boolean isResizable() {
    return true;
  }

  @Override
  protected Control createDialogArea(Composite parent) {
    Composite area = (Composite) super.createDialogArea(parent);
    table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
    table.setHeaderVisible(true);
    table.setLinesVisible(true);
    for (String header : List.of("Column", "Rule", "Details", "From")) {
      new TableColumn(table, SWT.NONE).setText(header);
    }
    GridDataFactory.fillDefaults().grab(true, true).hint(560, 220).applyTo(table);
    remove = new Button(area, SWT.PUSH);
    remove.setText("&Remove");
    remove.setToolTipText("Removes the table's rule; a variable's rules are changed on the variable.");
    remove.addListener(SWT.Selection, event -> removeSelected());
    table.addListener(SWT.Selection, event -> enableRemove());
    fill();
    return area;
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
  }

  @Override
  protected void buttonPressed(int buttonId) {
    close();
  }

  private void fill() {
    table.removeAll();
    columns = constellation.tables().get(tableId).columns();
    for (ColumnRule rule : constellation.tables().rules(tableId)) {
      TableItem item = new TableItem(table, SWT.NONE);
      item.setText(new String[] {column(rule.columnId()),
          AddRuleWizard.typeLabel(rule.ruleType()), details(rule.rule().rule()),
          source(rule.source())});
      item.setData(rule);
    }
    for (TableColumn header : table.getColumns()) {
      header.pack();
    }
    enableRemove();
  }

  private String column(String columnId) {
    return model.columnLabel(columns, columnId);
  }

  private String source(RuleSource source) {
    return source.kind() == RuleSource.Kind.TABLE ? "this table" : "variable " + model.label(source.id(), source.id());
  }

  private String details(Rule rule) {
    return switch (rule) {
      case Rule.Exists exists -> "a value is required";
      case Rule.Category category -> NodeProperties.category(category.category());
      case Rule.Bounds bounds -> bounds.operator().stored() + " " + switch (bounds.bound()) {
        case Bound.Fixed fixed -> text(fixed.value());
        case Bound.OtherColumn column -> "column " + column(column.columnId());
        case Bound.OtherVariable variable -> "variable " + model.label(variable.variableId(), variable.variableId());
      };
      case Rule.AllowedValues allowed -> switch (allowed.choices()) {
        case Choices.Listed listed ->
            listed.values().stream().map(TableRulesDialog::text).collect(Collectors.joining(", "));
        case Choices.FromColumn from ->
            "values of " + model.label(from.tableId(), from.tableId()) + " / " + from.columnId();
      };
      case Rule.Other other -> other.details().entries().entrySet().stream()
          .map(e -> e.getKey() + " = " + text(e.getValue())).collect(Collectors.joining(", "));
    };
  }

  private static String text(IpldValue value) {
    return switch (value) {
      case IpldValue.IntValue number -> number.value().toString();
      case IpldValue.FloatValue number -> Double.toString(number.value());
      case IpldValue.StringValue string -> string.value();
      default -> value.toString();
    };
  }

  private ColumnRule selected() {
    TableItem[] selection = table.getSelection();
    return selection.length == 1 ? (ColumnRule) selection[0].getData() : null;
  }

  private void enableRemove() {
    ColumnRule rule = selected();
    remove.setEnabled(rule != null && rule.source().kind() == RuleSource.Kind.TABLE);
  }

  private void removeSelected() {
    ColumnRule rule = selected();
    if (rule != null && NavigatorActions.wrote(getShell(), "remove the rule",
        () -> constellation.tables().removeRule(tableId, rule.ruleId()))) {
      fill();
    }
  }
}

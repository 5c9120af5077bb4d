package org.constl.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.constl.core.objects.Constellation;
import org.constl.core.objects.ConstellationException;
import org.constl.core.objects.VariableInfo;
import org.constl.core.rules.TableColumn;
import org.constl.ui.Names;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;

/**
 * A table's columns: each holds a variable (whose name people know it by and whose category
 * checks its cells), and index columns together make a row's key. Columns are added, given
 * another variable, made index columns or not, and removed here; an open table editor follows.
 */
final class TableColumnsDialog extends ItemListDialog<TableColumn> {

  private static final String INDEX = "index";

  private final Constellation constellation;
  private final NavigatorModel model;
  private final String tableId;
  private final List<Button> needSelection = new ArrayList<>();
  private Button index;

  TableColumnsDialog(Shell shell, Constellation constellation, NavigatorModel model, String tableId) {
    super(shell, "Columns of " + model.label(tableId, tableId), List.of("Column", "Category", "Index", "Unit"),
        new Point(560, 200));
    this.constellation = constellation;
    this.model = model;
    this.tableId = tableId;
  }

  @Override
  void createButtons(Composite row) {
    button(row, "&Add...", "Adds a column holding a variable", this::add);
    needSelection.add(button(row, "&Variable...", "Gives the selected column another variable; its cells stay",
        this::changeVariable));
    index = button(row, "Set &Index", "Makes the selected column an index column, or not: index columns together "
        + "make the key of new rows (a new row with the same values replaces the old one)", this::toggleIndex);
    needSelection.add(index);
    needSelection.add(button(row, "&Remove", "Removes the selected column; the cells it had stay in the rows",
        this::remove));
  }

  @Override
  List<TableColumn> items() {
    return constellation.tables().get(tableId).columns();
  }

  @Override
  List<String> cells(TableColumn column) {
    Optional<VariableInfo> variable = column.variableId().flatMap(this::variable);
    return List.of(model.columnLabel(column), variable.flatMap(VariableInfo::category).map(NodeProperties::category).orElse(""),
        column.index() ? INDEX : "", variable.flatMap(VariableInfo::unit).orElse(""));
  }

  @Override
  Object identity(TableColumn column) {
    return column.id();
  }

  private Optional<VariableInfo> variable(String id) {
    try {
      return Optional.of(constellation.variables().get(id));
    } catch (ConstellationException e) {
      return Optional.empty();
    }
  }

  @Override
  void enableButtons() {
    TableColumn column = selected();
    needSelection.forEach(button -> button.setEnabled(column != null));
    index.setText(column != null && column.index() ? "Unset &Index" : "Set &Index");
    index.requestLayout(); // the row grows with the longer text
  }

  private void add() {
    chooseVariable("Add Column", "The variable the new column holds:").ifPresent(variableId ->
        write("add the column", () -> constellation.tables().addColumn(tableId, Optional.of(variableId), Optional.empty())));
  }

  private void changeVariable() {
    TableColumn column = selected();
    chooseVariable("Column Variable", "The variable the column \"" + model.columnLabel(column) + "\" holds:")
        .ifPresent(variableId -> write("change the column's variable",
            () -> constellation.tables().setColumnVariable(tableId, column.id(), Optional.of(variableId))));
  }

  private void toggleIndex() {
    TableColumn column = selected();
    write("change the index", () -> constellation.tables().setIndex(tableId, column.id(), !column.index()));
  }

  private void remove() {
    TableColumn column = selected();
    if (MessageDialog.openConfirm(getShell(), "Remove Column", "Remove the column \"" + model.columnLabel(column)
        + "\"?\n\nThe values it had stay in the rows, no longer shown or checked.")) {
      write("remove the column", () -> constellation.tables().removeColumn(tableId, column.id()));
    }
  }

  private void write(String what, Runnable write) {
    if (NavigatorActions.wrote(getShell(), what, write)) {
      fill();
    }
  }

  /** One of the account's variables, chosen in a list by name and category; empty when cancelled. */
  private Optional<String> chooseVariable(String title, String message) {
    List<VariableInfo> variables = constellation.variables().mine().stream().map(this::variable)
        .flatMap(Optional::stream).toList();
    if (variables.isEmpty()) {
      MessageDialog.openInformation(getShell(), title, "You have no variables yet: create one first (New > Variable).");
      return Optional.empty();
    }
    ListDialog dialog = new ListDialog(getShell());
    dialog.setTitle(title);
    dialog.setMessage(message);
    dialog.setContentProvider(ArrayContentProvider.getInstance());
    dialog.setLabelProvider(new LabelProvider() {
      @Override
      public String getText(Object element) {
        VariableInfo variable = (VariableInfo) element;
        return Names.pick(variable.names(), variable.id())
            + variable.category().map(category -> " (" + NodeProperties.category(category) + ")").orElse("");
      }
    });
    dialog.setInput(variables);
    dialog.setWidthInChars(50);
    if (dialog.open() != Window.OK || dialog.getResult() == null || dialog.getResult().length == 0) {
      return Optional.empty();
    }
    return Optional.of(((VariableInfo) dialog.getResult()[0]).id());
  }
}

package org.constl.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.constl.core.objects.Constellation;
import org.constl.core.objects.ConstellationException;
import org.constl.core.objects.VariableInfo;
import org.constl.ui.Names;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * New table in a database: its name, then its columns (one per chosen variable) and which of them
 * are index columns (together they identify a row, so a row with the same values replaces it).
 */
final class NewTableWizard extends NewObjectWizard<NamePage> {

  private static final String INDEX = "index";

  private final String databaseId;
  private final ColumnsPage columnsPage;

  NewTableWizard(Constellation constellation, String databaseId) {
    super(constellation, new NamePage("table", "Name the table; its columns come next.", "Daily readings"));
    this.databaseId = databaseId;
    this.columnsPage = new ColumnsPage(variables(constellation));
  }

  private static List<VariableInfo> variables(Constellation constellation) {
    List<VariableInfo> variables = new ArrayList<>();
    for (String id : constellation.variables().mine()) {
      try {
        variables.add(constellation.variables().get(id));
      } catch (ConstellationException e) {
        // A variable that cannot be read cannot be a column; the navigator says why.
      }
    }
    return variables;
  }

  @Override
  public void addPages() {
    super.addPages();
    addPage(columnsPage);
  }

  @Override
  Runnable creation(String name) {
    List<ColumnChoice> columns = columnsPage.chosen();
    return () -> {
      String tableId = constellation.databases().addTable(databaseId, Optional.empty());
      constellation.tables().setName(tableId, Names.language(), name);
      for (ColumnChoice column : columns) {
        String columnId = constellation.tables().addColumn(tableId, Optional.of(column.variableId()), Optional.empty());
        if (column.index()) {
          constellation.tables().setIndex(tableId, columnId, true);
        }
      }
    };
  }

  record ColumnChoice(String variableId, boolean index) {}

  private static final class ColumnsPage extends WizardPage {
    private final List<VariableInfo> variables;
    private Table table;

    ColumnsPage(List<VariableInfo> variables) {
      super("columns");
      this.variables = variables;
      setTitle("Columns");
      setDescription(variables.isEmpty()
          ? "You have no variables yet: finish now and add columns later, or create variables first."
          : "Tick the variables the table holds, one column each. Index columns identify a row.");
    }

    @Override
    public void createControl(Composite parent) {
      Composite page = new Composite(parent, SWT.NONE);
      GridLayoutFactory.swtDefaults().numColumns(1).applyTo(page);
      table = new Table(page, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
      table.setHeaderVisible(true);
      table.setLinesVisible(true);
      for (String header : List.of("Variable", "Category", "Index")) {
        new TableColumn(table, SWT.NONE).setText(header);
      }
      for (VariableInfo variable : variables) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(new String[] {Names.pick(variable.names(), variable.id()),
            variable.category().map(NodeProperties::category).orElse("(unknown)"), ""});
        item.setData(variable.id());
      }
      for (TableColumn column : table.getColumns()) {
        column.pack();
        column.setWidth(Math.max(column.getWidth(), 90));
      }
      GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(table);
      Button index = new Button(page, SWT.PUSH);
      index.setText("Make an &index column (or not)");
      index.setToolTipText("Index columns identify a row: a row with the same values replaces the old one.");
      index.addListener(SWT.Selection, event -> toggleIndex());
      table.addListener(SWT.DefaultSelection, event -> toggleIndex());
      setControl(page);
    }

    private void toggleIndex() {
      for (TableItem item : table.getSelection()) {
        boolean index = !INDEX.equals(item.getText(2));
        item.setText(2, index ? INDEX : "");
        // An index column is a column.
        item.setChecked(item.getChecked() || index);
      }
    }

    List<ColumnChoice> chosen() {
      List<ColumnChoice> chosen = new ArrayList<>();
      if (table == null) {
        return chosen;
      }
      for (TableItem item : table.getItems()) {
        if (item.getChecked()) {
          chosen.add(new ColumnChoice((String) item.getData(), INDEX.equals(item.getText(2))));
        }
      }
      return chosen;
    }
  }
}

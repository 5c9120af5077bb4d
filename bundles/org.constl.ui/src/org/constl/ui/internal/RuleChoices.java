package org.constl.ui.internal;

import java.util.ArrayList;
import java.util.List;
import org.constl.core.objects.Constellation;
import org.constl.core.objects.ConstellationException;
import org.constl.core.objects.TableRef;
import org.constl.core.rules.TableColumn;

/**
 * What a rule may refer to, with the names people see: the table's columns (none for a variable's
 * rule), the account's variables and the columns of the account's other tables. Read once, when
 * the wizard opens.
 */
final class RuleChoices {

  /** Something to choose: its id and what is shown. */
  record Choice(String id, String label) {}

  /** A column of another table ({@code valeurCatégorique dynamique}). */
  record ForeignColumn(String tableId, String columnId, String label) {}

  final List<Choice> columns = new ArrayList<>();
  final List<Choice> variables = new ArrayList<>();
  final List<ForeignColumn> foreignColumns = new ArrayList<>();

  RuleChoices(Constellation constellation, NavigatorModel model, RuleOwner owner) {
    if (owner.hasColumns()) {
      for (TableColumn column : constellation.tables().get(owner.id()).columns()) {
        columns.add(new Choice(column.id(), model.columnLabel(column)));
      }
    }
    for (String variableId : constellation.variables().mine()) {
      variables.add(new Choice(variableId, model.label(variableId, variableId)));
    }
    for (String databaseId : constellation.databases().mine()) {
      try {
        for (TableRef table : constellation.databases().get(databaseId).tables()) {
          if (!table.id().equals(owner.id())) {
            String tableLabel = model.label(table.id(), table.key());
            for (TableColumn column : constellation.tables().get(table.id()).columns()) {
              foreignColumns.add(new ForeignColumn(table.id(), column.id(),
                  tableLabel + " / " + model.columnLabel(column)));
            }
          }
        }
      } catch (ConstellationException e) {
        // A database that cannot be read offers no columns; the navigator says why.
      }
    }
  }
}

package org.constl.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.constl.core.objects.Constellation;
import org.constl.core.objects.TableInfo;
import org.constl.core.rules.Bound;
import org.constl.core.rules.Choices;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleSource;
import org.constl.core.rules.TableColumn;
import org.constl.ui.internal.RuleOwner.Listed;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * The rules of a table or a variable, as they apply: a table's own and those its columns'
 * variables bring; a variable's category and its own. The owner's own rules can be added, edited
 * (with the rule wizard's pages, filled in) and removed here; the others are their owner's to change.
 */
final class RulesDialog extends ItemListDialog<Listed> {

  private final Constellation constellation;
  private final NavigatorModel model;
  private final RuleOwner owner;
  private Button edit;
  private Button remove;
  private List<TableColumn> columns = List.of();

  RulesDialog(Shell shell, Constellation constellation, NavigatorModel model, RuleOwner owner) {
    super(shell, "Rules of " + model.label(owner.id(), owner.id()),
        owner.hasColumns() ? List.of("Column", "Rule", "Details", "From") : List.of("Rule", "Details", "From"),
        new Point(600, 220));
    this.constellation = constellation;
    this.model = model;
    this.owner = owner;
  }

  @Override
  void createButtons(Composite row) {
    button(row, "&Add...", "Adds a rule", () -> openWizard(Optional.empty()));
    edit = button(row, "&Edit...", "Changes the selected rule; a variable's rules are changed on the variable",
        () -> Optional.ofNullable(selected()).ifPresent(rule -> openWizard(Optional.of(rule))));
    remove = button(row, "&Remove", "Removes the selected rule; a variable's rules are changed on the variable",
        this::removeSelected);
    // A double-click edits, as Edit... does.
    table().addListener(SWT.DefaultSelection, event -> {
      if (edit.isEnabled()) {
        openWizard(Optional.of(selected()));
      }
    });
  }

  @Override
  List<Listed> items() {
    if (owner.hasColumns()) {
      columns = constellation.tables().get(owner.id()).columns();
    }
    return owner.rules(constellation);
  }

  @Override
  List<String> cells(Listed rule) {
    List<String> cells = new ArrayList<>();
    rule.columnId().ifPresent(column -> cells.add(column(column)));
    cells.add(RuleWizard.typeLabel(rule.type()));
    cells.add(details(rule.rule().rule()));
    cells.add(source(rule.source()));
    return cells;
  }

  @Override
  Object identity(Listed rule) {
    return rule.rule().id();
  }

  private String column(String columnId) {
    return model.columnLabel(columns, columnId);
  }

  private String source(RuleSource source) {
    if (source.id().equals(owner.id())) {
      return owner.hasColumns() ? "this table" : "this variable";
    }
    return source.kind() == RuleSource.Kind.TABLE ? "table " + model.label(source.id(), source.id())
        : "variable " + model.label(source.id(), source.id());
  }

  private String details(Rule rule) {
    return switch (rule) {
      case Rule.Exists exists -> "a value is required";
      case Rule.Category category -> NodeProperties.category(category.category());
      case Rule.Bounds bounds -> bounds.operator().stored() + " " + switch (bounds.bound()) {
        case Bound.Fixed fixed -> RulePage.text(fixed.value());
        case Bound.OtherColumn column -> "column " + column(column.columnId());
        case Bound.OtherVariable variable -> "variable " + model.label(variable.variableId(), variable.variableId());
      };
      case Rule.AllowedValues allowed -> switch (allowed.choices()) {
        case Choices.Listed listed -> RulePage.textList(listed.values());
        case Choices.FromColumn from -> "values of " + foreignColumn(from);
      };
      case Rule.Other other -> other.details().entries().entrySet().stream()
          .map(e -> e.getKey() + " = " + RulePage.text(e.getValue())).collect(Collectors.joining(", "));
    };
  }

  /** Another table's column as people know them: the table's name and the column's variable's. */
  private String foreignColumn(Choices.FromColumn from) {
    String tableLabel = model.label(from.tableId(), from.tableId());
    String columnLabel = model.state(from.tableId(), TableInfo.class)
        .map(info -> model.columnLabel(info.columns(), from.columnId())).orElse(from.columnId());
    return tableLabel + " / " + columnLabel;
  }

  @Override
  void enableButtons() {
    Listed rule = selected();
    boolean own = rule != null && owner.owns(rule);
    edit.setEnabled(own && RuleWizard.editable(rule.type()));
    remove.setEnabled(own);
  }

  private void openWizard(Optional<Listed> rule) {
    WizardDialog dialog = new WizardDialog(getShell(), new RuleWizard(constellation, model, owner, rule));
    dialog.setPageSize(480, 300);
    if (dialog.open() == Window.OK) {
      fill();
    }
  }

  private void removeSelected() {
    Listed rule = selected();
    if (rule != null && NavigatorActions.wrote(getShell(), "remove the rule",
        () -> owner.remove(constellation, rule.rule().id()))) {
      fill();
    }
  }
}

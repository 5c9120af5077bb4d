package org.constl.ui.internal;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.constl.core.objects.Constellation;
import org.constl.core.objects.ConstellationException;
import org.constl.core.objects.NamedObjects;
import org.constl.core.objects.VariableInfo;
import org.constl.ui.Names;
import org.constl.ui.OpenTable;
import org.constl.ui.internal.NavigatorNode.Category;
import org.constl.ui.internal.NavigatorNode.Item;
import org.constl.ui.internal.NavigatorNode.Kind;
import org.constl.ui.internal.NavigatorNode.Table;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * What the user does in the data navigator, from its context menu or keyboard: create, rename,
 * copy and delete each kind of object; open and validate tables, change their columns; edit
 * variables; add, edit and remove the rules of tables and variables.
 */
final class NavigatorActions {

  private final DataNavigatorView view;
  private final Supplier<NavigatorModel> model;

  final IAction rename = action("&Rename...", this::rename);
  final IAction delete = action("&Delete", this::delete);
  final IAction copy = action("Cop&y", () -> copy(true));
  final IAction copyWithoutRows = action("Copy &without Rows", () -> copy(false));

  NavigatorActions(DataNavigatorView view, Supplier<NavigatorModel> model) {
    this.view = view;
    this.model = model;
    // The workbench binds F2 and Delete to these commands; the view's global handlers run them.
    rename.setActionDefinitionId(IWorkbenchCommandConstants.FILE_RENAME);
    delete.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_DELETE);
  }

  static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static IAction action(String text, Runnable run) {
    return new Action(text) {
      @Override
      public void run() {
        run.run();
      }
    };
  }

  /** Global handlers for the Edit menu's Delete and F2. */
  void register(IActionBars bars) {
    bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
    bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
    bars.updateActionBars();
  }

  /** Enables what applies to the selection. */
  void selectionChanged() {
    NavigatorNode node = selected();
    boolean object = node instanceof Item || node instanceof Table;
    rename.setEnabled(object);
    delete.setEnabled(object);
    copy.setEnabled(node instanceof Item || node instanceof Table);
    copyWithoutRows.setEnabled(hasRows(node));
  }

  /** The context menu for the selection. */
  void fill(IMenuManager menu) {
    NavigatorNode node = selected();
    if (model.get() == null) {
      return;
    }
    IMenuManager create = new MenuManager("&New", "new");
    create.add(action("&Database...", () -> open(new NewDatabaseWizard(constellation()))));
    Optional<String> database = databaseOf(node);
    if (database.isPresent()) {
      create.add(action("&Table...", () -> open(new NewTableWizard(constellation(), database.get()))));
    }
    create.add(action("&Variable...", () -> open(new NewVariableWizard(constellation()))));
    create.add(action("&Keyword...", () -> createNamed(Kind.KEYWORDS)));
    create.add(action("&Project...", () -> createNamed(Kind.PROJECTS)));
    menu.add(create);
    if (node instanceof Table table) {
      menu.add(new Separator());
      IAction open = action("&Open", () -> openTable(table));
      // The editor's bundle handles the command; without it there is nothing to open with.
      open.setEnabled(openCommand().isHandled());
      menu.add(open);
      menu.add(action("&Validate", () -> validate(table)));
      menu.add(action("Colu&mns...",
          () -> new TableColumnsDialog(shell(), constellation(), model.get(), table.tableId()).open()));
      addRuleActions(menu, RuleOwner.table(table.tableId()));
    }
    if (node instanceof Item item && item.kind() == Kind.VARIABLES) {
      menu.add(new Separator());
      menu.add(action("&Edit...", () -> editVariable(item.id())));
      addRuleActions(menu, RuleOwner.variable(item.id()));
    }
    if (node instanceof Item || node instanceof Table) {
      menu.add(new Separator());
      menu.add(rename);
      menu.add(copy);
      if (hasRows(node)) {
        menu.add(copyWithoutRows);
      }
      menu.add(delete);
    }
    menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
  }

  /** Add Rule... and Rules..., for a table's or a variable's rules. */
  private void addRuleActions(IMenuManager menu, RuleOwner owner) {
    menu.add(action("Add R&ule...", () -> open(new RuleWizard(constellation(), model.get(), owner, Optional.empty()))));
    menu.add(action("Rule&s...", () -> new RulesDialog(shell(), constellation(), model.get(), owner).open()));
  }

  /** Databases and tables hold rows, which a copy may leave out. */
  private static boolean hasRows(NavigatorNode node) {
    return node instanceof Table || node instanceof Item item && item.kind() == Kind.DATABASES;
  }

  /** Opens the variable's name, category and unit to change them. */
  void editVariable(String variableId) {
    VariableInfo variable;
    try {
      variable = constellation().variables().get(variableId);
    } catch (ConstellationException e) {
      MessageDialog.openError(shell(), "Could not read the variable", e.getMessage());
      return;
    }
    open(new EditVariableWizard(constellation(), variable));
  }

  private NavigatorNode selected() {
    IStructuredSelection selection = view.viewer().getStructuredSelection();
    return selection.size() == 1 ? (NavigatorNode) selection.getFirstElement() : null;
  }

  private Constellation constellation() {
    return model.get().constellation();
  }

  private Shell shell() {
    return view.getSite().getShell();
  }

  private static Optional<String> databaseOf(NavigatorNode node) {
    if (node instanceof Item item && item.kind() == Kind.DATABASES) {
      return Optional.of(item.id());
    }
    return node instanceof Table table ? Optional.of(table.databaseId()) : Optional.empty();
  }

  private void open(IWizard wizard) {
    WizardDialog dialog = new WizardDialog(shell(), wizard);
    dialog.setPageSize(480, 300);
    dialog.open();
  }

  private void createNamed(Kind kind) {
    InputDialog dialog = new InputDialog(shell(), "New " + capitalised(kind.singular),
        "Name of the new " + kind.singular + ":", "", NavigatorActions::requiredName);
    if (dialog.open() != Window.OK) {
      return;
    }
    write("create the " + kind.singular, () -> {
      String id = kind == Kind.KEYWORDS ? constellation().keywords().create() : constellation().projects().create();
      named(kind).setName(id, Names.language(), dialog.getValue().strip());
    });
    view.viewer().expandToLevel(new Category(kind), 1);
  }

  static String requiredName(String text) {
    return text.isBlank() ? "Give a name." : null;
  }

  private void rename() {
    NavigatorNode node = selected();
    String id = node instanceof Item item ? item.id() : node instanceof Table table ? table.tableId() : null;
    if (id == null) {
      return;
    }
    String current = model.get().label(id, "");
    InputDialog dialog = new InputDialog(shell(), "Rename",
        "Name in your language (" + Names.language() + "):", current, NavigatorActions::requiredName);
    if (dialog.open() == Window.OK && !dialog.getValue().strip().equals(current)) {
      NamedObjects names = node instanceof Item item ? named(item.kind()) : constellation().tables();
      write("rename it", () -> names.setName(id, Names.language(), dialog.getValue().strip()));
    }
  }

  /** Copies the selection; a database's or table's rows only when {@code withRows}. */
  private void copy(boolean withRows) {
    Constellation objects = constellation();
    switch (selected()) {
      case Table table -> ObjectJobs.copyTable(objects, table.databaseId(), table.tableId(),
          model.get().label(table.tableId(), table.key()), withRows).schedule();
      case Item item -> {
        String name = model.get().label(item.id(), item.id());
        switch (item.kind()) {
          case DATABASES -> ObjectJobs.copyDatabase(objects, item.id(), name, withRows).schedule();
          case VARIABLES -> write("copy the variable", () -> objects.variables().copy(item.id()));
          case KEYWORDS -> write("copy the keyword", () -> objects.keywords().copy(item.id()));
          case PROJECTS -> write("copy the project", () -> objects.projects().copy(item.id()));
        }
      }
      case null, default -> { }
    }
  }

  private void delete() {
    NavigatorNode node = selected();
    if (!(node instanceof Item) && !(node instanceof Table)) {
      return;
    }
    String what = switch (node) {
      case Item item -> item.kind().singular + " \"" + model.get().label(item.id(), item.id()) + "\"";
      case Table table -> "table \"" + model.get().label(table.tableId(), table.key()) + "\"";
      default -> throw new IllegalStateException();
    };
    String consequence = node instanceof Item item && item.kind() == Kind.DATABASES
        ? "\n\nIts tables and rows are dropped from this computer; others keep their copies."
        : "\n\nOthers keep their copies.";
    MessageDialog confirm = new MessageDialog(shell(), "Delete", null, "Delete the " + what + "?" + consequence,
        MessageDialog.QUESTION, 0, "Delete", IDialogConstants.CANCEL_LABEL);
    if (confirm.open() != 0) {
      return;
    }
    Constellation objects = constellation();
    write("delete the " + what, () -> {
      switch (node) {
        case Item item when item.kind() == Kind.DATABASES -> objects.databases().delete(item.id());
        case Item item when item.kind() == Kind.VARIABLES -> objects.variables().delete(item.id());
        case Item item when item.kind() == Kind.KEYWORDS -> objects.keywords().delete(item.id());
        case Item item -> objects.projects().delete(item.id());
        case Table table -> objects.databases().removeTable(table.databaseId(), table.tableId());
        default -> throw new IllegalStateException();
      }
    });
  }

  /** Opens the table through the command its editor handles (the editor is in another bundle). */
  void openTable(Table table) {
    IHandlerService handlers = view.getSite().getService(IHandlerService.class);
    String problem;
    try {
      handlers.executeCommand(ParameterizedCommand.generateCommand(openCommand(),
          Map.of(OpenTable.TABLE_ID_PARAMETER, table.tableId())), null);
      return;
    } catch (NotHandledException e) {
      problem = "No installed table editor can open the account's tables yet.";
    } catch (CommandException e) {
      problem = "The table cannot be opened: " + e.getMessage();
    }
    view.getViewSite().getActionBars().getStatusLineManager().setErrorMessage(problem);
  }

  private Command openCommand() {
    return view.getSite().getService(ICommandService.class).getCommand(OpenTable.OPEN_COMMAND);
  }

  private void validate(Table table) {
    IWorkbenchPage page = view.getSite().getPage();
    Optional<OpenTable> open = FindingMarkers.openTables(page).stream()
        .filter(t -> t.tableId().equals(table.tableId())).findFirst();
    if (open.isEmpty()) {
      MessageDialog.openInformation(shell(), "Validate", "Open the table first: its rows are validated in its editor.");
      return;
    }
    ObjectJobs.validate(open.get()).schedule();
  }

  private NamedObjects named(Kind kind) {
    return switch (kind) {
      case DATABASES -> constellation().databases();
      case VARIABLES -> constellation().variables();
      case KEYWORDS -> constellation().keywords();
      case PROJECTS -> constellation().projects();
    };
  }

  private void write(String what, Runnable write) {
    wrote(shell(), what, write);
  }

  /** A write, on the UI thread (each is a few signed entries); a failure is said, never lost. */
  static boolean wrote(Shell shell, String what, Runnable write) {
    try {
      BusyIndicator.showWhile(shell.getDisplay(), write);
      return true;
    } catch (ConstellationException e) {
      MessageDialog.openError(shell, "Could not " + what, e.getMessage());
      return false;
    }
  }
}

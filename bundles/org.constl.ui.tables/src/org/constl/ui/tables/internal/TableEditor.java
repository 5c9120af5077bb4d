package org.constl.ui.tables.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.constl.core.objects.Subscription;
import org.constl.core.objects.Translations;
import org.constl.core.rows.TableRows;
import org.constl.core.rows.TableRows.Row;
import org.constl.core.rows.TableRows.SortKey;
import org.constl.core.rows.TableSchema;
import org.constl.core.rules.Finding;
import org.constl.ui.Names;
import org.constl.ui.OpenTable;
import org.constl.ui.Theme;
import org.constl.ui.tables.TableEditorInput;
import org.constl.ui.tables.TableSource;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.command.VisualRefreshCommand;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.coordinate.Range;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.validate.DataValidator;
import org.eclipse.nebula.widgets.nattable.data.validate.ValidationFailedException;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.IEditErrorHandler;
import org.eclipse.nebula.widgets.nattable.freeze.CompositeFreezeLayer;
import org.eclipse.nebula.widgets.nattable.freeze.FreezeLayer;
import org.eclipse.nebula.widgets.nattable.freeze.command.FreezeColumnCommand;
import org.eclipse.nebula.widgets.nattable.freeze.command.UnFreezeGridCommand;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.nebula.widgets.nattable.viewport.action.ViewportSelectColumnAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;

/**
 * One Constellation table in a NatTable grid over its {@link TableRows}: the grid asks for the
 * rows it paints, a page at a time, so a table of millions of rows opens as fast as a small one.
 * Every edit is written at once (the editor is never dirty) as an undoable operation.
 */
public final class TableEditor extends EditorPart {

  private static final long FILTER_DELAY_MS = 250;
  private static final int REFRESH_RETRY_MS = 250;
  private static final int REFRESH_COALESCE_MS = 100;
  /** Copy and paste hold the block in memory (as spreadsheets do): bounded. */
  private static final int MAX_BLOCK_CELLS = 1_000_000;
  static final String TRANSLATIONS_NOT_FILTERED = "the filter does not look in translated texts";

  private TableRows rows;
  private GridColumns columns;
  private RowPages pages;
  private GridEdits edits;
  private TranslationEdits translationEdits;
  /** Where pasted translatable texts go; told what copy put on the clipboard. */
  private PastedTranslations pastedTranslations;
  /** Translated texts, thumbnails and file names in the grid, and what the tooltip adds. */
  private CellDisplays cellDisplays;
  private CellTooltip tooltip;
  private ObjectUndoContext undoContext;
  private TableRows.Subscription subscription;
  /** The table's columns and rules, followed while the editor is open. */
  private Subscription following;
  /** The workbench's theme, which the grid's colours follow. */
  private Theme.Following themeFollowing;
  private Revalidation revalidation;
  private NatTable natTable;
  private SelectionLayer selectionLayer;
  private ViewportLayer viewport;
  private GridSelectionProvider selection;
  private Text filter;
  private Label status;
  /** The last thing an action said (a refused text's reason, what a paste did), on its own line. */
  private Label message;
  private Job filterJob;
  /** Held by the jobs that sort or filter, and by an edit's job while it reads which rows it covers. */
  private final ISchedulingRule order = new ISchedulingRule() {
    @Override
    public boolean contains(ISchedulingRule rule) {
      return rule == this;
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
      return rule == this;
    }
  };
  /** The number of rows the grid last laid out; a change needs a structural refresh. */
  private int shownRows;
  private final AtomicBoolean refreshPosted = new AtomicBoolean();
  /** The findings of every row, as last counted; -1 before the first count. */
  private volatile long countedFindings = -1;
  private Job findingCounter;

  @Override
  public void init(IEditorSite site, IEditorInput input) throws PartInitException {
    if (!(input instanceof TableEditorInput table)) {
      throw new PartInitException("the table editor opens tables, not " + input.getName());
    }
    setSite(site);
    setInput(input);
    setPartName(input.getName());
    setTitleToolTip(input.getToolTipText());
    try {
      rows = table.source().open();
    } catch (RuntimeException e) {
      throw new PartInitException("the table " + input.getName() + " cannot be opened: " + e.getMessage(), e);
    }
    columns = GridColumns.of(rows.schema());
    pages = new RowPages(rows);
    undoContext = new ObjectUndoContext(this, "Table " + input.getName());
    IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
    history.setLimit(undoContext, 200);
    pastedTranslations = new PastedTranslations(table.source().translations(), table.tableId(), Names.language());
    // The grid's displays come with its control, before any edit.
    edits = new GridEdits(rows, pages, columns, new CellValues(ZoneId.systemDefault()), pastedTranslations,
        item -> cellDisplays.itemText(item), history, undoContext);
    translationEdits = new TranslationEdits(rows, pages, columns, table.source().translations(), table.tableId(), history,
        undoContext);
  }

  @Override
  public void createPartControl(Composite parent) {
    Composite area = new Composite(parent, SWT.NONE);
    area.setLayout(new GridLayout(1, false));
    createBar(area);
    cellDisplays = new CellDisplays(parent.getDisplay(), columns, ((TableEditorInput) getEditorInput()).source(),
        this::cellsRead);
    natTable = createGrid(area);
    shownRows = pages.size();
    natTable.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    tooltip = new CellTooltip(natTable, this::reasons, cellDisplays);
    natTable.setMenu(createMenu(natTable));
    themeFollowing = Theme.follow(theme -> {
      if (!natTable.isDisposed()) {
        GridTheme.of(theme).applyTo(natTable);
      }
    });
    selection = new GridSelectionProvider(rows, pages, selectionLayer, columns);
    getSite().setSelectionProvider(selection);
    new UndoRedoActionGroup(getSite(), undoContext, true).fillActionBars(getEditorSite().getActionBars());
    Display display = parent.getDisplay();
    findingCounter = Job.create("Counting the findings of " + getPartName(), monitor -> {
      countedFindings = rows.findingCount();
      if (!display.isDisposed()) {
        display.asyncExec(this::showCounts);
      }
    });
    findingCounter.setSystem(true);
    subscription = rows.subscribe(new TableRows.Listener() {
      @Override
      public void rowsChanged(TableRows.Change change) {
        refreshSoon(display);
      }

      @Override
      public void reordered() {
        refreshSoon(display);
      }

      @Override
      public void findingsChanged() {
        refreshSoon(display);
      }
    });
    revalidation = new Revalidation(getPartName(), rows, text -> display.asyncExec(() -> say(text)));
    // The current shape may come at once, on this thread: the first paint then names the columns.
    following = ((TableEditorInput) getEditorInput()).source().follow(shape -> {
      if (Display.getCurrent() == display) {
        shapeChanged(shape);
      } else {
        display.asyncExec(() -> shapeChanged(shape));
      }
    });
    showStatus();
  }

  private void createBar(Composite area) {
    Composite bar = new Composite(area, SWT.NONE);
    bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    bar.setLayout(new GridLayout(4, false));
    filter = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
    filter.setMessage("Filter rows (text in any cell)");
    GridData filterData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
    filterData.widthHint = 260;
    filter.setLayoutData(filterData);
    filter.addModifyListener(event -> filterLater(filter.getText()));
    button(bar, "Insert row", "Add an empty row (Ctrl+I)", this::insertRow);
    button(bar, "Delete rows", "Delete the rows of the selected cells (Ctrl+-)", this::deleteSelectedRows);
    button(bar, "Freeze columns", "Keep the columns up to the selected one in view while scrolling sideways",
        this::freezeColumns);
    // A line of its own: the counts, then what the last action said (a refused text's reason).
    Composite info = new Composite(bar, SWT.NONE);
    info.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
    GridLayout infoLayout = new GridLayout(2, false);
    infoLayout.marginWidth = 0;
    infoLayout.marginHeight = 0;
    infoLayout.horizontalSpacing = 24; // the message must not read as part of the counts
    info.setLayout(infoLayout);
    status = new Label(info, SWT.NONE);
    message = new Label(info, SWT.WRAP);
    GridData messageData = new GridData(SWT.FILL, SWT.CENTER, true, false);
    messageData.widthHint = 400;
    message.setLayoutData(messageData);
  }

  private static void button(Composite bar, String text, String tip, Runnable action) {
    Button button = new Button(bar, SWT.PUSH);
    button.setText(text);
    button.setToolTipText(tip);
    button.addListener(SWT.Selection, event -> action.run());
  }

  private NatTable createGrid(Composite area) {
    IDataProvider body = new IDataProvider() {
      @Override
      public Object getDataValue(int column, int row) {
        Row shown = pages.row(row);
        if (shown == null || column >= columns.size()) {
          return "";
        }
        return Optional.ofNullable(shown.cells().get(columns.id(column)))
            .map(value -> CellValues.text(value, columns.category(column))).orElse("");
      }

      /** A committed cell editor: its text, already checked, or a cell's translations, becomes an undoable edit. */
      @Override
      public void setDataValue(int column, int row, Object value) {
        if (value instanceof EditedTranslations translations) {
          act(() -> translationEdits.set(row, column, translations));
        } else {
          act(() -> edits.setCell(row, column, value == null ? "" : value.toString()));
        }
      }

      @Override
      public int getColumnCount() {
        return columns.size();
      }

      @Override
      public int getRowCount() {
        return pages.size();
      }
    };
    IDataProvider header = new IDataProvider() {
      @Override
      public Object getDataValue(int column, int row) {
        return columns.header(column) + sortMark(column);
      }

      @Override
      public void setDataValue(int column, int row, Object value) {
        throw new UnsupportedOperationException("column headers are not edited here");
      }

      @Override
      public int getColumnCount() {
        return columns.size();
      }

      @Override
      public int getRowCount() {
        return 1;
      }
    };
    DataLayer bodyData = new DataLayer(body);
    bodyData.setDefaultColumnWidth(160);
    bodyData.setConfigLabelAccumulator(FindingStyle.labels(pages::row, pages::findings, columns::id));
    selectionLayer = new SelectionLayer(bodyData);
    viewport = new ViewportLayer(selectionLayer);
    CompositeFreezeLayer frozen = new CompositeFreezeLayer(new FreezeLayer(selectionLayer), viewport, selectionLayer);
    DataLayer headerData = new DataLayer(header);
    headerData.setDefaultColumnWidth(160);
    ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(headerData, frozen, selectionLayer);
    IDataProvider rowNumbers = new DefaultRowHeaderDataProvider(body);
    DataLayer rowHeaderData = new DataLayer(rowNumbers, 56, 20);
    RowHeaderLayer rowHeader = new RowHeaderLayer(rowHeaderData, frozen, selectionLayer);
    CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(header, rowNumbers)), rowHeader,
        columnHeader);
    NatTable table = new NatTable(area, new GridLayer(frozen, columnHeader, rowHeader, corner), false);
    DefaultNatTableStyleConfiguration style = new DefaultNatTableStyleConfiguration();
    style.cellPainter = new LineBorderDecorator(new OneLineTextPainter());
    table.addConfiguration(style);
    table.addConfiguration(cellDisplays);
    table.addConfiguration(editing());
    table.addConfiguration(bindings());
    table.configure();
    GridTheme.of(Theme.active()).applyTo(table);
    return table;
  }

  /** Every body cell is editable, with its category's editor and check. */
  private AbstractRegistryConfiguration editing() {
    CellEditors editors = CellEditors.installed();
    TableEditorInput input = (TableEditorInput) getEditorInput();
    return new AbstractRegistryConfiguration() {
      @Override
      public void configureRegistry(IConfigRegistry registry) {
        registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE);
        // Enter commits and moves down, as in a spreadsheet, without editing the next cell: NatTable
        // would open an editor there, and on the last row again on the cell just written, showing
        // its value from before the write (which a second Enter would write back).
        registry.registerConfigAttribute(EditConfigAttributes.ACTIVATE_EDITOR_ON_TRAVERSAL, false, DisplayMode.EDIT);
        registry.registerConfigAttribute(EditConfigAttributes.VALIDATION_ERROR_HANDLER, reasonShown(),
            DisplayMode.EDIT);
        for (int column = 0; column < columns.size(); column++) {
          String label = FindingStyle.COLUMN_LABEL_PREFIX + column;
          registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR,
              editors.create(columns.category(column), input.source()), DisplayMode.EDIT, label);
          int position = column;
          registry.registerConfigAttribute(EditConfigAttributes.DATA_VALIDATOR, new DataValidator() {
            @Override
            public boolean validate(int columnIndex, int rowIndex, Object text) {
              Optional<String> refusal = edits.refusal(position, text == null ? "" : text.toString());
              if (refusal.isPresent()) {
                throw new ValidationFailedException(refusal.get());
              }
              return true;
            }
          }, DisplayMode.EDIT, label);
        }
      }
    };
  }

  /** A refused text stays in the editor, in red, with the reason in the editor's status line. */
  private IEditErrorHandler reasonShown() {
    return new IEditErrorHandler() {
      @Override
      public void removeError(ICellEditor editor) {
        if (editor.getEditorControl() != null && !editor.getEditorControl().isDisposed()) {
          editor.getEditorControl().setForeground(null);
        }
      }

      @Override
      public void displayError(ICellEditor editor, Exception e) {
        if (editor.getEditorControl() != null && !editor.getEditorControl().isDisposed()) {
          editor.getEditorControl().setForeground(editor.getEditorControl().getDisplay().getSystemColor(SWT.COLOR_RED));
        }
        say(e.getLocalizedMessage());
      }
    };
  }

  private AbstractUiBindingConfiguration bindings() {
    return new AbstractUiBindingConfiguration() {
      @Override
      public void configureUiBindings(UiBindingRegistry registry) {
        registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.MOD1, 'c'), (table, event) -> copy());
        registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.MOD1, 'v'), (table, event) -> paste(false));
        registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.MOD1 | SWT.SHIFT, 'v'), (table, event) -> paste(true));
        registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.DEL), (table, event) -> clearSelected());
        registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.MOD1, 'i'), (table, event) -> insertRow());
        // The workbench's key bindings undo and redo (the editor's undo context); NatTable must not
        // also take these keys as "start editing the cell".
        for (KeyEventMatcher undoRedo : List.of(new KeyEventMatcher(SWT.MOD1, 'z'), new KeyEventMatcher(SWT.MOD1, 'y'),
            new KeyEventMatcher(SWT.MOD1 | SWT.SHIFT, 'z'))) {
          registry.registerFirstKeyBinding(undoRedo, (table, event) -> { });
        }
        registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.MOD1, '-'), (table, event) -> deleteSelectedRows());
        for (int modifier : new int[] {SWT.NONE, SWT.MOD2}) {
          registry.registerFirstSingleClickBinding(MouseEventMatcher.columnHeaderLeftClick(modifier), (table, event) -> {
            new ViewportSelectColumnAction(false, false).run(table, event);
            int column = table.getColumnIndexByPosition(table.getColumnPositionByX(event.x));
            if (column >= 0) {
              sortByHeader(column, modifier == SWT.MOD2);
            }
          });
        }
      }
    };
  }

  private Menu createMenu(NatTable table) {
    Menu menu = new Menu(table);
    item(menu, "Copy\tCtrl+C", this::copy);
    item(menu, "Paste\tCtrl+V", () -> paste(false));
    item(menu, "Paste as new rows\tCtrl+Shift+V", () -> paste(true));
    item(menu, "Clear\tDelete", this::clearSelected);
    new MenuItem(menu, SWT.SEPARATOR);
    item(menu, "Insert row\tCtrl+I", this::insertRow);
    item(menu, "Delete rows\tCtrl+-", this::deleteSelectedRows);
    new MenuItem(menu, SWT.SEPARATOR);
    item(menu, "Freeze columns up to here", this::freezeColumns);
    item(menu, "Unfreeze", () -> natTable.doCommand(new UnFreezeGridCommand()));
    return menu;
  }

  private static void item(Menu menu, String text, Runnable action) {
    MenuItem item = new MenuItem(menu, SWT.PUSH);
    item.setText(text);
    item.addListener(SWT.Selection, event -> action.run());
  }

  // --- what the user does -------------------------------------------------------------------

  /** Sorts as a click on the column's header asks (see {@link SortClicks}); {@code adding} for a Shift-click. */
  void sortByHeader(int column, boolean adding) {
    List<SortKey> next = SortClicks.afterClick(rows.sortKeys(), columns.id(column), adding);
    background("Sorting " + getPartName(), () -> rows.sort(next)).schedule();
  }

  private void filterLater(String text) {
    if (filterJob != null) {
      filterJob.cancel();
    }
    filterJob = background("Filtering " + getPartName(), () -> rows.filter(text));
    filterJob.schedule(FILTER_DELAY_MS);
  }

  /**
   * Long work on the rows, to schedule off the UI thread; the rows' listener refreshes the grid
   * when it is done.
   */
  private Job background(String name, Runnable work) {
    Job job = new Job(name) {
      @Override
      public boolean belongsTo(Object family) {
        return family == order;
      }

      @Override
      protected IStatus run(IProgressMonitor monitor) {
        try {
          work.run();
          return Status.OK_STATUS;
        } catch (RuntimeException e) {
          return Status.error(name + " failed: " + e.getMessage(), e);
        }
      }
    };
    job.setRule(order);
    return job;
  }

  void insertRow() {
    act(() -> {
      String key = edits.insertRow();
      refresh();
      rows.positionOf(key).ifPresent(position -> natTable.doCommand(
          new SelectCellCommand(selectionLayer, 0, position, false, false)));
      return Status.OK_STATUS;
    });
  }

  /**
   * Deletes the rows of the selected cells in a job: a selection may hold a million rows. The
   * selection layer is right on the body's data, so its positions are the rows' positions.
   */
  void deleteSelectedRows() {
    List<PastePlan.Area> areas = new ArrayList<>();
    int count = 0;
    for (Range range : selectionLayer.getSelectedRowPositions()) {
      int rowCount = Math.min(range.end, pages.size()) - range.start;
      if (rowCount > 0) {
        areas.add(new PastePlan.Area(range.start, 0, rowCount, 0));
        count += rowCount;
      }
    }
    if (count > 0 && !rowsMayMove()) {
      String label = count == 1 ? "Delete row" : "Delete " + RowEditJob.quantity(count, "row");
      say("Deleting " + RowEditJob.quantity(count, "row") + "…");
      schedule(label, RowEditJob.DELETE, progress -> edits.prepareDelete(label, areas, progress));
    }
  }

  /** Empties the selected cells in a job, as a delete of rows. */
  void clearSelected() {
    List<PastePlan.Area> areas = selectionLayer.getSelectionModel().getSelections().stream()
        .map(r -> new PastePlan.Area(r.y, r.x, r.height, r.width)).toList();
    if (!areas.isEmpty() && !rowsMayMove()) {
      say("Clearing the selected cells…");
      schedule("Clear cells", RowEditJob.CLEAR, progress -> edits.prepareClear("Clear cells", areas, progress));
    }
  }

  /**
   * True, and says so, when the positions of the rows may move: a sort or a filter is running,
   * or a paste, deletion or clearing is being written.
   */
  private boolean rowsMayMove() {
    if (Job.getJobManager().find(order).length > 0) {
      say("The rows are being sorted or filtered: try again once that is done");
      return true;
    }
    if (Job.getJobManager().find(undoContext).length > 0) {
      say("An edit of many rows is being written: try again once it is done, or cancel it");
      return true;
    }
    return false;
  }

  private void schedule(String label, RowEditJob.Wording wording, RowEditJob.Preparation preparation) {
    getSite().getService(IWorkbenchSiteProgressService.class).schedule(new RowEditJob(edits, label, wording,
        preparation, order, natTable.getShell(), this::say));
  }

  /** Keeps the columns up to the selected cell's in view; a second freeze replaces the first. */
  void freezeColumns() {
    PositionCoordinate anchor = selectionLayer.getSelectionAnchor();
    if (anchor.getColumnPosition() < 0) {
      return;
    }
    natTable.doCommand(new UnFreezeGridCommand());
    // The command travels down from the grid, in grid positions: the row header's column, then
    // the visible body columns.
    int visible = viewport.underlyingToLocalColumnPosition(selectionLayer, anchor.getColumnPosition());
    if (visible >= 0) {
      natTable.doCommand(new FreezeColumnCommand(natTable, visible + 1));
    }
  }

  /**
   * Copies the selected cells' bounding block, as a spreadsheet does, translatable text as the grid
   * shows it ({@link CopiedCells}); the texts of cells off screen are read in a job first.
   */
  void copy() {
    Rectangle region = selectedRegion();
    if (region == null) {
      return;
    }
    List<List<String>> block = new ArrayList<>();
    for (int row = region.y; row < region.y + region.height; row++) {
      List<String> line = new ArrayList<>();
      for (int column = region.x; column < region.x + region.width; column++) {
        line.add(selectionLayer.isCellPositionSelected(column, row)
            ? String.valueOf(selectionLayer.getDataValueByPosition(column, row)) : "");
      }
      block.add(line);
    }
    List<CellDisplays.Translatable> translatable = new ArrayList<>();
    for (int column = region.x; column < region.x + region.width; column++) {
      translatable.add(cellDisplays.translatable(selectionLayer.getColumnIndexByPosition(column)));
    }
    CopiedCells copied = new CopiedCells(block, translatable, cellDisplays::knownTexts);
    int count = region.width * region.height;
    if (!copied.needsReading()) {
      putOnClipboard(copied, count);
      return;
    }
    say("Copying " + RowEditJob.quantity(count, "cell") + ": reading their translated texts…");
    Display display = natTable.getDisplay();
    Translations translations = ((TableEditorInput) getEditorInput()).source().translations();
    Job reading = Job.create("Copying " + RowEditJob.quantity(count, "cell"), monitor -> {
      try {
        copied.read(translations, monitor);
      } catch (OperationCanceledException e) {
        display.asyncExec(() -> say("Copy cancelled: the clipboard is as it was"));
        return Status.CANCEL_STATUS;
      }
      display.asyncExec(() -> {
        if (!natTable.isDisposed()) {
          putOnClipboard(copied, count);
        }
      });
      return Status.OK_STATUS;
    });
    reading.setUser(true);
    reading.schedule();
  }

  private void putOnClipboard(CopiedCells copied, int count) {
    List<List<String>> shown = copied.shown();
    GridClipboard.put(natTable.getDisplay(), shown);
    pastedTranslations.copied(shown, copied.textsByShown());
    say("Copied " + RowEditJob.quantity(count, "cell"));
  }

  /** Pastes the clipboard's block over the selection, or as new rows. */
  void paste(boolean asNewRows) {
    // The plan holds the positions shown: nothing may move them before the paste reads them.
    if (rowsMayMove()) {
      return;
    }
    Optional<List<List<String>>> block = GridClipboard.take(natTable.getDisplay());
    if (block.isEmpty() || block.get().isEmpty()) {
      say("The clipboard holds no cells to paste");
      return;
    }
    pastedTranslations.pasting(block.get());
    long blockCells = (long) block.get().size() * block.get().get(0).size();
    if (blockCells > MAX_BLOCK_CELLS) {
      say("The clipboard holds " + blockCells + " cells; paste at most " + MAX_BLOCK_CELLS + " at a time");
      return;
    }
    PastePlan plan;
    if (asNewRows) {
      List<Set<String>> names = new ArrayList<>();
      for (int column = 0; column < columns.size(); column++) {
        names.add(columns.names(column));
      }
      plan = PastePlan.asNewRows(block.get(), names);
    } else {
      Rectangle region = selectedRegion();
      if (region == null && selectionLayer.getSelectedColumnPositions().length > 0) {
        return; // too large a selection; selectedRegion said so
      }
      PastePlan.Area area = region == null ? PastePlan.Area.cell(pages.size(), 0)
          : new PastePlan.Area(region.y, region.x, region.height, region.width);
      plan = PastePlan.spread(block.get(), area, pages.size(), columns.size());
    }
    say(String.format(Locale.ROOT, "Pasting %,d %s…", block.get().size(), block.get().size() == 1 ? "row" : "rows"));
    String label = asNewRows ? "Paste as new rows" : "Paste";
    schedule(label, RowEditJob.PASTE, progress -> edits.preparePaste(plan, label, progress));
  }

  /** The bounding rectangle of the selected cells, in body positions; null when nothing is selected. */
  private Rectangle selectedRegion() {
    long count = (long) selectionLayer.getSelectedColumnPositions().length * selectionLayer.getSelectedRowCount();
    if (count > MAX_BLOCK_CELLS) {
      say("The selection holds " + count + " cells; copy and paste work on at most " + MAX_BLOCK_CELLS);
      return null;
    }
    PositionCoordinate[] cells = selectionLayer.getSelectedCellPositions();
    if (cells.length == 0) {
      return null;
    }
    int top = Integer.MAX_VALUE;
    int left = Integer.MAX_VALUE;
    int bottom = -1;
    int right = -1;
    for (PositionCoordinate cell : cells) {
      top = Math.min(top, cell.getRowPosition());
      left = Math.min(left, cell.getColumnPosition());
      bottom = Math.max(bottom, cell.getRowPosition());
      right = Math.max(right, cell.getColumnPosition());
    }
    return new Rectangle(left, top, right - left + 1, bottom - top + 1);
  }

  /** An edit; its failure is said in the status line and in a dialog, never lost. */
  private void act(Edit edit) {
    try {
      IStatus result = edit.run();
      if (result.getSeverity() == IStatus.ERROR) {
        say(result.getMessage());
      }
    } catch (ExecutionException | RuntimeException e) {
      say(e.getMessage());
      MessageDialog.openError(natTable.getShell(), "The edit was not written", e.getMessage());
    }
    // Not at once: a cell editor's commit is still running inside NatTable's command.
    natTable.getDisplay().asyncExec(this::refresh);
  }

  @FunctionalInterface
  private interface Edit {
    IStatus run() throws ExecutionException;
  }

  /** Translations or images were read: paint them, and show a preview the tooltip waits for. */
  private void cellsRead() {
    if (natTable != null && !natTable.isDisposed()) {
      natTable.redraw();
      tooltip.previewsArrived();
    }
  }

  /** The findings' reasons for the cell at (column index, row index). */
  private List<String> reasons(int column, int row) {
    Row shown = pages.row(row);
    if (shown == null || column < 0 || column >= columns.size()) {
      return List.of();
    }
    String columnId = columns.id(column);
    return pages.findings(shown).stream().filter(f -> f.columnId().equals(columnId)).map(Finding::message).toList();
  }

  private String sortMark(int column) {
    return SortClicks.mark(rows.sortKeys(), columns.id(column));
  }

  /**
   * A refresh shortly, one for all the changes told meanwhile: a paste writes thousands of rows,
   * each batch told, and the grid need not follow each one.
   */
  private void refreshSoon(Display display) {
    if (refreshPosted.compareAndSet(false, true)) {
      display.asyncExec(() -> display.timerExec(REFRESH_COALESCE_MS, () -> {
        refreshPosted.set(false);
        refresh();
      }));
    }
  }

  /**
   * The table's columns, their variables, its rules or the values they allow changed (here or on
   * another device): the grid shows the columns as they now are, and when what the rows are
   * checked against changed, every row is checked again in a job.
   */
  private void shapeChanged(TableSource.Shape shape) {
    if (natTable == null || natTable.isDisposed()) {
      return;
    }
    TableSchema before = rows.schema();
    TableSchema after = shape.schema();
    boolean checksChanged = !before.columns().equals(after.columns()) || !before.rules().equals(after.rules())
        || !before.foreignTables().equals(after.foreignTables());
    if (checksChanged) {
      rows.schema(after);
      revalidation.restart();
    }
    int shownColumns = columns.size();
    if (columns.update(after, shape.columnNames())) {
      if (columns.size() < shownColumns) {
        // Frozen columns may be gone.
        natTable.doCommand(new UnFreezeGridCommand());
      }
      selectionLayer.clear();
      natTable.refresh(false);
      selection.changed();
    } else {
      natTable.doCommand(new VisualRefreshCommand());
    }
    if (checksChanged) {
      say("The table's columns or rules changed: checking its rows again…");
    }
  }

  /** Reads the rows again: they changed, moved, or their findings did. */
  void refresh() {
    if (natTable == null || natTable.isDisposed()) {
      return;
    }
    if (natTable.getActiveCellEditor() != null && !natTable.getActiveCellEditor().isClosed()) {
      // Refreshing would close the editor under the user's fingers (a peer's change, a slow write).
      natTable.getDisplay().timerExec(REFRESH_RETRY_MS, this::refresh);
      return;
    }
    pages.clear();
    int before = shownRows;
    shownRows = pages.size();
    if (shownRows == before) {
      // Same rows, new values: a repaint keeps the selection where the user left it.
      natTable.doCommand(new VisualRefreshCommand());
    } else {
      // A structural refresh clears NatTable's selection: put the cursor back where it was.
      PositionCoordinate anchor = new PositionCoordinate(selectionLayer.getSelectionAnchor());
      natTable.refresh(false);
      if (anchor.getRowPosition() >= 0 && anchor.getColumnPosition() >= 0 && pages.size() > 0) {
        selectionLayer.doCommand(new SelectCellCommand(selectionLayer, anchor.getColumnPosition(),
            Math.min(anchor.getRowPosition(), pages.size() - 1), false, false));
      }
    }
    selection.changed();
    showStatus();
  }

  private void say(String text) {
    if (message != null && !message.isDisposed()) {
      message.setText(text == null ? "" : text);
      message.getShell().layout(new Control[] {message});
    }
  }

  /** The counts now, and the findings counted again (off the UI thread: a sum over every row). */
  private void showStatus() {
    if (status == null || status.isDisposed()) {
      return;
    }
    showCounts();
    findingCounter.schedule();
  }

  /**
   * Whether some column holds translatable text. The row index filters by what cells store, and
   * such a cell stores the address of a database of its texts (which the filter leaves out): the
   * filter does not find their texts (that needs an index of the table's translations), and says
   * so.
   */
  private boolean hasTranslatedColumns() {
    for (int column = 0; column < columns.size(); column++) {
      if (cellDisplays.translatable(column) != CellDisplays.Translatable.NONE) {
        return true;
      }
    }
    return false;
  }

  /** The rows shown, and the findings as last counted. */
  private void showCounts() {
    if (status == null || status.isDisposed()) {
      return;
    }
    long findings = countedFindings;
    String filtered = rows.filterText().isBlank() ? "" : " (filtered)";
    status.setText(RowEditJob.quantity(pages.size(), "row") + filtered
        + (findings < 0 ? "" : " · " + RowEditJob.quantity(findings, "finding"))
        + (filtered.isEmpty() || !hasTranslatedColumns() ? "" : " · " + TRANSLATIONS_NOT_FILTERED));
    status.getShell().layout(new Control[] {status});
  }

  /** The workbench lists this table's findings in the Problems view and goes to their cells. */
  @Override
  public <T> T getAdapter(Class<T> adapter) {
    if (adapter == OpenTable.class && rows != null) {
      return adapter.cast(new OpenTable() {
        @Override
        public String tableId() {
          return ((TableEditorInput) getEditorInput()).tableId();
        }

        @Override
        public String name() {
          return getPartName();
        }

        @Override
        public TableRows rows() {
          return rows;
        }

        @Override
        public void reveal(String rowKey, String columnId) {
          int column = columns.position(columnId);
          Optional<Integer> row = rows.positionOf(rowKey);
          if (natTable != null && column >= 0 && row.isPresent()) {
            natTable.doCommand(new SelectCellCommand(selectionLayer, column, row.get(), false, false));
            natTable.setFocus();
          }
        }
      });
    }
    return super.getAdapter(adapter);
  }

  // --- for the tests ------------------------------------------------------------------------

  NatTable grid() {
    return natTable;
  }

  TableRows rows() {
    return rows;
  }

  Text filterBox() {
    return filter;
  }

  String statusText() {
    return status.getText() + " · " + message.getText();
  }

  ObjectUndoContext undoContext() {
    return undoContext;
  }

  // --- part life ----------------------------------------------------------------------------

  @Override
  public void setFocus() {
    // The workbench focuses the part when it activates it: not away from a cell being typed.
    ICellEditor active = natTable.getActiveCellEditor();
    if (active != null && !active.isClosed() && active.getEditorControl() != null) {
      active.getEditorControl().setFocus();
    } else {
      natTable.setFocus();
    }
  }

  @Override
  public void dispose() {
    if (subscription != null) {
      subscription.close();
    }
    if (findingCounter != null) {
      findingCounter.cancel();
    }
    if (following != null) {
      following.close();
    }
    if (themeFollowing != null) {
      themeFollowing.close();
    }
    if (revalidation != null) {
      revalidation.cancel();
    }
    if (cellDisplays != null) {
      cellDisplays.close();
    }
    if (undoContext != null) {
      PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().dispose(undoContext, true, true, true);
    }
    if (rows != null) {
      rows.close();
    }
    super.dispose();
  }

  /** Every edit is written when it is made: there is nothing to save. */
  @Override
  public void doSave(IProgressMonitor monitor) {
    // Nothing to do, see above.
  }

  @Override
  public void doSaveAs() {
    // Not offered: isSaveAsAllowed() is false.
  }

  @Override
  public boolean isDirty() {
    return false;
  }

  @Override
  public boolean isSaveAsAllowed() {
    return false;
  }
}

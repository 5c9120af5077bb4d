package org.constl.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constl.core.rows.TableRows;
import org.constl.core.rows.TableRows.Row;
import org.constl.core.rules.Finding;
import org.constl.ui.OpenTable;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * The findings of the tables open in editors, as markers for the Problems view: one marker per
 * finding (at most {@value #MAX_MARKERS} a table), on the workspace root since tables are not
 * files. They follow the findings as rows change and go when the table's editor closes.
 */
final class FindingMarkers implements IPartListener2 {

  /** Our marker type, a problem marker (plugin.xml). */
  static final String TYPE = "org.constl.ui.finding";
  static final String TABLE_ID = "tableId";
  static final String ROW_KEY = "rowKey";
  static final String COLUMN_ID = "columnId";
  static final String RULE_ID = "ruleId";

  /** More would only slow the Problems view; the editor's status line counts them all. */
  static final int MAX_MARKERS = 1_000;
  private static final int PAGE_ROWS = 500;

  private final Map<IWorkbenchPartReference, TableMarkers> watched = new HashMap<>();

  /** The tables open in the page's editors. */
  static List<OpenTable> openTables(IWorkbenchPage page) {
    List<OpenTable> tables = new ArrayList<>();
    for (IEditorReference reference : page.getEditorReferences()) {
      IEditorPart editor = reference.getEditor(false);
      OpenTable table = editor == null ? null : Adapters.adapt(editor, OpenTable.class);
      if (table != null) {
        tables.add(table);
      }
    }
    return tables;
  }

  /** Brings the finding's table editor to front and selects the cell; false when it is not ours. */
  static boolean reveal(IWorkbenchPage page, IMarker marker) {
    try {
      if (!marker.exists() || !TYPE.equals(marker.getType())) {
        return false;
      }
    } catch (CoreException e) {
      return false;
    }
    String tableId = marker.getAttribute(TABLE_ID, "");
    for (IEditorReference reference : page.getEditorReferences()) {
      IEditorPart editor = reference.getEditor(false);
      OpenTable table = editor == null ? null : Adapters.adapt(editor, OpenTable.class);
      if (table != null && table.tableId().equals(tableId)) {
        page.activate(editor);
        table.reveal(marker.getAttribute(ROW_KEY, ""), marker.getAttribute(COLUMN_ID, ""));
        return true;
      }
    }
    return false;
  }

  @Override
  public void partOpened(IWorkbenchPartReference reference) {
    OpenTable table = Adapters.adapt(reference.getPart(false), OpenTable.class);
    if (table != null && !watched.containsKey(reference)) {
      watched.put(reference, new TableMarkers(table));
    }
  }

  @Override
  public void partClosed(IWorkbenchPartReference reference) {
    TableMarkers markers = watched.remove(reference);
    if (markers != null) {
      markers.close();
    }
  }

  /** The markers of one open table, brought up to date by one job at a time. */
  static final class TableMarkers implements TableRows.Listener {

    private final OpenTable table;
    private final TableRows.Subscription subscription;
    private final Job job;
    /** What the next run of the job does: everything again, or only these rows. */
    private boolean everything = true;
    private final Set<String> changedRows = new HashSet<>();
    private boolean closed;

    TableMarkers(OpenTable table) {
      this.table = table;
      job = Job.create("Listing the problems of " + table.name(), this::update);
      job.setSystem(true);
      subscription = table.rows().subscribe(this);
      job.schedule();
    }

    @Override
    public synchronized void rowsChanged(TableRows.Change change) {
      changedRows.addAll(change.keys());
      job.schedule();
    }

    @Override
    public void reordered() {
      // The findings stay with their rows.
    }

    @Override
    public synchronized void findingsChanged() {
      everything = true;
      job.schedule();
    }

    @Override
    public synchronized void schemaChanged() {
      findingsChanged();
    }

    private IStatus update(IProgressMonitor monitor) {
      boolean all;
      Set<String> rows;
      synchronized (this) {
        if (closed) {
          return Status.OK_STATUS;
        }
        all = everything;
        rows = Set.copyOf(changedRows);
        everything = false;
        changedRows.clear();
      }
      try {
        List<Finding> findings = all ? allFindings(monitor) : rows.stream()
            .flatMap(key -> table.rows().findings(key).stream()).toList();
        write(all, rows, findings);
        return Status.OK_STATUS;
      } catch (CoreException | RuntimeException e) {
        // A table closed meanwhile has nothing left to list.
        return closed ? Status.OK_STATUS : Status.error("The problems of " + table.name() + " cannot be listed", e);
      }
    }

    /** The findings of the rows, page by page, up to {@link #MAX_MARKERS}. */
    private List<Finding> allFindings(IProgressMonitor monitor) {
      TableRows rows = table.rows();
      long expected = Math.min(MAX_MARKERS, rows.findingCount());
      List<Finding> findings = new ArrayList<>();
      for (int from = 0; findings.size() < expected && from < rows.size() && !monitor.isCanceled();
          from += PAGE_ROWS) {
        for (Row row : rows.rows(from, PAGE_ROWS)) {
          findings.addAll(rows.findings(row.key()));
        }
      }
      return findings.size() > MAX_MARKERS ? findings.subList(0, MAX_MARKERS) : findings;
    }

    private void write(boolean all, Set<String> rows, List<Finding> findings) throws CoreException {
      IWorkspace workspace = ResourcesPlugin.getWorkspace();
      IWorkspaceRoot root = workspace.getRoot();
      workspace.run(monitor -> {
        for (IMarker marker : markers(root)) {
          if (all || rows.contains(marker.getAttribute(ROW_KEY, ""))) {
            marker.delete();
          }
        }
        int room = MAX_MARKERS - (all ? 0 : markers(root).size());
        for (Finding finding : findings.subList(0, Math.max(0, Math.min(room, findings.size())))) {
          create(root, finding);
        }
      }, root, IWorkspace.AVOID_UPDATE, null);
    }

    private List<IMarker> markers(IWorkspaceRoot root) throws CoreException {
      List<IMarker> ours = new ArrayList<>();
      for (IMarker marker : root.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
        if (table.tableId().equals(marker.getAttribute(TABLE_ID, ""))) {
          ours.add(marker);
        }
      }
      return ours;
    }

    private void create(IWorkspaceRoot root, Finding finding) throws CoreException {
      Map<String, Object> attributes = new HashMap<>();
      attributes.put(IMarker.MESSAGE, finding.message());
      attributes.put(IMarker.SEVERITY, finding.kind() == Finding.Kind.VIOLATION
          ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
      // The row's place in the editor's current order, when shown: what the user can look for.
      String row = table.rows().positionOf(finding.rowKey()).map(position -> ", row " + (position + 1)).orElse("");
      attributes.put(IMarker.LOCATION, table.name() + row + ", column " + finding.columnId());
      attributes.put(TABLE_ID, table.tableId());
      attributes.put(ROW_KEY, finding.rowKey());
      attributes.put(COLUMN_ID, finding.columnId());
      attributes.put(RULE_ID, finding.ruleId());
      root.createMarker(TYPE, attributes);
    }

    void close() {
      synchronized (this) {
        closed = true;
      }
      subscription.close();
      job.cancel();
      // Removed after the job, which may be writing some.
      Job removal = Job.create("Removing the problems of " + table.name(), monitor -> {
        try {
          job.join();
          IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
          ResourcesPlugin.getWorkspace().run(m -> {
            for (IMarker marker : markers(root)) {
              marker.delete();
            }
          }, root, IWorkspace.AVOID_UPDATE, null);
        } catch (CoreException e) {
          ILog.of(FindingMarkers.class).log(e.getStatus());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      removal.setSystem(true);
      removal.schedule();
    }
  }

  /** Stops following every table, e.g. when the window closes. */
  void closeAll() {
    watched.values().forEach(TableMarkers::close);
    watched.clear();
  }
}

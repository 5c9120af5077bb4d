package org.constl.ui.internal;

import java.util.concurrent.CancellationException;
import org.constl.core.objects.Constellation;
import org.constl.core.objects.ConstellationException;
import org.constl.core.rows.TableRows;
import org.constl.ui.Names;
import org.constl.ui.OpenTable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/** Long work on the user's objects, as jobs the Progress view shows and the user can cancel. */
final class ObjectJobs {

  private static final String BUNDLE = "org.constl.ui";

  private ObjectJobs() {}

  /** Checks every row of the open table against its rules. */
  static Job validate(OpenTable table) {
    Job job = Job.create("Validating " + table.name(), monitor -> {
      try {
        long findings = table.rows().validateAll(new MonitorProgress(monitor));
        // OK, not INFO: the Progress view shows it; an INFO result would pop up a dialog.
        return new Status(IStatus.OK, BUNDLE, table.name() + ": " + findings + (findings == 1 ? " finding" : " findings"));
      } catch (CancellationException e) {
        return Status.CANCEL_STATUS;
      } catch (RuntimeException e) {
        return Status.error("Validating " + table.name() + " failed: " + e.getMessage(), e);
      }
    });
    job.setUser(true);
    return job;
  }

  /** Copies a database with its tables, and their rows when {@code withRows}; see {@link #copy}. */
  static Job copyDatabase(Constellation constellation, String databaseId, String name, boolean withRows) {
    return copy(name, withRows ? "with its tables and rows" : "with its tables, without rows", new Copy() {
      @Override
      public String make() {
        return constellation.databases().copy(databaseId, withRows);
      }

      @Override
      public void drop(String copy) {
        constellation.databases().delete(copy);
      }

      @Override
      public void name(String copy, String copyName) {
        constellation.databases().setName(copy, Names.language(), copyName);
      }
    });
  }

  /** Copies a table into its database, with its rows when {@code withRows}; see {@link #copy}. */
  static Job copyTable(Constellation constellation, String databaseId, String tableId, String name, boolean withRows) {
    return copy(name, withRows ? "with its rows" : "without rows", new Copy() {
      @Override
      public String make() {
        return constellation.databases().copyTable(databaseId, tableId, withRows);
      }

      @Override
      public void drop(String copy) {
        constellation.databases().removeTable(databaseId, copy);
      }

      @Override
      public void name(String copy, String copyName) {
        constellation.tables().setName(copy, Names.language(), copyName);
      }
    });
  }

  /** How one kind of object is copied, removed and named. */
  private interface Copy {
    String make();

    void drop(String copy);

    void name(String copy, String copyName);
  }

  /**
   * Copies an object, named "Copy of" its name. The copy is one call that cannot stop half-way;
   * cancelling it removes the copy once made, so a cancelled copy leaves nothing behind.
   */
  private static Job copy(String name, String how, Copy copy) {
    Job job = Job.create("Copying " + name, monitor -> {
      SubMonitor progress = SubMonitor.convert(monitor, "Copying " + name + " " + how, 2);
      try {
        String made = copy.make();
        progress.worked(1);
        if (progress.isCanceled()) {
          copy.drop(made);
          return Status.CANCEL_STATUS;
        }
        copy.name(made, "Copy of " + name);
        progress.worked(1);
        return Status.OK_STATUS;
      } catch (ConstellationException e) {
        return Status.error("Copying " + name + " failed: " + e.getMessage(), e);
      }
    });
    job.setUser(true);
    return job;
  }

  /** The rows' progress reported to a job's monitor, and its cancel button read back. */
  private record MonitorProgress(IProgressMonitor monitor) implements TableRows.Progress {
    @Override
    public void begin(long totalRows) {
      monitor.beginTask("Checking " + totalRows + " rows", (int) Math.min(Integer.MAX_VALUE, totalRows));
    }

    @Override
    public void worked(long rows) {
      monitor.worked((int) Math.min(Integer.MAX_VALUE, rows));
    }

    @Override
    public boolean cancelled() {
      return monitor.isCanceled();
    }
  }
}

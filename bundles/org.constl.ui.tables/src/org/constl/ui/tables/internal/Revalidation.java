package org.constl.ui.tables.internal;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.constl.core.rows.TableRows;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Checks every row of a table again, as a job with progress and cancel, after its columns or rules
 * changed (a change re-checks only the rows it touches). A newer change restarts it: the check
 * under way stops between pages and starts over with the newest rules.
 */
final class Revalidation extends Job {

  private final TableRows rows;
  private final Consumer<String> done;

  /** @param done told, for people, that a check finished (the editor's counts say what it found) */
  Revalidation(String tableName, TableRows rows, Consumer<String> done) {
    super("Checking " + tableName + " against its new columns and rules");
    this.rows = rows;
    this.done = done;
  }

  /** Checks from the start, stopping a check under way. */
  void restart() {
    cancel();
    schedule();
  }

  @Override
  protected IStatus run(IProgressMonitor monitor) {
    try {
      rows.validateAll(new TableRows.Progress() {
        @Override
        public void begin(long totalRows) {
          monitor.beginTask(getName(), (int) Math.min(Integer.MAX_VALUE, totalRows));
        }

        @Override
        public void worked(long done) {
          monitor.worked((int) Math.min(Integer.MAX_VALUE, done));
        }

        @Override
        public boolean cancelled() {
          return monitor.isCanceled();
        }
      });
      done.accept("Rows checked again against the new columns and rules");
      return Status.OK_STATUS;
    } catch (CancellationException e) {
      return Status.CANCEL_STATUS;
    } catch (RuntimeException e) {
      return Status.error(getName() + " failed: " + e.getMessage(), e);
    }
  }
}

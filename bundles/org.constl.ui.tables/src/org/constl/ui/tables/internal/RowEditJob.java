package org.constl.ui.tables.internal;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * An edit of many rows as a job, with progress and cancel: a paste of a spreadsheet's block, or
 * the deletion or clearing of a selection, may cover a million rows, and every written row is a
 * signed entry. It first reads the rows the edit covers, may ask whether to go on, then writes a
 * batch of rows at a time. Cancelled before the writes, it writes nothing; cancelled during them,
 * the rows written so far stay written and are one undoable edit, whose label says how far it went.
 */
final class RowEditJob extends Job {

  /** How the job speaks of its edit: "Paste", rows "written", "Undo takes the paste back". */
  record Wording(String action, String participle, String undo) {}

  static final Wording PASTE = new Wording("Paste", "written", "Undo takes the paste back");
  static final Wording DELETE = new Wording("Delete", "deleted", "Undo brings them back");
  static final Wording CLEAR = new Wording("Clear", "cleared", "Undo brings their cells back");

  /** A question to answer before writing. */
  record Question(String title, String text) {}

  /** What an edit writes, once read; what to ask first, if anything; what to say once it is all written. */
  record Prepared(RowEditOperation operation, Optional<Question> question, String done) {}

  /** Reads and converts what an edit writes, off the UI thread. */
  @FunctionalInterface
  interface Preparation {
    /** @throws OperationCanceledException when {@code progress} is cancelled */
    Prepared prepare(SubMonitor progress);
  }

  private final GridEdits edits;
  private final String label;
  private final Wording wording;
  private final Preparation preparation;
  private final ISchedulingRule order;
  private final Shell shell;
  private final Consumer<String> say;

  /**
   * @param order the rule that sorting and filtering hold: the rows' positions must not move while
   *     the preparation reads which rows they are
   * @param say shows what the edit did, on the UI thread
   */
  RowEditJob(GridEdits edits, String label, Wording wording, Preparation preparation, ISchedulingRule order,
      Shell shell, Consumer<String> say) {
    super(label);
    this.edits = edits;
    this.label = label;
    this.wording = wording;
    this.preparation = preparation;
    this.order = order;
    this.shell = shell;
    this.say = say;
    setUser(true);
  }

  /** The editor's edit jobs are its undo context's family. */
  @Override
  public boolean belongsTo(Object family) {
    return family == edits.context();
  }

  @Override
  protected IStatus run(IProgressMonitor monitor) {
    SubMonitor progress = SubMonitor.convert(monitor, label, 10);
    Prepared prepared;
    try {
      prepared = prepare(progress.split(1));
    } catch (OperationCanceledException e) {
      tell(nothingDone(wording.action() + " cancelled"));
      return Status.CANCEL_STATUS;
    } catch (RuntimeException e) {
      String failed = label + " failed, nothing was " + wording.participle() + ": " + e.getMessage();
      tell(failed);
      return Status.error(failed, e);
    }
    if (prepared.question().isPresent() && !confirmed(prepared.question().get())) {
      tell(nothingDone(wording.action() + " cancelled"));
      return Status.CANCEL_STATUS;
    }
    RowEditOperation operation = prepared.operation();
    int planned = operation.size();
    IStatus written;
    try {
      written = operation.execute(progress.split(9), null);
    } catch (ExecutionException e) {
      written = Status.error(e.getMessage(), e);
    }
    if (!operation.wroteNothing()) {
      if (operation.size() < planned) {
        operation.setLabel(label + " (" + count(operation.size()) + " of " + count(planned) + " rows)");
      }
      edits.record(operation);
    }
    tell(outcome(prepared, written, operation.size(), planned));
    return written.matches(IStatus.ERROR | IStatus.CANCEL) ? written : Status.OK_STATUS;
  }

  private Prepared prepare(SubMonitor progress) {
    getJobManager().beginRule(order, progress);
    try {
      return preparation.prepare(progress);
    } finally {
      getJobManager().endRule(order);
    }
  }

  private String outcome(Prepared prepared, IStatus written, int rows, int planned) {
    if (written.getSeverity() == IStatus.CANCEL || written.getSeverity() == IStatus.ERROR) {
      String why = written.getSeverity() == IStatus.CANCEL ? wording.action() + " cancelled" : written.getMessage();
      return rows == 0 ? nothingDone(why)
          : why + ": " + count(rows) + " of " + count(planned) + " rows were " + wording.participle() + "; "
              + wording.undo();
    }
    return prepared.done();
  }

  private String nothingDone(String why) {
    return why + ": nothing was " + wording.participle();
  }

  /** Asks, on the UI thread, whether to go on. */
  private boolean confirmed(Question question) {
    boolean[] answer = {false};
    if (!shell.isDisposed()) {
      shell.getDisplay().syncExec(() -> answer[0] = !shell.isDisposed()
          && MessageDialog.openQuestion(shell, question.title(), question.text()));
    }
    return answer[0];
  }

  private void tell(String message) {
    if (!shell.isDisposed()) {
      shell.getDisplay().asyncExec(() -> say.accept(message));
    }
  }

  static String count(long n) {
    return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
  }

  /** "1 row", "20,000 rows": a count and a noun whose plural takes an s, as the editor's messages say them. */
  static String quantity(long n, String noun) {
    return count(n) + " " + noun + (n == 1 ? "" : "s");
  }
}

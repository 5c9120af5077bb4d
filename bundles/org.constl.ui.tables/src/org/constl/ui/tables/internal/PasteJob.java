package org.constl.ui.tables.internal;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
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
 * A paste as a job, with progress and cancel: a spreadsheet's block may hold a million cells, and
 * every pasted row is a signed entry. It reads which rows it pastes over and converts the texts,
 * asks whether to go on when some texts do not fit their column, then writes a batch of rows at a
 * time. Cancelled before the writes, it writes nothing; cancelled during them, the rows written
 * so far stay written and are one undoable edit, whose label says how far it went.
 */
final class PasteJob extends Job {

  private final GridEdits edits;
  private final PastePlan plan;
  private final String label;
  private final ISchedulingRule order;
  private final Shell shell;
  private final Consumer<String> say;

  /**
   * @param order the rule that sorting and filtering hold: the rows' positions must not move while
   *     the paste reads which rows they are
   * @param say shows what the paste did, on the UI thread
   */
  PasteJob(GridEdits edits, PastePlan plan, String label, ISchedulingRule order, Shell shell, Consumer<String> say) {
    super(label);
    this.edits = edits;
    this.plan = plan;
    this.label = label;
    this.order = order;
    this.shell = shell;
    this.say = say;
    setUser(true);
  }

  /** The editor's paste jobs are its undo context's family. */
  @Override
  public boolean belongsTo(Object family) {
    return family == edits.context();
  }

  @Override
  protected IStatus run(IProgressMonitor monitor) {
    SubMonitor progress = SubMonitor.convert(monitor, label, 10);
    GridEdits.PreparedPaste paste;
    try {
      paste = prepare(progress.split(1));
    } catch (OperationCanceledException e) {
      tell("Paste cancelled: nothing was written");
      return Status.CANCEL_STATUS;
    } catch (RuntimeException e) {
      tell(label + " failed, nothing was written: " + e.getMessage());
      return Status.error(label + " failed, nothing was written: " + e.getMessage(), e);
    }
    if (!paste.refusals().isEmpty() && !confirmed(paste)) {
      tell("Paste cancelled: nothing was written");
      return Status.CANCEL_STATUS;
    }
    RowEditOperation operation = paste.operation();
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
    tell(outcome(paste, written, operation.size(), planned));
    return written.matches(IStatus.ERROR | IStatus.CANCEL) ? written : Status.OK_STATUS;
  }

  private GridEdits.PreparedPaste prepare(SubMonitor progress) {
    getJobManager().beginRule(order, progress);
    try {
      return edits.prepare(plan, label, progress);
    } finally {
      getJobManager().endRule(order);
    }
  }

  private String outcome(GridEdits.PreparedPaste paste, IStatus written, int rows, int planned) {
    if (written.getSeverity() == IStatus.CANCEL || written.getSeverity() == IStatus.ERROR) {
      String why = written.getSeverity() == IStatus.CANCEL ? "Paste cancelled" : written.getMessage();
      return rows == 0 ? why + ": nothing was written"
          : why + ": " + count(rows) + " of " + count(planned) + " rows were written; Undo removes them";
    }
    return "Pasted " + count(paste.cells() - paste.refusals().size()) + " cells"
        + (paste.droppedColumns() > 0 ? "; " + paste.droppedColumns() + " columns had no column to go to" : "")
        + (paste.refusals().isEmpty() ? "" : "; " + count(paste.refusals().size()) + " refused");
  }

  /** Asks, on the UI thread, whether to paste the cells that fit. */
  private boolean confirmed(GridEdits.PreparedPaste paste) {
    List<GridEdits.Refusal> refusals = paste.refusals();
    StringBuilder text = new StringBuilder(count(refusals.size()) + " of " + count(paste.cells())
        + " pasted cells do not fit their column and would stay as they are:\n\n");
    refusals.stream().limit(10).forEach(r -> text.append("• ").append(r).append('\n'));
    if (refusals.size() > 10) {
      text.append("… and ").append(count(refusals.size() - 10)).append(" more\n");
    }
    text.append("\nPaste the other cells?");
    boolean[] answer = {false};
    if (!shell.isDisposed()) {
      shell.getDisplay().syncExec(() -> answer[0] = !shell.isDisposed()
          && MessageDialog.openQuestion(shell, "Some cells cannot be pasted", text.toString()));
    }
    return answer[0];
  }

  private void tell(String message) {
    if (!shell.isDisposed()) {
      shell.getDisplay().asyncExec(() -> say.accept(message));
    }
  }

  private static String count(int n) {
    return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
  }
}

package org.constl.ui.internal;

import java.util.ArrayList;
import java.util.List;
import org.constl.testing.ui.Ui;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * A dialog as the user answers it: the dialog is modal, so the answer is set up before the action
 * that opens it and runs inside the dialog's event loop. A failed answer closes the dialog (the
 * test must not hang on it) and is thrown again by {@link #check()}.
 */
final class DialogBot {

  private static final long MAX_WAIT_MS = 30_000;

  private final Shell shell;

  private DialogBot(Shell shell) {
    this.shell = shell;
  }

  /** What the user does in the dialog. */
  @FunctionalInterface
  interface Answer {
    void give(DialogBot dialog) throws Exception;
  }

  /** What the test does once the dialog titled so is open. */
  static Pending whenOpen(Display display, String title, Answer answer) {
    Pending pending = new Pending(title);
    long end = System.nanoTime() + MAX_WAIT_MS * 1_000_000L;
    Runnable poll = new Runnable() {
      @Override
      public void run() {
        for (Shell shell : display.getShells()) {
          if (title.equals(shell.getText()) && shell.isVisible()) {
            pending.answered = true;
            try {
              answer.give(new DialogBot(shell));
            } catch (Throwable failure) {
              pending.failure = failure;
              if (!shell.isDisposed()) {
                shell.close();
              }
            }
            return;
          }
        }
        if (System.nanoTime() < end) {
          display.timerExec(50, this);
        }
      }
    };
    display.timerExec(50, poll);
    return pending;
  }

  /** The answer to a dialog; {@link #check()} after the action that opened it. */
  static final class Pending {
    private final String title;
    private boolean answered;
    private Throwable failure;

    private Pending(String title) {
      this.title = title;
    }

    void check() {
      if (failure instanceof AssertionError error) {
        throw error;
      }
      if (failure != null) {
        throw new AssertionError("answering \"" + title + "\" failed", failure);
      }
      if (!answered) {
        throw new AssertionError("the dialog \"" + title + "\" never opened");
      }
    }
  }

  Shell shell() {
    return shell;
  }

  /** Types into the n-th text field, counted from 0 in the order they are laid out. */
  DialogBot type(int field, String text) {
    all(Text.class).get(field).setText(text);
    return this;
  }

  /** Picks the combo's item that starts with {@code prefix}. */
  DialogBot choose(int combo, String prefix) {
    Combo box = all(Combo.class).get(combo);
    for (int i = 0; i < box.getItemCount(); i++) {
      if (box.getItem(i).startsWith(prefix)) {
        box.select(i);
        box.notifyListeners(SWT.Modify, new Event());
        box.notifyListeners(SWT.Selection, new Event());
        return this;
      }
    }
    throw new AssertionError("no item \"" + prefix + "\" in " + List.of(box.getItems()));
  }

  /** What the n-th text field holds. */
  String text(int field) {
    return all(Text.class).get(field).getText();
  }

  /** What the n-th combo shows. */
  String chosen(int combo) {
    return all(Combo.class).get(combo).getText();
  }

  /** Clicks the radio button whose label starts with {@code label}, which unselects the others of its group. */
  DialogBot pick(String label) {
    Button radio = button(label);
    for (Control sibling : radio.getParent().getChildren()) {
      if (sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0) {
        other.setSelection(other == radio);
      }
    }
    radio.notifyListeners(SWT.Selection, new Event());
    Ui.process(shell.getDisplay());
    return this;
  }

  Table table() {
    return all(Table.class).get(0);
  }

  /** Clicks the first table's row whose text in {@code column} starts with {@code prefix}. */
  DialogBot selectRow(int column, String prefix) {
    Table table = table();
    for (TableItem item : table.getItems()) {
      if (item.getText(column).startsWith(prefix)) {
        table.setSelection(item);
        Event event = new Event();
        event.item = item;
        table.notifyListeners(SWT.Selection, event);
        Ui.process(shell.getDisplay());
        return this;
      }
    }
    throw new AssertionError("no row \"" + prefix + "\" in " + rows());
  }

  /** The first table's rows, each as its cells joined by "|". */
  List<String> rows() {
    Table table = table();
    List<String> rows = new ArrayList<>();
    for (TableItem item : table.getItems()) {
      StringBuilder row = new StringBuilder(item.getText(0));
      for (int column = 1; column < table.getColumnCount(); column++) {
        row.append('|').append(item.getText(column));
      }
      rows.add(row.toString());
    }
    return rows;
  }

  /** Presses the button whose label, without its mnemonic, starts with {@code label}. */
  DialogBot press(String label) {
    Button button = button(label);
    if (!button.isEnabled()) {
      throw new AssertionError("\"" + label + "\" is disabled in \"" + shell.getText() + "\"");
    }
    if ((button.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0) {
      button.setSelection(true);
    }
    button.notifyListeners(SWT.Selection, new Event());
    if (!shell.isDisposed()) {
      Ui.process(shell.getDisplay());
    }
    return this;
  }

  Button button(String label) {
    return all(Button.class).stream().filter(b -> b.getText().replace("&", "").startsWith(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no button \"" + label + "\" in \"" + shell.getText() + "\""));
  }

  /** Saves what the dialog shows, for people to look at. */
  DialogBot screenshot(String name) throws Exception {
    Ui.settle(shell.getDisplay(), 200);
    Ui.screenshot(shell, name);
    return this;
  }

  private <T extends Control> List<T> all(Class<T> type) {
    List<T> found = new ArrayList<>();
    collect(shell, type, found);
    return found;
  }

  private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
    if (type.isInstance(control) && control.isVisible()) {
      found.add(type.cast(control));
    }
    if (control instanceof Composite composite) {
      for (Control child : composite.getChildren()) {
        collect(child, type, found);
      }
    }
  }
}

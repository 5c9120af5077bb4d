package org.constl.ui.tables.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A translatable text cell's texts, one row per language (a free code such as {@code fr},
 * {@code த} or {@code kaq}) with its text; rows are added and removed. A row whose text is
 * blank counts as removed. OK is offered once every text has a language, given once.
 */
final class TranslationsDialog extends Dialog {

  private static final int LANGUAGE_WIDTH = 90;
  private static final int TEXT_WIDTH = 360;

  private final String yourLanguage;
  private final Map<String, String> initial;
  private final List<Text[]> rows = new ArrayList<>();
  private Composite table;
  private Label problem;
  private Map<String, String> result = Map.of();

  /**
   * @param yourLanguage the language a new row starts with when the cell has no text in it
   * @param initial the texts to start from, language to text
   */
  TranslationsDialog(Shell parent, String yourLanguage, Map<String, String> initial) {
    super(parent);
    this.yourLanguage = yourLanguage;
    this.initial = new LinkedHashMap<>(initial);
  }

  @Override
  protected boolean isResizable() {
    return true;
  }

  @Override
  protected void configureShell(Shell shell) {
    super.configureShell(shell);
    shell.setText("Translations of the cell");
  }

  @Override
  protected Control createDialogArea(Composite parent) {
    Composite area = (Composite) super.createDialogArea(parent);
    Label about = new Label(area, SWT.WRAP);
    about.setText("The cell's text in each language. The grid shows it in your language (" + yourLanguage
        + ") when there is one, else in another.");
    GridData aboutData = new GridData(SWT.FILL, SWT.TOP, true, false);
    aboutData.widthHint = LANGUAGE_WIDTH + TEXT_WIDTH + 100;
    about.setLayoutData(aboutData);
    table = new Composite(area, SWT.NONE);
    table.setLayout(new GridLayout(3, false));
    table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    header("Language");
    header("Text");
    header("");
    initial.forEach(this::addRow);
    if (initial.isEmpty()) {
      addRow(yourLanguage, "");
    }
    Button add = new Button(area, SWT.PUSH);
    add.setText("Add a language");
    add.addListener(SWT.Selection, event -> {
      boolean yours = !languages().contains(yourLanguage);
      addRow(yours ? yourLanguage : "", "");
      // The field to type in next: the text when the language is there already.
      rows.get(rows.size() - 1)[yours ? 1 : 0].setFocus();
      relayout();
    });
    problem = new Label(area, SWT.WRAP);
    problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    return area;
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    super.createButtonsForButtonBar(parent);
    check();
  }

  private void header(String text) {
    Label label = new Label(table, SWT.NONE);
    label.setText(text);
  }

  private void addRow(String language, String text) {
    Text languageField = new Text(table, SWT.BORDER | SWT.SINGLE);
    languageField.setText(language);
    languageField.setMessage("e.g. fr");
    GridData languageData = new GridData(SWT.FILL, SWT.CENTER, false, false);
    languageData.widthHint = LANGUAGE_WIDTH;
    languageField.setLayoutData(languageData);
    Text textField = new Text(table, SWT.BORDER | SWT.SINGLE);
    textField.setText(text);
    GridData textData = new GridData(SWT.FILL, SWT.CENTER, true, false);
    textData.widthHint = TEXT_WIDTH;
    textField.setLayoutData(textData);
    Text[] row = {languageField, textField};
    Button remove = new Button(table, SWT.PUSH);
    remove.setText("Remove");
    remove.setToolTipText("Remove this language's text");
    remove.addListener(SWT.Selection, event -> {
      rows.remove(row);
      languageField.dispose();
      textField.dispose();
      remove.dispose();
      relayout();
    });
    languageField.addModifyListener(event -> check());
    textField.addModifyListener(event -> check());
    rows.add(row);
  }

  private void relayout() {
    table.layout(true);
    // As tall as its rows now, as wide as the user left it.
    getShell().setSize(getShell().computeSize(getShell().getSize().x, SWT.DEFAULT));
    check();
  }

  private List<String> languages() {
    return rows.stream().map(row -> row[0].getText().strip()).toList();
  }

  /** Says what stops OK, if anything, and offers OK otherwise. */
  private void check() {
    Optional<String> wrong = wrong();
    if (problem != null && !problem.isDisposed()) {
      problem.setText(wrong.map(w -> "⚠ " + w).orElse(""));
      problem.getParent().layout(true);
    }
    Button ok = getButton(IDialogConstants.OK_ID);
    if (ok != null) {
      ok.setEnabled(wrong.isEmpty());
    }
  }

  private Optional<String> wrong() {
    List<String> seen = new ArrayList<>();
    for (Text[] row : rows) {
      String language = row[0].getText().strip();
      String text = row[1].getText();
      if (text.isBlank()) {
        continue;
      }
      if (language.isEmpty()) {
        return Optional.of("Give the language of \"" + text.strip() + "\".");
      }
      if (seen.contains(language)) {
        return Optional.of("The language " + language + " is given twice: keep one text per language.");
      }
      seen.add(language);
    }
    return Optional.empty();
  }

  @Override
  protected void okPressed() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Text[] row : rows) {
      if (!row[1].getText().isBlank()) {
        texts.put(row[0].getText().strip(), row[1].getText().strip());
      }
    }
    result = texts;
    super.okPressed();
  }

  /** The texts given, language to text, once OK was pressed. */
  Map<String, String> texts() {
    return result;
  }
}

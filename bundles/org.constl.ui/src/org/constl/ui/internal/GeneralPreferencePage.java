package org.constl.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.constl.ui.Theme;
import org.constl.storage.DataFolderLocation;
import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window &gt; Preferences &gt; Constellation: where the data lives and how the workbench looks. */
public final class GeneralPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

  static final String ID = "org.constl.ui.preferences.general";

  /** The themes this page offers, by id, in the order shown. */
  static final List<String> THEMES = Arrays.stream(Theme.values()).map(Theme::id).toList();

  private final DataFolderLocation location = DataFolderLocation.ofThisProcess();
  private IThemeEngine themeEngine;
  private Text dataFolder;
  private Combo theme;

  @Override
  public void init(IWorkbench workbench) {
    themeEngine = workbench.getService(IThemeEngine.class);
    setDescription("Where Constellation keeps its data, and how the workbench looks.");
  }

  @Override
  protected Control createContents(Composite parent) {
    Composite page = new Composite(parent, SWT.NONE);
    GridLayoutFactory.fillDefaults().numColumns(3).applyTo(page);

    new Label(page, SWT.NONE).setText("Data folder:");
    dataFolder = new Text(page, SWT.BORDER | SWT.SINGLE);
    GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(dataFolder);
    Button browse = new Button(page, SWT.PUSH);
    browse.setText("Browse...");
    browse.addListener(SWT.Selection, event -> browse());
    Label note = new Label(page, SWT.WRAP);
    note.setText("A new folder is used from the next start. The current session uses "
        + location.resolve() + ".");
    GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(note);

    new Label(page, SWT.NONE).setText("Theme:");
    theme = new Combo(page, SWT.READ_ONLY);
    GridDataFactory.fillDefaults().span(2, 1).applyTo(theme);
    for (String id : THEMES) {
      theme.add(label(id));
    }
    showCurrentValues();
    return page;
  }

  private void showCurrentValues() {
    Path chosen = location.chosenFolder();
    dataFolder.setText((chosen != null ? chosen : location.defaultFolder()).toString());
    ITheme active = themeEngine == null ? null : themeEngine.getActiveTheme();
    int index = active == null ? 0 : THEMES.indexOf(active.getId());
    theme.select(Math.max(0, index));
  }

  private String label(String themeId) {
    if (themeEngine != null) {
      for (ITheme candidate : themeEngine.getThemes()) {
        if (candidate.getId().equals(themeId)) {
          return candidate.getLabel();
        }
      }
    }
    return themeId;
  }

  private void browse() {
    DirectoryDialog dialog = new DirectoryDialog(getShell());
    dialog.setText("Data folder");
    dialog.setFilterPath(dataFolder.getText());
    String folder = dialog.open();
    if (folder != null) {
      dataFolder.setText(folder);
    }
  }

  @Override
  protected void performDefaults() {
    dataFolder.setText(location.defaultFolder().toString());
    theme.select(0);
    super.performDefaults();
  }

  @Override
  public boolean performOk() {
    String folder = dataFolder.getText().trim();
    if (folder.isEmpty() || !Path.of(folder).isAbsolute()) {
      setErrorMessage("The data folder must be an absolute path.");
      return false;
    }
    try {
      Path path = Path.of(folder);
      location.choose(path.equals(location.defaultFolder()) ? null : path);
    } catch (IOException e) {
      setErrorMessage("Cannot save the data folder: " + e.getMessage());
      return false;
    }
    setErrorMessage(null);
    if (themeEngine != null && theme.getSelectionIndex() >= 0) {
      themeEngine.setTheme(THEMES.get(theme.getSelectionIndex()), true);
    }
    return true;
  }
}

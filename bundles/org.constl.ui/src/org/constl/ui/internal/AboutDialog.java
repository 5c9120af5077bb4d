package org.constl.ui.internal;

import org.constl.core.Versions;
import org.constl.storage.DataFolder;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** What Constellation is, and the versions of everything it runs on. */
final class AboutDialog extends Dialog {

  AboutDialog(Shell parent) {
    super(parent);
  }

  @Override
  protected void configureShell(Shell shell) {
    super.configureShell(shell);
    shell.setText("About Constellation");
  }

  @Override
  protected Control createDialogArea(Composite parent) {
    Composite area = (Composite) super.createDialogArea(parent);
    GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(area);
    Label title = new Label(area, SWT.NONE);
    title.setText("Constellation Workbench");
    title.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
    Label summary = new Label(area, SWT.WRAP);
    summary.setText("Local-first, peer-to-peer sharing of scientific databases.");
    GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(summary);

    Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
    table.setHeaderVisible(true);
    TableColumn what = new TableColumn(table, SWT.NONE);
    what.setText("Component");
    TableColumn version = new TableColumn(table, SWT.NONE);
    version.setText("Version");
    Versions versions = Services.find(Versions.class);
    if (versions == null) {
      row(table, "Versions", "unavailable: the core service did not start");
    } else {
      versions.all().forEach(entry -> row(table, entry.name(), entry.version()));
    }
    DataFolder folder = Services.find(DataFolder.class);
    if (folder != null) {
      row(table, "Data folder", folder.path().toString());
    }
    what.pack();
    version.pack();
    table.deselectAll();
    GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
    return area;
  }

  private static void row(Table table, String name, String value) {
    TableItem item = new TableItem(table, SWT.NONE);
    item.setText(new String[] {name, value});
  }

  @Override
  protected void createButtonsForButtonBar(Composite parent) {
    createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
  }
}

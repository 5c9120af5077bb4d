package org.constl.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** The site's address, what it offers, and which features to install. */
final class InstallFromSitePage extends WizardPage {

  private final UpdateSiteInstaller installer;
  private Text address;
  private Table features;
  private UpdateSiteInstaller.Offer offer;

  InstallFromSitePage(UpdateSiteInstaller installer) {
    super("site", "Install Plugins from an Update Site", null);
    this.installer = installer;
    setDescription("Enter the address of a p2 update site (file:, or a folder), load it, and tick the plug-ins"
        + " to install. Plug-ins are not signed: install only from sites you trust.");
    setPageComplete(false);
  }

  @Override
  public void createControl(Composite parent) {
    Composite page = new Composite(parent, SWT.NONE);
    GridLayoutFactory.swtDefaults().numColumns(4).applyTo(page);
    new Label(page, SWT.NONE).setText("&Site:");
    address = new Text(page, SWT.BORDER | SWT.SINGLE);
    address.setMessage("file:/path/to/repository");
    GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(address);
    Button browse = new Button(page, SWT.PUSH);
    browse.setText("&Browse…");
    browse.addListener(SWT.Selection, event -> browse());
    Button load = new Button(page, SWT.PUSH);
    load.setText("&Load");
    load.addListener(SWT.Selection, event -> load());
    address.addListener(SWT.DefaultSelection, event -> load());

    features = new Table(page, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION);
    features.setHeaderVisible(true);
    new TableColumn(features, SWT.NONE).setText("Plug-in");
    new TableColumn(features, SWT.NONE).setText("Version");
    features.getColumn(0).setWidth(340);
    features.getColumn(1).setWidth(180);
    features.addListener(SWT.Selection, event -> setPageComplete(!checked().isEmpty()));
    GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(SWT.DEFAULT, 180).applyTo(features);
    setControl(page);
  }

  private void browse() {
    DirectoryDialog dialog = new DirectoryDialog(getShell());
    dialog.setText("Update site folder");
    String folder = dialog.open();
    if (folder != null) {
      address.setText(Path.of(folder).toUri().toString());
      load();
    }
  }

  /** Reads the site in the wizard's progress area, then lists its features. */
  private void load() {
    features.removeAll();
    offer = null;
    setPageComplete(false);
    URI site;
    try {
      site = siteAddress(address.getText());
    } catch (URISyntaxException e) {
      setErrorMessage("Not an address: " + e.getMessage());
      return;
    }
    UpdateSiteInstaller.Offer[] read = new UpdateSiteInstaller.Offer[1];
    try {
      getContainer().run(true, true, monitor -> {
        try {
          read[0] = installer.read(site, monitor);
        } catch (ProvisionException e) {
          throw new InvocationTargetException(e);
        }
      });
    } catch (InvocationTargetException e) {
      setErrorMessage("Cannot read the site: " + e.getCause().getMessage());
      return;
    } catch (InterruptedException e) {
      setErrorMessage("Reading the site was cancelled.");
      return;
    }
    offer = read[0];
    for (IInstallableUnit unit : offer.features()) {
      TableItem item = new TableItem(features, SWT.NONE);
      item.setText(new String[] {UpdateSiteInstaller.name(unit), unit.getVersion().toString()});
      item.setData(unit);
    }
    setErrorMessage(null);
    setMessage(offer.features().isEmpty() ? "The site offers nothing that is not installed already."
        : "Tick the plug-ins to install.");
  }

  /** A URI as typed, or a local folder's path as a file: URI. */
  static URI siteAddress(String text) throws URISyntaxException {
    String trimmed = text.strip();
    if (trimmed.startsWith("/")) {
      return Path.of(trimmed).toUri();
    }
    URI uri = new URI(trimmed);
    if (uri.getScheme() == null) {
      throw new URISyntaxException(trimmed, "give a file: URI or an absolute folder");
    }
    return uri;
  }

  URI site() {
    return offer.site();
  }

  List<IInstallableUnit> checked() {
    List<IInstallableUnit> units = new ArrayList<>();
    for (TableItem item : features.getItems()) {
      if (item.getChecked()) {
        units.add((IInstallableUnit) item.getData());
      }
    }
    return units;
  }
}

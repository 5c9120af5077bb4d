package org.constl.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.constl.storage.DataFolder;
import org.constl.storage.DataFolderException;
import org.constl.storage.DataFolderLocation;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** The workbench: opens and locks the data folder, then runs the Eclipse workbench on it. */
public final class WorkbenchApplication implements IApplication {

  /** The exit code when the data folder is unavailable, as on the command line. */
  static final int EXIT_DATA_FOLDER_UNAVAILABLE = 3;

  /** Eclipse's own workspace (preferences, view layout, markers) lives inside the data folder. */
  static final String WORKBENCH_STATE_FOLDER = "workbench";

  @Override
  public Object start(IApplicationContext context) throws Exception {
    String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
    Path folderPath = dataFolderPath(arguments == null ? List.of() : Arrays.asList(arguments));
    Display display = PlatformUI.createDisplay();
    try (DataFolder folder = DataFolder.open(folderPath)) {
      useInstanceLocation(folder.subfolder(WORKBENCH_STATE_FOLDER));
      // The opened folder is a service: the views and, later, the stores take it from there.
      BundleContext bundles = FrameworkUtil.getBundle(getClass()).getBundleContext();
      ServiceRegistration<DataFolder> registration =
          bundles.registerService(DataFolder.class, folder, null);
      try {
        int code = PlatformUI.createAndRunWorkbench(display, new ConstellationWorkbenchAdvisor());
        return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
      } finally {
        registration.unregister();
      }
    } catch (DataFolderException e) {
      MessageDialog.openError(null, "Constellation cannot start", e.getMessage());
      return EXIT_DATA_FOLDER_UNAVAILABLE;
    } finally {
      display.dispose();
    }
  }

  @Override
  public void stop() {
    if (!PlatformUI.isWorkbenchRunning()) {
      return;
    }
    IWorkbench workbench = PlatformUI.getWorkbench();
    Display display = workbench.getDisplay();
    display.syncExec(() -> {
      if (!display.isDisposed()) {
        workbench.close();
      }
    });
  }

  /** {@code --data DIR} among the application's arguments, else the configured location. */
  static Path dataFolderPath(List<String> arguments) {
    int index = arguments.indexOf("--data");
    if (index >= 0 && index + 1 < arguments.size()) {
      return Path.of(arguments.get(index + 1)).toAbsolutePath().normalize();
    }
    return DataFolderLocation.ofThisProcess().resolve();
  }

  /**
   * Points Eclipse's instance location at the data folder, unless the launch already set it (as
   * the UI test harness does).
   */
  private static void useInstanceLocation(Path folder) throws IOException {
    Location location = Platform.getInstanceLocation();
    if (location != null && !location.isSet()) {
      location.set(folder.toUri().toURL(), false);
    }
  }
}

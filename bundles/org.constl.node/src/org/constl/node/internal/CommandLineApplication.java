package org.constl.node.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.constl.node.Command;
import org.constl.storage.DataFolderLocation;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;

/** The {@code constellation} command line: the headless entry point of the product. */
public final class CommandLineApplication implements IApplication {

  private volatile StopSignal stopSignal;

  @Override
  public Object start(IApplicationContext context) throws InvalidSyntaxException {
    context.applicationRunning();
    String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
    BundleContext bundles = FrameworkUtil.getBundle(getClass()).getBundleContext();
    List<ServiceReference<Command>> references =
        new ArrayList<>(bundles.getServiceReferences(Command.class, null));
    List<Command> commands = new ArrayList<>();
    for (ServiceReference<Command> reference : references) {
      Command command = bundles.getService(reference);
      if (command != null) {
        commands.add(command);
      }
    }
    StopSignal signal = StopSignal.install((Framework) bundles.getBundle(Constants.SYSTEM_BUNDLE_ID));
    stopSignal = signal;
    try {
      CommandLine commandLine = new CommandLine(commands);
      return commandLine.run(arguments == null ? List.of() : Arrays.asList(arguments), System.out,
          System.err, folder -> new ProcessCommandContext(System.out, System.err, System.in, folder, signal),
          DataFolderLocation.ofThisProcess().resolve());
    } finally {
      System.out.flush();
      references.forEach(bundles::ungetService);
      signal.finished();
    }
  }

  @Override
  public void stop() {
    StopSignal signal = stopSignal;
    if (signal != null) {
      signal.request();
    }
  }
}

package org.constl.product.tests;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Starts the user's part ({@link Driver}) when this bundle is started inside a launched product
 * with {@code -Dconstl.installtest.phase}; in the test runtime it does nothing.
 */
public final class DriverActivator implements BundleActivator {

  static final String PHASE = "constl.installtest.phase";

  @Override
  public void start(BundleContext context) {
    String phase = System.getProperty(PHASE);
    if (phase != null) {
      Thread thread = new Thread(() -> new Driver(context, Driver.Phase.valueOf(phase)).run(), "install-test driver");
      thread.setDaemon(true);
      thread.start();
    }
  }

  @Override
  public void stop(BundleContext context) {
    // The driver thread is a daemon and ends with the workbench.
  }
}

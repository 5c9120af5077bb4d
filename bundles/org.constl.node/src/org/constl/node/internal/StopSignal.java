package org.constl.node.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.launch.Framework;

/**
 * Turns Ctrl+C and SIGTERM into a stop request the running command can wait for.
 * <p>
 * The JVM exits as soon as its shutdown hooks return, so the hook waits (a bounded time) until
 * the command has finished stopping and the OSGi framework has stopped: that is what lets the node
 * close its store cleanly.
 */
public final class StopSignal {

  private static final long GRACE_SECONDS = 20;

  private final CountDownLatch requested = new CountDownLatch(1);
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook = new Thread(this::onShutdown, "constellation-stop");
  private final Framework framework;

  private StopSignal(Framework framework) {
    this.framework = framework;
  }

  /** Starts listening for the process's stop signals; the framework is awaited on a signal. */
  public static StopSignal install(Framework framework) {
    StopSignal signal = new StopSignal(framework);
    Runtime.getRuntime().addShutdownHook(signal.hook);
    return signal;
  }

  /** Blocks until a stop is requested. */
  public void await() throws InterruptedException {
    requested.await();
  }

  /** Asks the running command to stop, as a signal would. */
  public void request() {
    requested.countDown();
  }

  /** Called when the command has finished, whether or not a stop was requested. */
  public void finished() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The hook is running and returns now that the command has finished.
    }
  }

  private void onShutdown() {
    request();
    try {
      if (finished.await(GRACE_SECONDS, TimeUnit.SECONDS) && framework != null) {
        framework.waitForStop(TimeUnit.SECONDS.toMillis(GRACE_SECONDS));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package org.constl.node.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.constl.core.Versions;
import org.constl.node.Command;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** The services are really published by DS in the running framework (BUILD.md pitfall 6). */
class DeclarativeServicesTest {

  private final BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();

  private <T> T await(Class<T> type) throws InterruptedException {
    ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
    tracker.open();
    try {
      return tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
    } finally {
      tracker.close();
    }
  }

  @Test
  void theVersionsServiceIsPublishedWithConstellationFirst() throws Exception {
    Versions versions = await(Versions.class);
    assertNotNull(versions, "no Versions service: is DS (felix.scr) running and tycho-ds enabled?");
    assertEquals("Constellation Workbench", versions.all().get(0).name());
    assertTrue(versions.constellation().startsWith("0.1.0"), versions.constellation());
    assertTrue(versions.all().stream().anyMatch(entry -> entry.name().equals("Java")));
  }

  @Test
  void theCommandsArePublishedAsServices() throws Exception {
    assertNotNull(await(Command.class));
    Set<String> names = new TreeSet<>();
    for (ServiceReference<Command> reference : context.getServiceReferences(Command.class, null)) {
      names.add(context.getService(reference).name());
      context.ungetService(reference);
    }
    assertTrue(names.containsAll(Set.of("node", "version", "add", "cat", "dag-cbor", "identity")),
        names.toString());
  }
}

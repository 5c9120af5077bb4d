package org.constl.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.constl.core.Versions;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.util.tracker.ServiceTracker;

class RuntimeVersionsTest {

  @Test
  void aReleaseVersionIsShownWithoutQualifier() {
    assertEquals("1.2.3", RuntimeVersions.display(new Version(1, 2, 3)));
  }

  @Test
  void aBuildQualifierIsShownInBrackets() {
    assertEquals("0.1.0 (202611211200)", RuntimeVersions.display(new Version("0.1.0.202611211200")));
  }

  @Test
  void theServiceListsConstellationTheFormatsTheFrameworkAndJava() throws Exception {
    BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
    ServiceTracker<Versions, Versions> tracker = new ServiceTracker<>(context, Versions.class, null);
    tracker.open();
    try {
      Versions versions = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
      assertNotNull(versions, "the Versions component was not published by DS");
      List<String> names = versions.all().stream().map(Versions.Entry::name).toList();
      assertEquals(List.of("Constellation Workbench", "Compatible with", "Eclipse workbench",
          "OSGi framework", "Java", "Operating system"), names);
      assertEquals(RuntimeVersions.COMPATIBLE_WITH, versions.all().get(1).version());
      assertEquals(System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor")
          + ")", versions.all().get(4).version());
    } finally {
      tracker.close();
    }
  }
}

package org.constl.core.objects.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.constl.core.objects.Constellation;
import org.constl.core.objects.DeviceKeys;
import org.constl.storage.DataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The Declarative Services component: published once a {@link DataFolder} service is there, with
 * this device's identity created in the folder's key store, and the same account after the
 * folder is registered again.
 */
class ConstellationComponentTest {

  private static final long WAIT_MILLIS = TimeUnit.SECONDS.toMillis(60);

  @TempDir
  Path folder;

  @Test
  void theServiceComesWithTheDataFolderAndKeepsItsAccount() throws Exception {
    BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
    ServiceTracker<Constellation, Constellation> tracker = new ServiceTracker<>(context, Constellation.class, null);
    tracker.open();
    try {
      assertNull(tracker.getService(), "no data folder yet, no Constellation");
      String account;
      String database;
      try (DataFolder data = DataFolder.open(folder)) {
        ServiceRegistration<DataFolder> registration = context.registerService(DataFolder.class, data, null);
        Constellation constellation = tracker.waitForService(WAIT_MILLIS);
        assertNotNull(constellation, "DS did not publish Constellation");
        account = constellation.account().id();
        database = constellation.databases().create("ODbl-1_0", Optional.empty());
        assertTrue(Files.isDirectory(folder.resolve(DeviceKeys.KEYSTORE_FOLDER)), "the identity is in the folder");
        registration.unregister();
        assertNull(tracker.getService(), "the service goes with the data folder");
      }
      try (DataFolder data = DataFolder.open(folder)) {
        ServiceRegistration<DataFolder> registration = context.registerService(DataFolder.class, data, null);
        Constellation constellation = tracker.waitForService(WAIT_MILLIS);
        assertNotNull(constellation);
        assertEquals(account, constellation.account().id());
        assertEquals(List.of(database), constellation.databases().mine());
        registration.unregister();
      }
    } finally {
      tracker.close();
    }
  }
}

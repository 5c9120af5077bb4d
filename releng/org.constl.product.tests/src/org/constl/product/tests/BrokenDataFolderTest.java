package org.constl.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A data folder whose store is damaged: the product still starts, and its Data view says what is
 * wrong in the store's own words, rather than sending the user to a log file.
 */
class BrokenDataFolderTest {

  @Test
  void theDataViewSaysWhyTheStoreCannotBeOpened() throws Exception {
    Path product = InstallFromUpdateSiteTest.property("constl.product.dir");
    LaunchedProduct copy = LaunchedProduct.copyOf(product,
        InstallFromUpdateSiteTest.property("constl.installtest.dir").resolveSibling("broken-store-test"));
    Files.createDirectories(copy.dataFolder());
    Files.writeString(copy.dataFolder().resolve("store.sqlite"), "not a database, not even close\n".repeat(200));

    LaunchedProduct.Run run = copy.run(Driver.Phase.BROKEN_STORE, InstallFromUpdateSiteTest.property("constl.driver.jar"),
        "", InstallFromUpdateSiteTest.property("constl.screenshots"));
    assertEquals("ok", run.get("result"), run.output());
    String shown = run.get("dataView");
    assertTrue(shown.contains("Constellation could not open this data folder: cannot open the store of "), shown);
    assertTrue(shown.contains("store.sqlite is damaged") && shown.contains("Restore it from a backup"), shown);
  }
}

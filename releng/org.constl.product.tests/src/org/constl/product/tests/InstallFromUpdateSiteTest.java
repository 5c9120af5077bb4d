package org.constl.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user installs the example plug-in from the project's update site into the built product,
 * through Help > Install Plugins from Update Site…, restarts, and finds its rule types at work in
 * the grid of a table and its view beside the editor.
 */
class InstallFromUpdateSiteTest {

  static Path property(String name) {
    return Path.of(System.getProperty(name)).toAbsolutePath().normalize();
  }

  @Test
  void theExamplePluginInstallsFromTheSiteAndWorksAfterTheRestart() throws Exception {
    Path product = property("constl.product.dir");
    Path site = property("constl.updatesite.dir");
    assertTrue(Files.isDirectory(product.resolve("p2")), "build the product first (releng/org.constl.product): " + product);
    assertTrue(Files.exists(site.resolve("content.jar")) || Files.exists(site.resolve("content.xml")),
        "build the update site first (releng/org.constl.updatesite): " + site);
    Path screenshots = property("constl.screenshots");
    LaunchedProduct copy = LaunchedProduct.copyOf(product, property("constl.installtest.dir"));
    assertFalse(copy.bundlesInfo().contains("org.constl.examples.hydrology"), "installed before the test");

    LaunchedProduct.Run install = copy.run(Driver.Phase.INSTALL, property("constl.driver.jar"),
        site.toUri().toString(), screenshots);
    assertEquals("ok", install.get("result"), install.output());
    assertTrue(install.get("offered").startsWith(Driver.FEATURE_NAME + " 0.1.0."), install.get("offered"));
    assertEquals(LaunchedProduct.EXIT_RESTART, install.exitCode(), "Restart Now must ask for a restart\n"
        + install.output());
    assertTrue(copy.bundlesInfo().contains("org.constl.examples.hydrology,"), copy.bundlesInfo());
    assertTrue(copy.bundlesInfo().contains("org.constl.examples.hydrology.ui,"), copy.bundlesInfo());

    LaunchedProduct.Run use = copy.run(Driver.Phase.USE, property("constl.driver.jar"), site.toUri().toString(),
        screenshots);
    assertEquals("ok", use.get("result"), use.output());
    assertEquals(0, use.exitCode(), use.output());
    assertTrue(List.of(use.get("ruleTypes").split(",")).containsAll(List.of(Driver.RAINFALL, Driver.GAUGE)),
        use.get("ruleTypes"));
    assertEquals(List.of(
        "r04 VIOLATION rainfall 612 mm is above 500 mm (rule hydrology.rainfallMm pluie of variable v-rain)",
        "r04 VIOLATION gauge reading 9.1 at 2024-05-01T18:00:00Z is below 11.6 read earlier that day at"
            + " 2024-05-01T12:00:00Z (station GA-01) (rule hydrology.cumulativeGauge cumul of table relevés)"),
        List.of(use.get("findings").split("\n")));
    // The same rows in a table of the account, in the grid: the two cells marked, and counted.
    assertEquals("5 rows · 2 findings", use.get("gridStatus"));
    assertEquals("Gauge (mm) (number)=9.1; Rain (mm) (number)=612", use.get("gridMarked"));
    assertTrue(use.get("domainViews").contains(Driver.CHART_VIEW), use.get("domainViews"));
    assertEquals("Gauge (mm) (number): 5 rows, from 0 to 14", use.get("chart"));
    // Half the editor area, beside the editor: over a quarter of the window, where the Properties
    // view's stack, in which the workbench would have put it, is a fifth.
    assertTrue(Double.parseDouble(use.get("chartShare")) > 0.25, "the chart is squeezed: " + use.get("chartShare"));
    Path shot = Path.of(use.get("screenshot"));
    assertTrue(Files.size(shot) > 10_000, "the screenshot is suspiciously small: " + shot);
  }
}

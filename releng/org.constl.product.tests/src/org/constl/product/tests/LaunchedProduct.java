package org.constl.product.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of the built product, started the way the {@code constellation} script starts it, with
 * this test bundle added as the driver of one phase.
 */
final class LaunchedProduct {

  /** What p2's restart asks the launcher for (IApplication.EXIT_RESTART). */
  static final int EXIT_RESTART = 23;
  private static final long MAX_MINUTES = 8;

  /** How one run ended: its exit code, what the driver reported, and the product's output. */
  record Run(int exitCode, Properties report, String output) {
    String get(String key) {
      return report.getProperty(key, "");
    }
  }

  private final Path home;
  private final Path work;

  private LaunchedProduct(Path home, Path work) {
    this.home = home;
    this.work = work;
  }

  /** Copies the product into {@code work}/constellation (afresh). */
  static LaunchedProduct copyOf(Path product, Path work) throws IOException {
    Path home = work.resolve("constellation");
    deleteTree(work);
    try (Stream<Path> files = Files.walk(product)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = home.resolve(product.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return new LaunchedProduct(home, work);
  }

  Path home() {
    return home;
  }

  /** The data folder the product is started with. */
  Path dataFolder() {
    return work.resolve("data");
  }

  String bundlesInfo() throws IOException {
    return Files.readString(home.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
  }

  /** Runs the product with the driver in this phase until it exits (bounded). */
  Run run(Driver.Phase phase, Path driverJar, String site, Path screenshots) throws Exception {
    Path report = work.resolve(phase.name().toLowerCase() + ".properties");
    Path output = work.resolve(phase.name().toLowerCase() + ".log");
    Files.deleteIfExists(report);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-Djava.util.logging.config.file=" + home.resolve("logging.properties"));
    // The configurator's own jar, then the driver: osgi.bundles from the command line wins over
    // config.ini. Non-exclusive, so that applying p2's new configuration keeps the driver.
    command.add("-Dosgi.bundles=reference:file:" + plugin("org.eclipse.equinox.simpleconfigurator_") + "@1:start,"
        + "reference:file:" + driverJar.toAbsolutePath() + "@4:start");
    command.add("-Dorg.eclipse.equinox.simpleconfigurator.exclusiveInstallation=false");
    command.add("-D" + DriverActivator.PHASE + "=" + phase.name());
    command.add("-D" + Driver.SITE + "=" + site);
    command.add("-D" + Driver.REPORT + "=" + report);
    command.add("-D" + Driver.SCREENSHOTS + "=" + screenshots);
    command.add("-jar");
    command.add(plugin("org.eclipse.equinox.launcher_").toString());
    command.addAll(List.of("-product", "org.constl.ui.product", "-data", "@noDefault", "-nosplash",
        "--data", dataFolder().toString()));
    Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
        .redirectOutput(output.toFile()).start();
    if (!process.waitFor(MAX_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("the product did not exit within " + MAX_MINUTES + " minutes; its output:\n"
          + Files.readString(output));
    }
    Properties properties = new Properties();
    if (Files.exists(report)) {
      try (InputStream in = Files.newInputStream(report)) {
        properties.load(in);
      }
    }
    return new Run(process.exitValue(), properties, Files.readString(output));
  }

  private Path plugin(String prefix) throws IOException {
    try (Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
      return plugins.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".jar"))
          .findFirst().orElseThrow(() -> new IOException("no " + prefix + "*.jar in " + home.resolve("plugins")));
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path path : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(path);
      }
    }
  }
}

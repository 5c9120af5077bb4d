package org.constl.core.objects;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code interop/check-layouts.mjs}, run with node ({@code -Dconstl.interop=DIR}, else found
 * upwards from the working directory). A test that needs it is skipped, saying why, when the
 * script, its node_modules or node itself is missing.
 */
final class LayoutScript {

  /** How a run ended: exit code, stdout, stderr. */
  record Run(int exitCode, String out, String err) {
  }

  private static final String NAME = "check-layouts.mjs";

  private final Path script;

  private LayoutScript(Path script) {
    this.script = script;
  }

  static LayoutScript find() {
    String configured = System.getProperty("constl.interop");
    Path found = null;
    if (configured != null) {
      found = Path.of(configured, NAME);
    } else {
      for (Path dir = Path.of("").toAbsolutePath(); dir != null && found == null; dir = dir.getParent()) {
        Path candidate = dir.resolve("interop").resolve(NAME);
        found = Files.isRegularFile(candidate) ? candidate : null;
      }
    }
    assumeTrue(found != null && Files.isRegularFile(found) && Files.isDirectory(found.resolveSibling("node_modules")),
        "skipped: interop/" + NAME + " with its node_modules not found (set -Dconstl.interop=DIR)");
    return new LayoutScript(found);
  }

  /** Checks the database folders under {@code folder}, writing their shapes to {@code shapes}. */
  Run check(Path folder, Path shapes) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", script.toString(), "--shapes", shapes.toString(), folder.toString()));
    Process process;
    try {
      process = new ProcessBuilder(command).directory(script.getParent().toFile()).start();
    } catch (IOException e) {
      assumeTrue(false, "skipped: node could not be started: " + e.getMessage());
      throw e;
    }
    process.getOutputStream().close();
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    String out = readAll(process.getInputStream());
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("node did not finish: " + command);
    }
    return new Run(process.exitValue(), out, err.join());
  }

  private static String readAll(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.constl.node.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A node script of the repository's {@code interop/} folder (found upwards from the working
 * directory, or in {@code -Dconstl.interop=DIR}); tests that need one are skipped without node.
 */
final class InteropScript {

  private final Path script;

  private InteropScript(Path script) {
    this.script = script;
  }

  /** The script, or the calling test is skipped when it or node is missing. */
  static InteropScript find(String name) throws InterruptedException {
    String configured = System.getProperty("constl.interop");
    Path found = null;
    if (configured != null) {
      found = Path.of(configured, name);
    } else {
      for (Path dir = Path.of("").toAbsolutePath(); dir != null && found == null; dir = dir.getParent()) {
        Path candidate = dir.resolve("interop").resolve(name);
        found = Files.isRegularFile(candidate) ? candidate : null;
      }
    }
    assumeTrue(found != null && Files.isDirectory(found.resolveSibling("node_modules")),
        "interop/" + name + " with its node_modules not found");
    assumeTrue(nodeRuns(), "node is not on the PATH");
    return new InteropScript(found);
  }

  /** Runs the script and returns its stdout, trimmed; a non-zero exit is an IOException. */
  String run(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", script.toString()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).directory(script.getParent().toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("node did not finish: " + command);
    }
    if (process.exitValue() != 0) {
      throw new IOException("node exited with " + process.exitValue() + ": " + command);
    }
    return output;
  }

  private static boolean nodeRuns() throws InterruptedException {
    try {
      Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}

package org.constl.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A node script of the repository's {@code interop/} folder ({@code -Dconstl.interop=DIR}, else
 * found upwards from the working directory), run with the machine's {@code node} and stopped
 * after five minutes. A test that needs one is skipped, saying why, when the script, its
 * node_modules or node itself is missing.
 */
public final class InteropScript {

    /** How a run ended: exit code, stdout, stderr. */
    public record Run(int exitCode, String out, String err) {
    }

    private final Path script;

    private InteropScript(Path script) {
        this.script = script;
    }

    public static InteropScript find(String name) throws InterruptedException {
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
        assumeTrue(found != null && Files.isRegularFile(found) && Files.isDirectory(found.resolveSibling("node_modules")),
                "skipped: interop/" + name + " with its node_modules not found (set -Dconstl.interop=DIR)");
        assumeTrue(nodeRuns(), "skipped: node is not on the PATH");
        return new InteropScript(found);
    }

    /** Runs the script and returns its stdout; a non-zero exit fails with its stderr. */
    public String run(String... arguments) throws IOException, InterruptedException {
        Run run = runAllowingFailure(arguments);
        if (run.exitCode() != 0) {
            throw new IOException(script.getFileName() + " exited with " + run.exitCode() + ": " + run.err());
        }
        return run.out();
    }

    public Run runAllowingFailure(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", script.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(script.getParent().toFile()).start();
        process.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        String out = readAll(process.getInputStream());
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("node did not finish: " + command);
        }
        return new Run(process.exitValue(), out, err.join());
    }

    private static String readAll(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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

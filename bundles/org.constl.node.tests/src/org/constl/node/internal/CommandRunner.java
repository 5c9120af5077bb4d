package org.constl.node.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.constl.node.Command;

/**
 * Runs command lines as the {@code constellation} program would, each with a fresh context that
 * opens the data folder (and so the store) from disk and closes it at the end.
 */
final class CommandRunner {

  /** What one run gave. */
  record Result(int exitCode, byte[] stdout, String stderr) {
    String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }

    List<String> lines() {
      return out().lines().toList();
    }
  }

  private final CommandLine commandLine;
  private final Path dataFolder;

  CommandRunner(Path dataFolder, Command... commands) {
    this.commandLine = new CommandLine(List.of(commands));
    this.dataFolder = dataFolder;
  }

  Result run(byte[] stdin, String... arguments) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
    int exitCode = commandLine.run(List.of(arguments), stdout, stderr,
        folder -> new ProcessCommandContext(stdout, stderr, new ByteArrayInputStream(stdin), folder, null),
        dataFolder);
    return new Result(exitCode, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  Result run(String... arguments) {
    return run(new byte[0], arguments);
  }
}

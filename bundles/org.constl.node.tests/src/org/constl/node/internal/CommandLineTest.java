package org.constl.node.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constl.node.Command;
import org.constl.node.CommandContext;
import org.constl.node.CommandException;
import org.constl.node.ExitCode;
import org.constl.storage.DataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

  @TempDir
  Path temp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<Path> foldersSeen = new ArrayList<>();

  /** A command that opens the data folder and echoes its arguments. */
  private final Command echo = new Command() {
    @Override
    public String name() {
      return "echo";
    }

    @Override
    public String summary() {
      return "Echo the arguments";
    }

    @Override
    public String synopsis() {
      return "WORDS...";
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
      if (arguments.contains("fail")) {
        throw new CommandException(ExitCode.FAILURE, "asked to fail");
      }
      if (arguments.contains("crash")) {
        throw new IllegalStateException("boom");
      }
      foldersSeen.add(context.dataFolder().path());
      context.out().print(String.join(" ", arguments));
      return ExitCode.OK;
    }
  };

  private int run(String... arguments) {
    CommandLine commandLine = new CommandLine(List.of(echo));
    PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
    return commandLine.run(List.of(arguments), stdout, stderr,
        folder -> new ProcessCommandContext(stdout, stderr, new ByteArrayInputStream(new byte[0]),
            folder, null),
        temp.resolve("default"));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void runsACommandWithItsArgumentsInTheDefaultFolder() {
    assertEquals(ExitCode.OK, run("echo", "a", "b"));
    assertEquals("a b", stdout());
    assertEquals(List.of(temp.resolve("default")), foldersSeen);
    assertEquals("", stderr());
  }

  @Test
  void theDataOptionChoosesTheFolder() {
    assertEquals(ExitCode.OK, run("--data", temp.resolve("mine").toString(), "echo"));
    assertEquals(List.of(temp.resolve("mine")), foldersSeen);
  }

  @Test
  void helpListsEveryCommandAndSucceeds() {
    assertEquals(ExitCode.OK, run("--help"));
    assertTrue(stdout().contains("echo"), stdout());
    assertTrue(stdout().contains("Echo the arguments"), stdout());
    assertTrue(stdout().contains("--data DIR"), stdout());
  }

  @Test
  void helpForOneCommandShowsItsSynopsis() {
    assertEquals(ExitCode.OK, run("help", "echo"));
    assertTrue(stdout().contains("constellation [--data DIR] echo WORDS..."), stdout());
    out.reset();
    assertEquals(ExitCode.OK, run("echo", "--help"));
    assertTrue(stdout().contains("echo WORDS..."), stdout());
  }

  @Test
  void noCommandPrintsHelpAndIsAUsageError() {
    assertEquals(ExitCode.USAGE, run());
    assertTrue(stdout().contains("Usage:"), stdout());
  }

  @Test
  void anUnknownCommandIsOneLineAndExitCode2() {
    assertEquals(ExitCode.USAGE, run("frobnicate"));
    assertEquals("constellation: unknown command 'frobnicate' (see 'constellation --help')\n", stderr());
  }

  @Test
  void anUnknownOptionIsOneLineAndExitCode2() {
    assertEquals(ExitCode.USAGE, run("--frob", "echo"));
    assertEquals(1, stderr().lines().count(), stderr());
    assertTrue(stderr().contains("unknown option '--frob'"), stderr());
  }

  @Test
  void theDataOptionWithoutAFolderIsAUsageError() {
    assertEquals(ExitCode.USAGE, run("--data"));
    assertTrue(stderr().contains("--data needs a folder"), stderr());
  }

  @Test
  void aFailingCommandGivesItsExitCodeAndOneLine() {
    assertEquals(ExitCode.FAILURE, run("echo", "fail"));
    assertEquals("constellation: asked to fail\n", stderr());
  }

  @Test
  void aBugIsReportedAsAnInternalErrorNotAStackTrace() {
    assertEquals(ExitCode.INTERNAL_ERROR, run("echo", "crash"));
    assertEquals(1, stderr().lines().count(), stderr());
    assertTrue(stderr().contains("internal error in 'echo'"), stderr());
  }

  @Test
  void aLockedDataFolderIsExitCode3WithTheReason() throws Exception {
    Path folder = temp.resolve("locked");
    try (DataFolder held = DataFolder.open(folder)) {
      assertEquals(ExitCode.DATA_FOLDER_UNAVAILABLE, run("--data", folder.toString(), "echo", "x"));
    }
    assertTrue(stderr().contains("is in use by another Constellation process"), stderr());
    assertEquals(1, stderr().lines().count(), stderr());
  }

  @Test
  void theDataFolderIsReleasedWhenTheCommandEnds() throws Exception {
    Path folder = temp.resolve("released");
    assertEquals(ExitCode.OK, run("--data", folder.toString(), "echo"));
    DataFolder.open(folder).close();
  }
}

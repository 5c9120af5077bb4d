package org.constl.node.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.constl.node.Command;
import org.constl.node.CommandContext;
import org.constl.node.CommandException;
import org.constl.node.ExitCode;

/**
 * Parses {@code constellation [--data DIR] COMMAND [ARGUMENTS]}, runs the command and turns every
 * outcome into an exit code and, on error, one line on stderr.
 */
public final class CommandLine {

  static final String PROGRAM = "constellation";

  private final Map<String, Command> commands = new TreeMap<>();

  public CommandLine(Iterable<Command> available) {
    for (Command command : available) {
      commands.put(command.name(), command);
    }
  }

  /**
   * Runs the command line.
   *
   * @param contextFactory makes the context once the data folder is known
   */
  public int run(List<String> arguments, PrintStream out, PrintStream err,
      Function<Path, ProcessCommandContext> contextFactory, Path defaultDataFolder) {
    List<String> rest = new ArrayList<>(arguments);
    Path dataFolder = defaultDataFolder;
    parsing:
    while (!rest.isEmpty() && rest.get(0).startsWith("-")) {
      String option = rest.remove(0);
      switch (option) {
        case "--help", "-h" -> {
          printHelp(out);
          return ExitCode.OK;
        }
        case "--version" -> {
          rest.add(0, "version");
          break parsing;
        }
        case "--data" -> {
          if (rest.isEmpty() || rest.get(0).isBlank()) {
            return fail(err, CommandException.usage("--data needs a folder: --data DIR"));
          }
          dataFolder = Path.of(rest.remove(0)).toAbsolutePath().normalize();
        }
        case "--" -> {
          break parsing;
        }
        default -> {
          return fail(err, CommandException.usage("unknown option '" + option + "'"));
        }
      }
    }
    if (rest.isEmpty()) {
      printHelp(out);
      return ExitCode.USAGE;
    }
    String name = rest.remove(0);
    if (name.equals("help")) {
      return help(rest, out, err);
    }
    Command command = commands.get(name);
    if (command == null) {
      return fail(err, CommandException.usage("unknown command '" + name + "'"));
    }
    if (rest.contains("--help") || rest.contains("-h")) {
      printUsage(command, out);
      return ExitCode.OK;
    }
    try (ProcessCommandContext context = contextFactory.apply(dataFolder)) {
      return command.run(context, List.copyOf(rest));
    } catch (CommandException e) {
      return fail(err, e);
    } catch (RuntimeException e) {
      err.println(PROGRAM + ": internal error in '" + name + "': " + e);
      return ExitCode.INTERNAL_ERROR;
    }
  }

  private int help(List<String> rest, PrintStream out, PrintStream err) {
    if (rest.isEmpty()) {
      printHelp(out);
      return ExitCode.OK;
    }
    Command command = commands.get(rest.get(0));
    if (command == null) {
      return fail(err, CommandException.usage("unknown command '" + rest.get(0) + "'"));
    }
    printUsage(command, out);
    return ExitCode.OK;
  }

  private static int fail(PrintStream err, CommandException e) {
    String hint = e.exitCode() == ExitCode.USAGE ? " (see '" + PROGRAM + " --help')" : "";
    err.println(PROGRAM + ": " + e.getMessage() + hint);
    return e.exitCode();
  }

  private void printHelp(PrintStream out) {
    out.println("Usage: " + PROGRAM + " [--data DIR] COMMAND [ARGUMENTS]");
    out.println("       " + PROGRAM + " [--data DIR]          (opens the workbench)");
    out.println();
    out.println("Commands:");
    int width = commands.keySet().stream().mapToInt(String::length).max().orElse(4);
    for (Command command : commands.values()) {
      out.println("  " + pad(command.name(), width) + "  " + command.summary());
    }
    out.println("  " + pad("help", width) + "  Show this list, or 'help COMMAND' for one command");
    out.println();
    out.println("Options:");
    out.println("  --data DIR   the data folder (default: the folder chosen in the workbench's");
    out.println("               preferences, else ~/.local/share/constellation)");
    out.println("  --help       this help; --version the versions");
    out.println();
    out.println("Exit codes: 0 success, 1 failure, 2 usage error, 3 data folder unavailable,"
        + " 70 internal error.");
  }

  private static void printUsage(Command command, PrintStream out) {
    String synopsis = command.synopsis().isEmpty() ? "" : " " + command.synopsis();
    out.println("Usage: " + PROGRAM + " [--data DIR] " + command.name() + synopsis);
    out.println(command.summary());
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}

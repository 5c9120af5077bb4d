package org.constl.node.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.constl.ipld.unixfs.ImportResult;
import org.constl.ipld.unixfs.UnixFsImporter;
import org.constl.node.Command;
import org.constl.node.CommandContext;
import org.constl.node.CommandException;
import org.constl.node.ExitCode;
import org.constl.storage.BatchingBlockSink;
import org.constl.storage.LocalStore;
import org.constl.storage.StoreException;
import org.osgi.service.component.annotations.Component;

/**
 * {@code constellation add FILE}: imports a file as {@code @helia/unixfs} does with its defaults,
 * stores its blocks and prints its CID. The file is streamed; blocks are written in batches.
 */
@Component(service = Command.class)
public final class AddCommand implements Command {

  @Override
  public String name() {
    return "add";
  }

  @Override
  public String summary() {
    return "Store a file's blocks and print its UnixFS CID (as @helia/unixfs gives it)";
  }

  @Override
  public String synopsis() {
    return "FILE";
  }

  @Override
  public int run(CommandContext context, List<String> arguments) throws CommandException {
    if (arguments.size() != 1) {
      throw CommandException.usage("add needs one FILE");
    }
    Path file = file(arguments.get(0));
    try (LocalStore store = Stores.open(context)) {
      BatchingBlockSink sink = new BatchingBlockSink(store.blocks());
      ImportResult result = new UnixFsImporter(sink).importFile(file);
      sink.flush();
      context.out().println(result.root());
      return ExitCode.OK;
    } catch (StoreException e) {
      throw Stores.failure(e);
    } catch (IOException e) {
      throw new CommandException(ExitCode.FAILURE, "cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Path file(String argument) throws CommandException {
    Path file;
    try {
      file = Path.of(argument).toAbsolutePath();
    } catch (InvalidPathException e) {
      throw CommandException.usage("not a file name: '" + argument + "'");
    }
    if (Files.isDirectory(file)) {
      throw new CommandException(ExitCode.FAILURE, file + " is a folder; add takes one file");
    }
    if (!Files.isRegularFile(file)) {
      throw new CommandException(ExitCode.FAILURE, "no such file: " + file);
    }
    return file;
  }
}

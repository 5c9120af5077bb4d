package org.constl.node.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.constl.ipld.Cid;
import org.constl.ipld.IpldException;
import org.constl.ipld.unixfs.BlockSource;
import org.constl.ipld.unixfs.UnixFsExporter;
import org.constl.node.Command;
import org.constl.node.CommandContext;
import org.constl.node.CommandException;
import org.constl.node.ExitCode;
import org.constl.storage.LocalStore;
import org.constl.storage.StoreException;
import org.osgi.service.component.annotations.Component;

/**
 * {@code constellation cat CID}: writes a UnixFS file from the local store to stdout. Blocks are
 * verified as they are read, so a file is written as far as its first missing or bad block.
 */
@Component(service = Command.class)
public final class CatCommand implements Command {

  @Override
  public String name() {
    return "cat";
  }

  @Override
  public String summary() {
    return "Write the UnixFS file with this CID from the local store to stdout";
  }

  @Override
  public String synopsis() {
    return "CID";
  }

  @Override
  public int run(CommandContext context, List<String> arguments) throws CommandException {
    if (arguments.size() != 1) {
      throw CommandException.usage("cat needs one CID");
    }
    Cid root = parse(arguments.get(0));
    PrintStream out = context.out();
    try (LocalStore store = Stores.open(context)) {
      MissingBlocks source = new MissingBlocks(store.blocks());
      try {
        new UnixFsExporter(source).export(root, out);
      } catch (IpldException e) {
        String message = source.missing == null ? e.getMessage()
            : source.missing.equals(root) ? root + " is not in the local store"
            : "block " + source.missing + " of " + root + " is not in the local store";
        throw new CommandException(ExitCode.FAILURE, message, e);
      }
    } catch (StoreException e) {
      throw Stores.failure(e);
    } catch (IOException e) {
      throw new CommandException(ExitCode.FAILURE, "cannot read " + root + ": " + e.getMessage(), e);
    }
    out.flush();
    // PrintStream swallows write errors (a closed pipe, a full disk): ask it.
    if (out.checkError()) {
      throw new CommandException(ExitCode.FAILURE, "cannot write to standard output");
    }
    return ExitCode.OK;
  }

  private static Cid parse(String text) throws CommandException {
    try {
      return Cid.parse(text);
    } catch (IpldException e) {
      throw CommandException.usage("not a CID: '" + text + "' (" + e.getMessage() + ")");
    }
  }

  /** Remembers the first block the store lacks, to name it in the error. */
  private static final class MissingBlocks implements BlockSource {
    private final BlockSource store;
    private Cid missing;

    MissingBlocks(BlockSource store) {
      this.store = store;
    }

    @Override
    public Optional<byte[]> get(Cid cid) throws IOException {
      Optional<byte[]> block = store.get(cid);
      if (block.isEmpty() && missing == null) {
        missing = cid;
      }
      return block;
    }
  }
}

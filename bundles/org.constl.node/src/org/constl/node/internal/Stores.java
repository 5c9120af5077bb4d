package org.constl.node.internal;

import org.constl.node.CommandContext;
import org.constl.node.CommandException;
import org.constl.node.ExitCode;
import org.constl.storage.LocalStore;
import org.constl.storage.StoreException;

/** Opens the local store of a command's data folder, with the store's reason as the message. */
final class Stores {

  private Stores() {}

  /** The store; a store that cannot be opened makes the data folder unavailable (exit code 3). */
  static LocalStore open(CommandContext context) throws CommandException {
    try {
      return LocalStore.open(context.dataFolder());
    } catch (StoreException e) {
      throw new CommandException(ExitCode.DATA_FOLDER_UNAVAILABLE, e.getMessage(), e);
    }
  }

  /** A failure of the store while a command runs. */
  static CommandException failure(StoreException e) {
    return new CommandException(ExitCode.FAILURE, e.getMessage(), e);
  }
}

package org.constl.node.internal;

import java.nio.file.Path;
import java.util.List;
import org.constl.core.objects.ConstellationException;
import org.constl.core.objects.PassphraseFile;
import org.constl.node.CommandException;
import org.constl.node.ExitCode;

/**
 * The {@code --passphrase-file FILE} option of the commands that use the key store. A passphrase
 * is only ever read from a file: a command line is visible to every user of the machine.
 */
final class PassphraseOption {

  /** The option, as the commands' synopses show it. */
  static final String OPTION = "--passphrase-file";

  private PassphraseOption() {}

  /**
   * Removes {@code --passphrase-file FILE} from the arguments; returns the file's passphrase (as
   * {@link PassphraseFile} reads it), or null.
   */
  static char[] take(List<String> arguments) throws CommandException {
    int at = arguments.indexOf(OPTION);
    if (at < 0) {
      return null;
    }
    if (at + 1 >= arguments.size()) {
      throw CommandException.usage("--passphrase-file needs a FILE");
    }
    Path file = Path.of(arguments.get(at + 1));
    arguments.subList(at, at + 2).clear();
    try {
      return PassphraseFile.read(file);
    } catch (ConstellationException e) {
      throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
    }
  }
}

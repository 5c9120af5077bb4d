package org.constl.node.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.constl.node.CommandException;
import org.constl.node.ExitCode;

/**
 * The {@code --passphrase-file FILE} option of the commands that use the key store. A passphrase
 * is only ever read from a file: a command line is visible to every user of the machine.
 */
final class PassphraseFile {

  /** The option, as the commands' synopses show it. */
  static final String OPTION = "--passphrase-file";
  private static final int MAX_PASSPHRASE_FILE_BYTES = 4096;

  private PassphraseFile() {}

  /** Removes {@code --passphrase-file FILE} from the arguments; returns the file's text without its final line break, or null. */
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
    byte[] content = read(file);
    try {
      int length = content.length;
      while (length > 0 && (content[length - 1] == '\n' || content[length - 1] == '\r')) {
        length--;
      }
      if (length == 0) {
        throw new CommandException(ExitCode.FAILURE, "the passphrase file " + file + " is empty");
      }
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content, 0, length));
      char[] passphrase = Arrays.copyOf(chars.array(), chars.limit());
      Arrays.fill(chars.array(), '\0');
      return passphrase;
    } catch (CharacterCodingException e) {
      throw new CommandException(ExitCode.FAILURE, "the passphrase file " + file + " is not UTF-8 text", e);
    } finally {
      Arrays.fill(content, (byte) 0);
    }
  }

  private static byte[] read(Path file) throws CommandException {
    try {
      if (Files.size(file) > MAX_PASSPHRASE_FILE_BYTES) {
        throw new CommandException(ExitCode.FAILURE, "the passphrase file " + file + " is larger than "
            + MAX_PASSPHRASE_FILE_BYTES + " bytes");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CommandException(ExitCode.FAILURE, "no such passphrase file: " + file, e);
    } catch (IOException e) {
      throw new CommandException(ExitCode.FAILURE, "cannot read the passphrase file " + file + ": " + e.getMessage(), e);
    }
  }
}

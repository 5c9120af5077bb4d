package org.constl.core.objects;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The passphrase of this device's keys, for the workbench and the node's {@code --passphrase-file}:
 * read from a file (never from a command line or a setting others can see), without its final
 * line break, at most {@value #MAX_BYTES} bytes of UTF-8.
 */
public final class PassphraseFile {

  private static final int MAX_BYTES = 4096;

  private PassphraseFile() {
  }

  /**
   * The passphrase in {@code file}; the caller clears the array after use.
   *
   * @throws ConstellationException when the file is missing, unreadable, empty, too large or not UTF-8
   */
  public static char[] read(Path file) {
    byte[] content;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new ConstellationException("the passphrase file " + file + " is larger than " + MAX_BYTES + " bytes");
      }
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConstellationException("no such passphrase file: " + file, e);
    } catch (IOException e) {
      throw new ConstellationException("cannot read the passphrase file " + file + ": " + e.getMessage(), e);
    }
    try {
      int length = content.length;
      while (length > 0 && (content[length - 1] == '\n' || content[length - 1] == '\r')) {
        length--;
      }
      if (length == 0) {
        throw new ConstellationException("the passphrase file " + file + " is empty");
      }
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content, 0, length));
      char[] passphrase = Arrays.copyOf(chars.array(), chars.limit());
      Arrays.fill(chars.array(), '\0');
      return passphrase;
    } catch (CharacterCodingException e) {
      throw new ConstellationException("the passphrase file " + file + " is not UTF-8 text", e);
    } finally {
      Arrays.fill(content, (byte) 0);
    }
  }
}

package org.constl.node.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.constl.identity.FileKeyStore;
import org.constl.identity.IdentityException;
import org.constl.identity.KeyFileException;
import org.constl.node.Command;
import org.constl.node.CommandContext;
import org.constl.node.CommandException;
import org.constl.node.ExitCode;
import org.osgi.service.component.annotations.Component;

/**
 * {@code constellation identity create|show}: the node's peer ID and OrbitDB identity (see
 * {@link NodeIdentity}). An existing identity is never replaced. A passphrase, which encrypts
 * the keys, is only ever read from a file: a command line is visible to every user of the machine.
 */
@Component(service = Command.class)
public final class IdentityCommand implements Command {

  private static final int MAX_PASSPHRASE_FILE_BYTES = 4096;

  @Override
  public String name() {
    return "identity";
  }

  @Override
  public String summary() {
    return "Create the node's identity (peer ID, OrbitDB identity) or show it";
  }

  @Override
  public String synopsis() {
    return "create|show [--passphrase-file FILE]";
  }

  @Override
  public int run(CommandContext context, List<String> arguments) throws CommandException {
    List<String> rest = new ArrayList<>(arguments);
    char[] passphrase = passphrase(rest);
    try {
      if (rest.equals(List.of("create"))) {
        return create(context, passphrase);
      }
      if (rest.equals(List.of("show"))) {
        return show(context, passphrase);
      }
      throw CommandException.usage("identity needs 'create' or 'show'");
    } catch (KeyFileException e) {
      String hint = e.reason() == KeyFileException.Reason.PASSPHRASE_REQUIRED ? ": give it with --passphrase-file FILE" : "";
      throw new CommandException(ExitCode.FAILURE, e.getMessage() + hint, e);
    } catch (IdentityException | IOException e) {
      throw new CommandException(ExitCode.FAILURE, "cannot use the key store: " + e.getMessage(), e);
    } finally {
      if (passphrase != null) {
        Arrays.fill(passphrase, '\0');
      }
    }
  }

  private static int create(CommandContext context, char[] passphrase) throws CommandException, IOException {
    FileKeyStore store = NodeIdentity.keyStore(context.dataFolder().path());
    if (NodeIdentity.exists(store)) {
      throw new CommandException(ExitCode.FAILURE, "this node already has an identity, in " + store.folder()
          + "; it is never replaced (see 'constellation identity show')");
    }
    print(context, NodeIdentity.create(store, passphrase));
    return ExitCode.OK;
  }

  private static int show(CommandContext context, char[] passphrase) throws CommandException, IOException {
    Path dataFolder = context.dataFolder().path();
    Optional<NodeIdentity> identity = Optional.empty();
    if (NodeIdentity.keyStoreExists(dataFolder)) {
      FileKeyStore store = NodeIdentity.keyStore(dataFolder);
      identity = NodeIdentity.load(store, passphrase);
      if (identity.isEmpty() && NodeIdentity.exists(store)) {
        throw new CommandException(ExitCode.FAILURE, "the identity in " + store.folder()
            + " lacks its signing key: 'constellation identity create' completes it");
      }
    }
    if (identity.isEmpty()) {
      throw new CommandException(ExitCode.FAILURE, "this node has no identity yet: create it with"
          + " 'constellation identity create'");
    }
    print(context, identity.get());
    return ExitCode.OK;
  }

  private static void print(CommandContext context, NodeIdentity identity) {
    context.out().println("Peer ID: " + identity.peerId());
    context.out().println("OrbitDB identity id: " + identity.orbitDb().id());
    context.out().println("OrbitDB identity hash: " + identity.orbitDb().hash());
  }

  /** Removes {@code --passphrase-file FILE} from the arguments; returns the file's text without its final line break, or null. */
  private static char[] passphrase(List<String> arguments) throws CommandException {
    int at = arguments.indexOf("--passphrase-file");
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

package org.constl.node.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.constl.identity.IdentityException;
import org.constl.identity.OrbitDbIdentity;
import org.constl.ipld.IpldException;
import org.constl.ipld.IpldJson;
import org.constl.ipld.IpldValue;
import org.constl.node.Command;
import org.constl.node.CommandContext;
import org.constl.node.CommandException;
import org.constl.node.ExitCode;
import org.constl.orbitdb.Database;
import org.constl.orbitdb.DatabaseArchive;
import org.constl.orbitdb.Entry;
import org.constl.orbitdb.Events;
import org.constl.orbitdb.KeyValue;
import org.constl.orbitdb.Manifest;
import org.constl.orbitdb.OrbitDb;
import org.constl.orbitdb.OrbitDbAddress;
import org.constl.orbitdb.OrbitDbException;
import org.constl.storage.StoreException;
import org.osgi.service.component.annotations.Component;

/**
 * {@code constellation db ...}: OrbitDB databases of the local store, for people and scripts.
 * Values are JSON (DAG-JSON for links and bytes); every write is durable when the command prints
 * its result.
 */
@Component(service = Command.class)
public final class DbCommand implements Command {

  private static final Set<String> CREATABLE_TYPES = Set.of(KeyValue.TYPE, Events.TYPE);
  private static final Set<String> WRITING = Set.of("create", "put", "del", "add");

  @Override
  public String name() {
    return "db";
  }

  @Override
  public String summary() {
    return "Create, write, read, list and show the log of OrbitDB databases";
  }

  @Override
  public String synopsis() {
    return "create NAME --type keyvalue|events | put ADDRESS KEY JSON | get ADDRESS KEY | del ADDRESS KEY"
        + " | add ADDRESS JSON | list | log ADDRESS | export ADDRESS DIR | import DIR  [" + PassphraseOption.OPTION + " FILE]";
  }

  @Override
  public int run(CommandContext context, List<String> arguments) throws CommandException {
    List<String> rest = new ArrayList<>(arguments);
    char[] passphrase = PassphraseOption.take(rest);
    if (rest.isEmpty()) {
      throw CommandException.usage("db needs a subcommand: create, put, get, del, add, list, log, export or import");
    }
    String subcommand = rest.remove(0);
    try (NodeDatabases databases = NodeDatabases.open(context, passphrase, WRITING.contains(subcommand))) {
      return switch (subcommand) {
        case "create" -> create(context, databases, rest);
        case "put" -> put(context, databases, rest);
        case "get" -> get(context, databases, rest);
        case "del" -> del(context, databases, rest);
        case "add" -> add(context, databases, rest);
        case "list" -> list(context, databases, rest);
        case "log" -> log(context, databases, rest);
        case "export" -> export(context, databases, rest);
        case "import" -> importFolder(context, databases, rest);
        default -> throw CommandException.usage("unknown db subcommand '" + subcommand + "'");
      };
    } catch (StoreException e) {
      throw Stores.failure(e);
    } catch (OrbitDbException e) {
      throw new CommandException(ExitCode.FAILURE, e.getMessage(), e);
    } finally {
      if (passphrase != null) {
        Arrays.fill(passphrase, '\0');
      }
    }
  }

  private static int create(CommandContext context, NodeDatabases databases, List<String> arguments)
      throws CommandException, StoreException {
    int at = arguments.indexOf("--type");
    if (at < 0 || at + 1 >= arguments.size()) {
      throw CommandException.usage("db create needs --type " + String.join("|", CREATABLE_TYPES.stream().sorted().toList()));
    }
    String type = arguments.get(at + 1);
    arguments.subList(at, at + 2).clear();
    if (!CREATABLE_TYPES.contains(type)) {
      throw CommandException.usage("db create: unknown type '" + type + "'; known: "
          + String.join(", ", CREATABLE_TYPES.stream().sorted().toList()));
    }
    requireCount(arguments, 1, "db create NAME --type TYPE");
    String name = arguments.get(0);
    if (OrbitDbAddress.isValid(name)) {
      throw CommandException.usage("db create takes a name, not an address: " + name);
    }
    Database database = databases.orbitDb().open(name, type);
    context.out().println(database.address());
    return ExitCode.OK;
  }

  private static int put(CommandContext context, NodeDatabases databases, List<String> arguments)
      throws CommandException, StoreException {
    requireCount(arguments, 3, "db put ADDRESS KEY JSON");
    KeyValue keyValue = new KeyValue(open(databases, arguments.get(0), KeyValue.TYPE));
    context.out().println(keyValue.put(arguments.get(1), json(arguments.get(2))).hash());
    return ExitCode.OK;
  }

  private static int get(CommandContext context, NodeDatabases databases, List<String> arguments)
      throws CommandException, StoreException {
    requireCount(arguments, 2, "db get ADDRESS KEY");
    KeyValue keyValue = new KeyValue(open(databases, arguments.get(0), KeyValue.TYPE));
    Optional<IpldValue> value = keyValue.get(arguments.get(1));
    if (value.isEmpty()) {
      throw new CommandException(ExitCode.FAILURE, "no key '" + arguments.get(1) + "' in " + arguments.get(0));
    }
    context.out().println(IpldJson.print(value.get()));
    return ExitCode.OK;
  }

  private static int del(CommandContext context, NodeDatabases databases, List<String> arguments)
      throws CommandException, StoreException {
    requireCount(arguments, 2, "db del ADDRESS KEY");
    KeyValue keyValue = new KeyValue(open(databases, arguments.get(0), KeyValue.TYPE));
    context.out().println(keyValue.del(arguments.get(1)).hash());
    return ExitCode.OK;
  }

  private static int add(CommandContext context, NodeDatabases databases, List<String> arguments)
      throws CommandException, StoreException {
    requireCount(arguments, 2, "db add ADDRESS JSON");
    Events events = new Events(open(databases, arguments.get(0), Events.TYPE));
    context.out().println(events.add(json(arguments.get(1))).hash());
    return ExitCode.OK;
  }

  private static int list(CommandContext context, NodeDatabases databases, List<String> arguments)
      throws CommandException, StoreException {
    requireCount(arguments, 0, "db list");
    for (Manifest manifest : databases.orbitDb().databases()) {
      Database database = databases.orbitDb().open(manifest.address());
      context.out().println(String.join("\t", manifest.address().toString(), manifest.type(), manifest.name(),
          entries(database.size())));
    }
    return ExitCode.OK;
  }

  /** The entries newest first: hash, clock time, writer's identity id, payload. */
  private static int log(CommandContext context, NodeDatabases databases, List<String> arguments)
      throws CommandException, StoreException {
    requireCount(arguments, 1, "db log ADDRESS");
    Database database = open(databases, arguments.get(0), null);
    IdentityIds ids = new IdentityIds(databases.orbitDb());
    for (Entry entry : (Iterable<Entry>) database.traverse()::iterator) {
      context.out().println(String.join("\t", entry.hash(), Long.toString(entry.clock().time()),
          ids.of(entry.identity()), IpldJson.print(entry.payload())));
    }
    return ExitCode.OK;
  }

  /** Writes the database's blocks and heads as files (see {@link DatabaseArchive}). */
  private static int export(CommandContext context, NodeDatabases databases, List<String> arguments)
      throws CommandException, StoreException {
    requireCount(arguments, 2, "db export ADDRESS DIR");
    Database database = open(databases, arguments.get(0), null);
    Path folder = Path.of(arguments.get(1)).toAbsolutePath();
    try {
      new DatabaseArchive(databases.orbitDb()).export(database.address(), folder);
    } catch (IOException e) {
      throw new CommandException(ExitCode.FAILURE, "cannot export to " + folder + ": " + e.getMessage(), e);
    }
    context.out().println(folder);
    return ExitCode.OK;
  }

  /** Verifies every entry of an exported database and adds it to the store, all or nothing. */
  private static int importFolder(CommandContext context, NodeDatabases databases, List<String> arguments)
      throws CommandException, StoreException {
    requireCount(arguments, 1, "db import DIR");
    Path folder = Path.of(arguments.get(0)).toAbsolutePath();
    Database database;
    try {
      database = new DatabaseArchive(databases.orbitDb()).importFolder(folder);
    } catch (StoreException e) {
      throw e;
    } catch (IOException e) {
      throw new CommandException(ExitCode.FAILURE, "cannot import " + folder + ": " + e.getMessage(), e);
    }
    context.out().println(database.address() + "\t" + database.type() + "\t" + database.name() + "\t"
        + entries(database.size()));
    return ExitCode.OK;
  }

  /** Opens a database of the store; {@code type}, when given, must be the database's. */
  private static Database open(NodeDatabases databases, String address, String type)
      throws CommandException, StoreException {
    if (!OrbitDbAddress.isValid(address)) {
      throw CommandException.usage("not a database address (/orbitdb/zdpu...): " + address);
    }
    OrbitDb orbitDb = databases.orbitDb();
    OrbitDbAddress parsed = OrbitDbAddress.parse(address);
    if (orbitDb.manifest(parsed).isEmpty()) {
      throw new CommandException(ExitCode.FAILURE, "the database " + address + " is not in this data folder"
          + " (see 'constellation db list')");
    }
    Database database = orbitDb.open(parsed);
    if (type != null && !type.equals(database.type())) {
      throw new CommandException(ExitCode.FAILURE, "the database " + address + " is of type " + database.type()
          + ", not " + type);
    }
    return database;
  }

  private static String entries(long count) {
    return count + (count == 1 ? " entry" : " entries");
  }

  private static IpldValue json(String text) throws CommandException {
    try {
      return IpldJson.parse(text);
    } catch (IpldException e) {
      throw CommandException.usage("not valid JSON: " + e.getMessage());
    }
  }

  private static void requireCount(List<String> arguments, int count, String usage) throws CommandException {
    if (arguments.size() != count) {
      throw CommandException.usage("usage: constellation " + usage);
    }
  }

  /** Identity ids by identity hash, read from the store once each. */
  private static final class IdentityIds {
    private final OrbitDb orbitDb;
    private final Map<String, String> ids = new HashMap<>();

    IdentityIds(OrbitDb orbitDb) {
      this.orbitDb = orbitDb;
    }

    String of(String identityHash) {
      return ids.computeIfAbsent(identityHash, hash -> {
        try {
          return orbitDb.blocks().get(OrbitDbIdentity.parseHash(hash)).map(OrbitDbIdentity::decode)
              .map(OrbitDbIdentity::id).orElse("(identity " + hash + " not stored)");
        } catch (IOException | IdentityException e) {
          return "(identity " + hash + " unreadable: " + e.getMessage() + ")";
        }
      });
    }
  }
}

package org.constl.core.objects.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.constl.core.objects.ConstellationException;
import org.constl.core.objects.ObjectNotFoundException;
import org.constl.core.objects.StorageFailureException;
import org.constl.core.objects.Subscription;
import org.constl.core.objects.WriteRefusedException;
import org.constl.ipld.IpldValue;
import org.constl.ipld.unixfs.ImportResult;
import org.constl.ipld.unixfs.UnixFsImporter;
import org.constl.orbitdb.ConstellationControllerManifest;
import org.constl.orbitdb.Database;
import org.constl.orbitdb.DatabaseLease;
import org.constl.orbitdb.DatabaseWriteException;
import org.constl.orbitdb.EntryRefusedException;
import org.constl.orbitdb.KeyValue;
import org.constl.orbitdb.OrbitDb;
import org.constl.orbitdb.OrbitDbAddress;
import org.constl.orbitdb.OrbitDbException;
import org.constl.orbitdb.OrderedKeyValue;
import org.constl.orbitdb.SetDb;
import org.constl.storage.BatchingBlockSink;
import org.constl.storage.LocalStore;
import org.constl.storage.StoreException;

/**
 * The OrbitDB databases of Constellation's objects, by address: creating them under a
 * {@code contrôleur-constellation}, reading and writing the keyvalue, set and ordered-keyvalue
 * ones, dropping them locally and watching them. Turns the layers' errors into this API's.
 */
public final class ObjectStore {

  /** Pin owner of the files (images) objects name, kept while the store is. */
  static final String FILES_PIN_OWNER = "constellation files";
  /** The databases dropped from this node, which are not opened again. */
  private static final String DROPPED = "constellation dropped";

  private final OrbitDb orbitDb;

  public ObjectStore(OrbitDb orbitDb) {
    this.orbitDb = orbitDb;
  }

  public OrbitDb orbitDb() {
    return orbitDb;
  }

  LocalStore local() {
    return orbitDb.store();
  }

  /** This device's identity id. */
  String deviceId() {
    return orbitDb.writer().orElseThrow(() -> new ConstellationException(
        "this node has no identity: it cannot own a Constellation account")).identity().id();
  }

  /** Creates a database named {@code name} under a Constellation controller of writer {@code write}. */
  String create(String name, String type, String write) {
    return call("cannot create a " + type + " database", () -> orbitDb.create(name, type,
        ConstellationControllerManifest.TYPE, List.of(write), Optional.empty()).address().toString());
  }

  /** Creates a database named with a new UUID v4, as ipa's {@code créerBdIndépendante}. */
  String create(String type, String write) {
    return create(UUID.randomUUID().toString(), type, write);
  }

  /** The address of a database's access controller, which its sub-databases share. */
  String controller(String address) {
    return open(address).accessController().address();
  }

  Database open(String address) {
    return opened(address, orbitDb::open);
  }

  /** Opens a database until the lease is closed ({@link OrbitDb#lease}). */
  DatabaseLease lease(String address) {
    return opened(address, orbitDb::lease);
  }

  private <T> T opened(String address, Opener<T> opener) {
    if (!OrbitDbAddress.isValid(address)) {
      throw new ObjectNotFoundException(address, "'" + address + "' is not an OrbitDB database address");
    }
    try {
      if (local().datastore().get(DROPPED, address).isPresent()) {
        throw new ObjectNotFoundException(address, "database " + address + " was deleted from this node");
      }
      return opener.open(OrbitDbAddress.parse(address));
    } catch (StoreException e) {
      throw new StorageFailureException("cannot open database " + address + ": " + e.getMessage(), e);
    } catch (OrbitDbException e) {
      throw new ObjectNotFoundException(address, "database " + address + " is not available here: " + e.getMessage());
    }
  }

  /** The keys and values of a keyvalue database, oldest write first. */
  Map<String, IpldValue> entries(String address) {
    return entries(open(address));
  }

  private Map<String, IpldValue> entries(Database database) {
    Map<String, IpldValue> entries = new LinkedHashMap<>();
    call("cannot read " + database.address(), () -> new KeyValue(database).all())
        .forEach(item -> entries.put(item.key(), item.value()));
    return entries;
  }

  Map<String, String> texts(String address) {
    return texts(open(address));
  }

  /** A {@code {language: text}} database; values that are not strings are skipped, as bohr-db does. */
  Map<String, String> texts(Database database) {
    Map<String, String> texts = new LinkedHashMap<>();
    entries(database).forEach((language, text) -> {
      if (text instanceof IpldValue.StringValue s) {
        texts.put(language, s.value());
      }
    });
    return texts;
  }

  /** A root database and the sub-databases it names: what an object's state is made of. */
  Set<String> withParts(String root) {
    Set<String> databases = new LinkedHashSet<>();
    databases.add(root);
    databases.addAll(ObjectServices.subDatabases(entries(root)).values());
    return databases;
  }

  Optional<IpldValue> get(String address, String key) {
    return call("cannot read " + address, () -> new KeyValue(open(address)).get(key));
  }

  /** The elements of a set database that have a value, oldest first. */
  List<IpldValue> elements(String address) {
    return call("cannot read " + address, () -> new SetDb(open(address)).all().stream()
        .flatMap(element -> element.value().stream()).toList());
  }

  List<OrderedKeyValue.Item> ordered(String address) {
    return call("cannot read " + address, () -> new OrderedKeyValue(open(address)).all());
  }

  void put(String address, String key, IpldValue value) {
    write(address, () -> new KeyValue(open(address)).put(key, value));
  }

  /** Puts every key as one write (one transaction). */
  void putAll(String address, Map<String, IpldValue> values) {
    if (!values.isEmpty()) {
      putAll(open(address), values);
    }
  }

  void putAll(Database database, Map<String, IpldValue> values) {
    if (!values.isEmpty()) {
      write(database.address().toString(), () -> new KeyValue(database).putAll(values));
    }
  }

  void delete(String address, String key) {
    delete(open(address), key);
  }

  void delete(Database database, String key) {
    write(database.address().toString(), () -> new KeyValue(database).del(key));
  }

  void add(String address, IpldValue value) {
    write(address, () -> new SetDb(open(address)).add(value));
  }

  void remove(String address, IpldValue value) {
    write(address, () -> new SetDb(open(address)).del(value));
  }

  void putOrdered(String address, String key, IpldValue value) {
    write(address, () -> new OrderedKeyValue(open(address)).put(key, value));
  }

  void deleteOrdered(String address, String key) {
    write(address, () -> new OrderedKeyValue(open(address)).del(key));
  }

  /** Stores a file as UnixFS blocks (Helia's defaults), pinned; returns ipa's {@code "<CID>/<file name>"}. */
  String addFile(byte[] content, String fileName) {
    try {
      return local().transaction(() -> {
        BatchingBlockSink sink = new BatchingBlockSink(local().blocks());
        ImportResult result;
        try {
          result = new UnixFsImporter(sink).importStream(new ByteArrayInputStream(content));
        } catch (StoreException e) {
          throw e;
        } catch (IOException e) {
          throw new StoreException(StoreException.Reason.IO, e.getMessage(), e);
        }
        sink.flush();
        local().pins().pin(result.root(), FILES_PIN_OWNER, true);
        return result.root() + "/" + fileName;
      });
    } catch (StoreException e) {
      throw new StorageFailureException("cannot store the file " + fileName + ": " + e.getMessage(), e);
    }
  }

  /**
   * Drops a database from this node, as OrbitDB's {@code drop}: closes it and forgets its
   * entries and heads, so that the next garbage collection removes its blocks, and never opens it
   * again. Other nodes keep their copies.
   */
  void drop(String address) {
    Database database = open(address);
    database.close();
    try {
      local().transaction(() -> {
        local().pins().unpinAll(address);
        local().pins().unpinAll(address + Database.META_PINS);
        local().heads().set(address, List.of());
        local().datastore().put(DROPPED, address, new byte[0]);
        return null;
      });
    } catch (StoreException e) {
      throw new StorageFailureException("cannot drop database " + address + ": " + e.getMessage(), e);
    }
  }

  /**
   * Calls {@code onChange} after each change of the database (on OrbitDB's notifier thread). The
   * database is leased while watched, so that closing the last watch of a database no one else
   * uses closes it.
   */
  Subscription watch(String address, Runnable onChange) {
    DatabaseLease lease = lease(address);
    AutoCloseable subscription = lease.database().subscribe(update -> onChange.run());
    return () -> {
      try {
        subscription.close();
      } catch (Exception e) {
        throw new IllegalStateException("a database subscription failed to close", e);
      } finally {
        lease.close();
      }
    };
  }

  private <T> T write(String address, Supplier<T> change) {
    try {
      return change.get();
    } catch (EntryRefusedException e) {
      throw new WriteRefusedException("this device (" + deviceId() + ") may not write to " + address + ": "
          + e.getMessage(), e);
    } catch (DatabaseWriteException e) {
      throw new StorageFailureException(e.getMessage(), e);
    } catch (OrbitDbException e) {
      throw new ConstellationException("cannot write to " + address + ": " + e.getMessage(), e);
    }
  }

  private static <T> T call(String what, StoreCall<T> call) {
    try {
      return call.run();
    } catch (StoreException e) {
      throw new StorageFailureException(what + ": " + e.getMessage(), e);
    } catch (ConstellationException e) {
      throw e;
    } catch (OrbitDbException e) {
      throw new ConstellationException(what + ": " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface StoreCall<T> {
    T run() throws StoreException;
  }

  @FunctionalInterface
  private interface Opener<T> {
    T open(OrbitDbAddress address) throws StoreException;
  }
}

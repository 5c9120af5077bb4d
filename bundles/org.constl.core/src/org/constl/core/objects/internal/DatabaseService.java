package org.constl.core.objects.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.constl.core.objects.Account;
import org.constl.core.objects.DatabaseInfo;
import org.constl.core.objects.Databases;
import org.constl.core.objects.InvalidRequestException;
import org.constl.core.objects.Licences;
import org.constl.core.objects.ObjectStatus;
import org.constl.core.objects.QualityScore;
import org.constl.core.objects.Subscription;
import org.constl.core.objects.TableRef;
import org.constl.ipld.IpldValue;
import org.constl.ipld.IpldValue.MapValue;
import org.constl.orbitdb.KeyValue;
import org.constl.orbitdb.OrderedKeyValue;
import org.constl.orbitdb.SetDb;

/** Databases ({@code bds.ts}). */
final class DatabaseService extends CataloguedService implements Databases {

  private final TableService tables;
  private final QualityScorer quality;

  DatabaseService(ObjectStore store, AccountService account, TableService tables, QualityScorer quality) {
    super(store, account, Layout.KIND_DATABASE, "database", Account.DATABASES);
    this.tables = tables;
    this.quality = quality;
  }

  /** In the order of ipa's {@code créerBd}: pinned before it has a type, listed last. */
  @Override
  public String create(String licence, Optional<String> contentLicence) {
    checkLicence(licence);
    contentLicence.ifPresent(DatabaseService::checkLicence);
    return newDatabase(licence, contentLicence);
  }

  /** Any licence: a copy keeps the source's, even one this catalogue does not have. */
  private String newDatabase(String licence, Optional<String> contentLicence) {
    String id = store.create(KeyValue.TYPE, account.id());
    account.pin(id, FavouritePins.database());
    store.put(id, Layout.TYPE, IpldValue.of(Layout.KIND_DATABASE));
    store.put(id, Layout.LICENCE, IpldValue.of(licence));
    contentLicence.ifPresent(c -> store.put(id, Layout.CONTENT_LICENCE, IpldValue.of(c)));
    String controller = store.controller(id);
    store.put(id, Layout.METADATA, IpldValue.of(store.create(KeyValue.TYPE, controller)));
    store.put(id, Layout.NAMES, IpldValue.of(store.create(KeyValue.TYPE, controller)));
    store.put(id, Layout.DESCRIPTIONS, IpldValue.of(store.create(KeyValue.TYPE, controller)));
    store.put(id, Layout.TABLES, IpldValue.of(store.create(OrderedKeyValue.TYPE, controller)));
    store.put(id, Layout.KEYWORDS, IpldValue.of(store.create(SetDb.TYPE, controller)));
    store.put(id, Layout.CLOUDS, IpldValue.of(store.create(SetDb.TYPE, controller)));
    store.put(id, Layout.STATUS, Layout.status(ObjectStatus.ACTIVE));
    account.list(Account.DATABASES, id);
    return id;
  }

  @Override
  public DatabaseInfo get(String id) {
    Map<String, IpldValue> root = root(id);
    return new DatabaseInfo(id,
        Layout.string(Optional.ofNullable(root.get(Layout.LICENCE))).orElse(""),
        Layout.string(Optional.ofNullable(root.get(Layout.CONTENT_LICENCE))),
        texts(sub(id, root, Layout.NAMES)),
        texts(sub(id, root, Layout.DESCRIPTIONS)),
        root.containsKey(Layout.METADATA) ? store.entries(sub(id, root, Layout.METADATA)) : Map.of(),
        Layout.status(Optional.ofNullable(root.get(Layout.STATUS))),
        ids(sub(id, root, Layout.KEYWORDS)),
        ids(sub(id, root, Layout.CLOUDS)),
        Layout.string(Optional.ofNullable(root.get(Layout.IMAGE))),
        tableRefs(sub(id, root, Layout.TABLES)),
        Layout.copiedFrom(Optional.ofNullable(root.get(Layout.COPIED_FROM))));
  }

  @Override
  public Subscription subscribe(String id, Consumer<DatabaseInfo> listener) {
    return Live.start(store, () -> get(id), () -> databases(id), listener);
  }

  @Override
  public void setMetadata(String id, String key, IpldValue value) {
    store.put(sub(id, Layout.METADATA), key, value);
  }

  @Override
  public void removeMetadata(String id, String key) {
    store.delete(sub(id, Layout.METADATA), key);
  }

  @Override
  public void setLicence(String id, String licence) {
    checkLicence(licence);
    root(id);
    store.put(id, Layout.LICENCE, IpldValue.of(licence));
  }

  @Override
  public void setContentLicence(String id, Optional<String> licence) {
    licence.ifPresent(DatabaseService::checkLicence);
    root(id);
    if (licence.isPresent()) {
      store.put(id, Layout.CONTENT_LICENCE, IpldValue.of(licence.get()));
    } else {
      store.delete(id, Layout.CONTENT_LICENCE);
    }
  }

  @Override
  public String addTable(String id, Optional<String> key) {
    String list = sub(id, Layout.TABLES);
    String tableId = tables.create(id);
    store.putOrdered(list, tableId, tableValue(key.orElseGet(() -> UUID.randomUUID().toString())));
    return tableId;
  }

  @Override
  public void removeTable(String id, String tableId) {
    store.deleteOrdered(sub(id, Layout.TABLES), tableId);
    tables.drop(tableId);
  }

  /** As ipa's {@code ajouterTableauBd} with no key given: a new UUID, since keys are unique in a database. */
  @Override
  public String copyTable(String id, String tableId, boolean withRows) {
    String list = sub(id, Layout.TABLES);
    if (tableRefs(list).stream().noneMatch(t -> t.id().equals(tableId))) {
      throw new InvalidRequestException("the database " + id + " has no table " + tableId);
    }
    String copy = tables.copy(tableId, id, withRows);
    store.putOrdered(list, copy, tableValue(UUID.randomUUID().toString()));
    return copy;
  }

  /** As ipa: putting the entry again, which also moves the table last. */
  @Override
  public void setTableKey(String id, String tableId, String key) {
    String list = sub(id, Layout.TABLES);
    if (tableRefs(list).stream().noneMatch(t -> t.id().equals(tableId))) {
      throw new InvalidRequestException("the database " + id + " has no table " + tableId);
    }
    store.putOrdered(list, tableId, tableValue(key));
  }

  @Override
  public String copy(String id, boolean withRows) {
    Map<String, IpldValue> source = root(id);
    DatabaseInfo info = get(id);
    String copy = newDatabase(info.licence(), info.contentLicence());
    Map<String, IpldValue> metadata = store.entries(sub(id, source, Layout.METADATA));
    metadata.forEach((key, value) -> setMetadata(copy, key, value));
    putTexts(sub(copy, Layout.NAMES), info.names());
    putTexts(sub(copy, Layout.DESCRIPTIONS), info.descriptions());
    info.keywords().forEach(keyword -> addKeyword(copy, keyword));
    String clouds = sub(copy, Layout.CLOUDS);
    info.clouds().forEach(cloud -> addOnce(clouds, cloud));
    String copiedTables = sub(copy, Layout.TABLES);
    for (TableRef table : info.tables()) {
      store.putOrdered(copiedTables, tables.copy(table.id(), copy, withRows), tableValue(table.key()));
    }
    finishCopy(copy, id, info.status(), info.image());
    return copy;
  }

  @Override
  public void delete(String id) {
    Map<String, IpldValue> root = root(id);
    account.unpin(id);
    account.unlist(Account.DATABASES, id);
    for (TableRef table : tableRefs(sub(id, root, Layout.TABLES))) {
      tables.drop(table.id());
    }
    drop(id);
  }

  @Override
  public QualityScore quality(String id) {
    return quality.score(get(id));
  }

  @Override
  public Subscription subscribeQuality(String id, Consumer<QualityScore> listener) {
    return Live.start(store, () -> quality(id), () -> {
      Set<String> databases = new LinkedHashSet<>(databases(id));
      for (TableRef table : tableRefs(sub(id, Layout.TABLES))) {
        databases.addAll(tables.databasesWithVariables(table.id()));
      }
      return databases;
    }, listener);
  }

  List<TableRef> tableRefs(String list) {
    List<TableRef> refs = new ArrayList<>();
    for (OrderedKeyValue.Item item : store.ordered(list)) {
      if (item.key() instanceof IpldValue.StringValue tableId && item.value().isPresent()
          && item.value().get() instanceof MapValue value) {
        Layout.string(value, Layout.TABLE_KEY).ifPresent(key -> refs.add(new TableRef(tableId.value(), key)));
      }
    }
    return refs;
  }

  private static MapValue tableValue(String key) {
    return MapValue.builder().put(Layout.TABLE_KEY, IpldValue.of(key)).build();
  }

  private static void checkLicence(String licence) {
    if (!Licences.isKnown(licence)) {
      throw new InvalidRequestException("'" + licence + "' is not a licence of the catalogue (e.g. ODbl-1_0, CC-BY-4_0)");
    }
  }
}

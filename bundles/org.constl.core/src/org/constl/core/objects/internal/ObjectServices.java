package org.constl.core.objects.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.constl.core.objects.Account;
import org.constl.core.objects.Constellation;
import org.constl.core.objects.Databases;
import org.constl.core.objects.Images;
import org.constl.core.objects.InvalidRequestException;
import org.constl.core.objects.Keywords;
import org.constl.core.objects.Projects;
import org.constl.core.objects.StorageFailureException;
import org.constl.core.objects.Tables;
import org.constl.core.objects.Translations;
import org.constl.core.objects.Variables;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.OrbitDb;
import org.constl.orbitdb.OrbitDbAddress;
import org.constl.storage.Datastore;
import org.constl.storage.StoreException;

/** The services of one account over one {@link OrbitDb}. */
public final class ObjectServices implements Constellation {

  private final ObjectStore store;
  private final AccountService account;
  private final DatabaseService databases;
  private final TableService tables;
  private final VariableService variables;
  private final KeywordService keywords;
  private final ProjectService projects;
  private final TranslationService translations;

  private ObjectServices(ObjectStore store, String accountId) {
    this.store = store;
    account = new AccountService(store, accountId);
    variables = new VariableService(store, account);
    tables = new TableService(store, variables);
    databases = new DatabaseService(store, account, tables, new QualityScorer(tables));
    keywords = new KeywordService(store, account);
    projects = new ProjectService(store, account);
    translations = new TranslationService(store);
  }

  /** See {@link Constellation#open}. */
  public static Constellation open(OrbitDb orbitDb) {
    ObjectStore store = new ObjectStore(orbitDb);
    store.deviceId();
    Datastore local = orbitDb.store().datastore();
    try {
      Optional<byte[]> stored = local.get(Layout.LOCAL_NAMESPACE, Layout.ACCOUNT_ID);
      String accountId;
      if (stored.isPresent()) {
        accountId = new String(stored.get(), StandardCharsets.UTF_8);
        store.open(accountId);
      } else {
        accountId = AccountService.create(store);
        local.put(Layout.LOCAL_NAMESPACE, Layout.ACCOUNT_ID, accountId.getBytes(StandardCharsets.UTF_8));
      }
      ObjectServices services = new ObjectServices(store, accountId);
      services.account.pin(accountId, FavouritePins.account());
      return services;
    } catch (StoreException e) {
      throw new StorageFailureException("cannot read this node's account id: " + e.getMessage(), e);
    }
  }

  @Override
  public Account account() {
    return account;
  }

  @Override
  public Databases databases() {
    return databases;
  }

  @Override
  public Tables tables() {
    return tables;
  }

  @Override
  public Variables variables() {
    return variables;
  }

  @Override
  public Keywords keywords() {
    return keywords;
  }

  @Override
  public Projects projects() {
    return projects;
  }

  @Override
  public Translations translations() {
    return translations;
  }

  @Override
  public OrbitDb orbitDb() {
    return store.orbitDb();
  }

  /** The keys of a root whose values are database addresses, with those addresses. */
  static Map<String, String> subDatabases(Map<String, IpldValue> root) {
    Map<String, String> parts = new LinkedHashMap<>();
    root.forEach((key, value) -> {
      if (value instanceof IpldValue.StringValue s && OrbitDbAddress.isValid(s.value())) {
        parts.put(key, s.value());
      }
    });
    return parts;
  }

  static void checkImage(byte[] content) {
    if (content.length > Images.MAX_BYTES) {
      throw new InvalidRequestException("the image has " + content.length + " bytes; ipa takes at most "
          + Images.MAX_BYTES);
    }
  }
}

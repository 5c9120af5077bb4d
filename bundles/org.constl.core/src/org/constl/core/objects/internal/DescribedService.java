package org.constl.core.objects.internal;

import java.util.List;
import java.util.function.Consumer;
import org.constl.core.objects.DescribedObjects;
import org.constl.core.objects.Subscription;
import org.constl.ipld.IpldValue;

/** Objects with names and descriptions, which the account lists under one key. */
abstract class DescribedService extends NamedService implements DescribedObjects {

  final AccountService account;
  private final String listKey;

  /** @param listKey the account's key that lists the objects of this kind, e.g. {@code bds} */
  DescribedService(ObjectStore store, AccountService account, String kind, String label, String listKey) {
    super(store, kind, label);
    this.account = account;
    this.listKey = listKey;
  }

  public List<String> mine() {
    return account.listed(listKey);
  }

  public Subscription subscribeMine(Consumer<List<String>> listener) {
    return account.subscribeListed(listKey, listener);
  }

  /** As ipa: out of the account's list, unpinned, then dropped locally. */
  public void delete(String id) {
    root(id);
    account.unlist(listKey, id);
    account.unpin(id);
    drop(id);
  }

  @Override
  public void setDescription(String id, String language, String description) {
    store.put(sub(id, Layout.DESCRIPTIONS), language, IpldValue.of(description));
  }

  @Override
  public void removeDescription(String id, String language) {
    store.delete(sub(id, Layout.DESCRIPTIONS), language);
  }
}

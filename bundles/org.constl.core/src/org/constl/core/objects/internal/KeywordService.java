package org.constl.core.objects.internal;

import java.util.Map;
import java.util.function.Consumer;
import org.constl.core.objects.Account;
import org.constl.core.objects.KeywordInfo;
import org.constl.core.objects.Keywords;
import org.constl.core.objects.Subscription;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.KeyValue;

/** Keywords ({@code motsClefs.ts}). */
final class KeywordService extends DescribedService implements Keywords {

  KeywordService(ObjectStore store, AccountService account) {
    super(store, account, Layout.KIND_KEYWORD, "keyword", Account.KEYWORDS);
  }

  /** In the order of ipa's {@code créerMotClef}: listed and pinned before it has a type. */
  @Override
  public String create() {
    String id = store.create(KeyValue.TYPE, account.id());
    account.list(Account.KEYWORDS, id);
    account.pin(id, FavouritePins.keyword());
    String controller = store.controller(id);
    store.put(id, Layout.TYPE, IpldValue.of(Layout.KIND_KEYWORD));
    store.put(id, Layout.NAMES, IpldValue.of(store.create(KeyValue.TYPE, controller)));
    store.put(id, Layout.DESCRIPTIONS, IpldValue.of(store.create(KeyValue.TYPE, controller)));
    return id;
  }

  @Override
  public KeywordInfo get(String id) {
    Map<String, IpldValue> root = root(id);
    return new KeywordInfo(id, texts(sub(id, root, Layout.NAMES)), texts(sub(id, root, Layout.DESCRIPTIONS)));
  }

  @Override
  public Subscription subscribe(String id, Consumer<KeywordInfo> listener) {
    return Live.start(store, () -> get(id), () -> databases(id), listener);
  }

  @Override
  public String copy(String id) {
    KeywordInfo info = get(id);
    String copy = create();
    putTexts(sub(copy, Layout.NAMES), info.names());
    putTexts(sub(copy, Layout.DESCRIPTIONS), info.descriptions());
    return copy;
  }
}

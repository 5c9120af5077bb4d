package org.constl.core.objects.internal;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.constl.core.objects.Account;
import org.constl.core.objects.ObjectStatus;
import org.constl.core.objects.ProjectInfo;
import org.constl.core.objects.Projects;
import org.constl.core.objects.Subscription;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.KeyValue;
import org.constl.orbitdb.SetDb;

/** Projects ({@code projets.ts}). */
final class ProjectService extends CataloguedService implements Projects {

  ProjectService(ObjectStore store, AccountService account) {
    super(store, account, Layout.KIND_PROJECT, "project", Account.PROJECTS);
  }

  /** In the order of ipa's {@code créerProjet}: listed and pinned last. */
  @Override
  public String create() {
    String id = store.create(KeyValue.TYPE, account.id());
    String controller = store.controller(id);
    store.put(id, Layout.TYPE, IpldValue.of(Layout.KIND_PROJECT));
    store.put(id, Layout.NAMES, IpldValue.of(store.create(KeyValue.TYPE, controller)));
    store.put(id, Layout.DESCRIPTIONS, IpldValue.of(store.create(KeyValue.TYPE, controller)));
    store.put(id, Layout.DATABASES, IpldValue.of(store.create(SetDb.TYPE, controller)));
    store.put(id, Layout.KEYWORDS, IpldValue.of(store.create(SetDb.TYPE, controller)));
    store.put(id, Layout.STATUS, Layout.status(ObjectStatus.ACTIVE));
    account.list(Account.PROJECTS, id);
    account.pin(id, FavouritePins.project());
    return id;
  }

  @Override
  public ProjectInfo get(String id) {
    Map<String, IpldValue> root = root(id);
    return new ProjectInfo(id, texts(sub(id, root, Layout.NAMES)), texts(sub(id, root, Layout.DESCRIPTIONS)),
        ids(sub(id, root, Layout.DATABASES)), ids(sub(id, root, Layout.KEYWORDS)),
        Layout.status(Optional.ofNullable(root.get(Layout.STATUS))),
        Layout.string(Optional.ofNullable(root.get(Layout.IMAGE))),
        Layout.copiedFrom(Optional.ofNullable(root.get(Layout.COPIED_FROM))));
  }

  @Override
  public Subscription subscribe(String id, Consumer<ProjectInfo> listener) {
    return Live.start(store, () -> get(id), () -> databases(id), listener);
  }

  /** As ipa's {@code ajouterBdProjet}: added even when there already. */
  @Override
  public void addDatabase(String id, String databaseId) {
    store.add(sub(id, Layout.DATABASES), IpldValue.of(databaseId));
  }

  @Override
  public void removeDatabase(String id, String databaseId) {
    store.remove(sub(id, Layout.DATABASES), IpldValue.of(databaseId));
  }

  /** As ipa's {@code copierProjet}. */
  @Override
  public String copy(String id) {
    ProjectInfo info = get(id);
    String copy = create();
    putTexts(sub(copy, Layout.NAMES), info.names());
    putTexts(sub(copy, Layout.DESCRIPTIONS), info.descriptions());
    info.keywords().forEach(keyword -> addKeyword(copy, keyword));
    info.databases().forEach(database -> addDatabase(copy, database));
    finishCopy(copy, id, info.status(), info.image());
    return copy;
  }
}

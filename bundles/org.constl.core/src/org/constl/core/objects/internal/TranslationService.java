package org.constl.core.objects.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.constl.core.objects.InvalidRequestException;
import org.constl.core.objects.Subscription;
import org.constl.core.objects.Translations;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.ConstellationControllerManifest;
import org.constl.orbitdb.DatabaseLease;
import org.constl.orbitdb.KeyValue;

/**
 * The translations databases of translatable text cells ({@code tableaux.ts}, {@code créerIdOrbiteChaîne}).
 * A table has one per cell, so each is leased for the call or the subscription only
 * ({@link org.constl.orbitdb.OrbitDb#lease}): scrolling through a long table keeps open only what is
 * still read or followed, and a database someone else uses stays open for them.
 */
public final class TranslationService implements Translations {

  private final ObjectStore store;

  public TranslationService(ObjectStore store) {
    this.store = store;
  }

  @Override
  public String create(String tableDatabase) {
    String controller = store.controller(tableDatabase);
    // A write naming a Constellation controller shares it; any other would make a new controller
    // whose only moderator is a controller address, which no one can write as.
    if (!ConstellationControllerManifest.isAddress(controller)) {
      throw new InvalidRequestException(tableDatabase + " is under a " + controller
          + " controller, not a Constellation one: its cells' translations could not be shared with its writers");
    }
    String address = store.create(KeyValue.TYPE, controller);
    // Made under a new random name, so nothing else holds it yet: let it go now, as the leases
    // below do, or pasting a column of texts would keep a database open per cell.
    store.open(address).close();
    return address;
  }

  @Override
  public Map<String, String> texts(String address) {
    try (DatabaseLease lease = store.lease(address)) {
      return store.texts(lease.database());
    }
  }

  @Override
  public void setTexts(String address, Map<String, String> texts) {
    Map<String, IpldValue> values = new LinkedHashMap<>();
    texts.forEach((language, text) -> values.put(language, IpldValue.of(text)));
    try (DatabaseLease lease = store.lease(address)) {
      store.putAll(lease.database(), values);
    }
  }

  @Override
  public void removeText(String address, String language) {
    try (DatabaseLease lease = store.lease(address)) {
      store.delete(lease.database(), language);
    }
  }

  @Override
  public Subscription subscribe(String address, Consumer<Map<String, String>> listener) {
    // Live skips what is not here; a caller of this one wants to know. Live leases it too, so this
    // lease only saves opening it twice.
    try (DatabaseLease here = store.lease(address)) {
      return Live.start(store, () -> texts(address), () -> Set.of(address), listener);
    }
  }
}

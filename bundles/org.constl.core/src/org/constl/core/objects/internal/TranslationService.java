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
import org.constl.orbitdb.KeyValue;

/** The translations databases of translatable text cells ({@code tableaux.ts}, {@code créerIdOrbiteChaîne}). */
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
    return store.create(KeyValue.TYPE, controller);
  }

  @Override
  public Map<String, String> texts(String address) {
    return store.texts(address);
  }

  @Override
  public void setTexts(String address, Map<String, String> texts) {
    Map<String, IpldValue> values = new LinkedHashMap<>();
    texts.forEach((language, text) -> values.put(language, IpldValue.of(text)));
    store.putAll(address, values);
  }

  @Override
  public void removeText(String address, String language) {
    store.delete(address, language);
  }

  @Override
  public Subscription subscribe(String address, Consumer<Map<String, String>> listener) {
    // Live skips what is not here; a caller of this one wants to know.
    store.open(address);
    return Live.start(store, () -> texts(address), () -> Set.of(address), listener);
  }
}

package org.constl.core.objects.internal;

import org.constl.core.objects.DescribedObjects;
import org.constl.ipld.IpldValue;

/** Objects with names and descriptions. */
abstract class DescribedService extends NamedService implements DescribedObjects {

  DescribedService(ObjectStore store, String kind, String label) {
    super(store, kind, label);
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

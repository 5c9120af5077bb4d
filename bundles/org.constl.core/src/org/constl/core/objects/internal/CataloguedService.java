package org.constl.core.objects.internal;

import java.util.Optional;
import org.constl.core.objects.ObjectStatus;
import org.constl.ipld.IpldValue;

/** Databases and projects: objects with a status, an image and keywords. */
abstract class CataloguedService extends DescribedService {

  CataloguedService(ObjectStore store, AccountService account, String kind, String label, String listKey) {
    super(store, account, kind, label, listKey);
  }

  public void setStatus(String id, ObjectStatus status) {
    root(id);
    store.put(id, Layout.STATUS, Layout.status(status));
  }

  public String setImage(String id, byte[] content, String fileName) {
    ObjectServices.checkImage(content);
    root(id);
    String image = store.addFile(content, fileName);
    store.put(id, Layout.IMAGE, IpldValue.of(image));
    return image;
  }

  public void removeImage(String id) {
    root(id);
    store.delete(id, Layout.IMAGE);
  }

  /** A keyword already there is not added again. */
  public void addKeyword(String id, String keywordId) {
    addOnce(sub(id, Layout.KEYWORDS), keywordId);
  }

  public void removeKeyword(String id, String keywordId) {
    store.remove(sub(id, Layout.KEYWORDS), IpldValue.of(keywordId));
  }

  /** The last writes of a copy, as ipa's: the source's status and image, then the source itself. */
  void finishCopy(String copy, String source, ObjectStatus status, Optional<String> image) {
    store.put(copy, Layout.STATUS, Layout.status(status));
    image.ifPresent(file -> store.put(copy, Layout.IMAGE, IpldValue.of(file)));
    store.put(copy, Layout.COPIED_FROM, Layout.copiedFrom(source));
  }

  void addOnce(String set, String value) {
    if (!ids(set).contains(value)) {
      store.add(set, IpldValue.of(value));
    }
  }
}

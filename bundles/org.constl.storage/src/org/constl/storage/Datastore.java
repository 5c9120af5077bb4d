package org.constl.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Small values by namespace and key: settings, indexes of databases, the state that layers above
 * keep beside their blocks. Keys are listed in ascending (UTF-8 byte) order. A namespace or key
 * with a lone UTF-16 surrogate has no UTF-8 form and is refused ({@link IllegalArgumentException}).
 */
public interface Datastore {

  Optional<byte[]> get(String namespace, String key) throws StoreException;

  /** Stores {@code value} under the key, replacing what was there. */
  void put(String namespace, String key, byte[] value) throws StoreException;

  /** Removes the key; returns whether it was there. */
  boolean delete(String namespace, String key) throws StoreException;

  /**
   * Up to {@code limit} (at least 1) entries of {@code namespace} with keys after {@code afterKey}
   * (null: from the first), in key order: pass the last key of a page to get the next one.
   */
  List<Map.Entry<String, byte[]>> entries(String namespace, String afterKey, int limit) throws StoreException;

  long count(String namespace) throws StoreException;

  /** Removes the whole namespace; returns how many keys it had. */
  long deleteNamespace(String namespace) throws StoreException;
}

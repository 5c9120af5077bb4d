package org.constl.storage.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.constl.ipld.Block;
import org.constl.ipld.Cid;
import org.constl.ipld.Multihash;
import org.constl.storage.BlockStore;
import org.constl.storage.StoreException;

/**
 * Blocks in memory, keyed by multihash like the SQLite store, with the same checks. It keeps its
 * own copy of every block, so a caller changing its array afterwards cannot make a stored block
 * stop matching its hash. Thread-safe.
 */
public final class MemoryBlockStore implements BlockStore {

  private final Map<Multihash, byte[]> blocks = new HashMap<>();

  @Override
  public void put(Cid cid, byte[] bytes) throws StoreException {
    byte[] copy = bytes.clone();
    BlockChecks.requireValid(cid, copy);
    synchronized (this) {
      blocks.putIfAbsent(cid.multihash(), copy);
    }
  }

  @Override
  public void putAll(Collection<Block> all) throws StoreException {
    Map<Multihash, byte[]> checked = new HashMap<>();
    for (Block block : all) {
      byte[] copy = block.bytes();
      BlockChecks.requireValid(block.cid(), copy);
      checked.putIfAbsent(block.cid().multihash(), copy);
    }
    synchronized (this) {
      checked.forEach(blocks::putIfAbsent);
    }
  }

  @Override
  public Optional<byte[]> get(Cid cid) {
    byte[] bytes;
    synchronized (this) {
      bytes = blocks.get(cid.multihash());
    }
    return bytes == null ? Optional.empty() : Optional.of(bytes.clone());
  }

  @Override
  public synchronized boolean has(Cid cid) {
    return blocks.containsKey(cid.multihash());
  }

  @Override
  public synchronized boolean delete(Cid cid) {
    return blocks.remove(cid.multihash()) != null;
  }

  @Override
  public synchronized long count() {
    return blocks.size();
  }
}

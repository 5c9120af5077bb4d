package org.constl.storage;

import java.util.Collection;
import java.util.Optional;
import org.constl.ipld.Block;
import org.constl.ipld.Cid;
import org.constl.ipld.unixfs.BlockSink;
import org.constl.ipld.unixfs.BlockSource;
import org.constl.storage.internal.MemoryBlockStore;

/**
 * Blocks by CID, kept on disk (or in memory: {@link #memory()}). Blocks are keyed by their
 * multihash, as IPFS block stores are, so
 * the same bytes asked for under a CIDv0 or a CIDv1 (or another codec) are found either way.
 * Every block is checked against its CID when it is stored and again when it is read back.
 */
public interface BlockStore extends BlockSink, BlockSource {

  /** A new, empty store in memory, with the same checks: for blocks that need not survive the process. */
  static BlockStore memory() {
    return new MemoryBlockStore();
  }

  /** The largest block accepted: 4 MiB, the largest UnixFS leaf and bitswap message. */
  int MAX_BLOCK_LENGTH = 4 * 1024 * 1024;

  /**
   * Stores a block, durably once this returns; storing a block already present does nothing.
   *
   * @throws StoreException with {@link StoreException.Reason#INVALID_BLOCK} when the bytes do not
   *     hash to the CID or are larger than {@link #MAX_BLOCK_LENGTH}
   */
  @Override
  void put(Cid cid, byte[] bytes) throws StoreException;

  /**
   * Stores all blocks in one transaction: after a failure none of them is stored. Every block is
   * checked before anything is written.
   */
  void putAll(Collection<Block> blocks) throws StoreException;

  /**
   * The block's bytes, or empty when the store does not have it.
   *
   * @throws StoreException with {@link StoreException.Reason#DAMAGED} when the stored bytes no
   *     longer match the CID
   */
  @Override
  Optional<byte[]> get(Cid cid) throws StoreException;

  boolean has(Cid cid) throws StoreException;

  /** Removes the block; returns whether it was there. */
  boolean delete(Cid cid) throws StoreException;

  /** The number of blocks stored. */
  long count() throws StoreException;
}

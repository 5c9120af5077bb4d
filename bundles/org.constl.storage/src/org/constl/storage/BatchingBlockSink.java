package org.constl.storage;

import java.io.Flushable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.constl.ipld.Block;
import org.constl.ipld.Cid;
import org.constl.ipld.unixfs.BlockSink;

/**
 * Collects blocks and writes them to a {@link BlockStore} in batches of about
 * {@code maxBatchBytes}, one transaction (and one disk sync) per batch instead of per block.
 * Nothing is durable until {@link #flush()} returns: call it at the end.
 */
public final class BatchingBlockSink implements BlockSink, Flushable {

  /** A batch size that keeps memory low and the number of disk syncs small. */
  public static final int DEFAULT_BATCH_BYTES = 8 * 1024 * 1024;

  private final BlockStore store;
  private final long maxBatchBytes;
  private final List<Block> pending = new ArrayList<>();
  private long pendingBytes;
  private long blocksWritten;

  public BatchingBlockSink(BlockStore store) {
    this(store, DEFAULT_BATCH_BYTES);
  }

  public BatchingBlockSink(BlockStore store, long maxBatchBytes) {
    if (maxBatchBytes < 1) {
      throw new IllegalArgumentException("batch size must be positive: " + maxBatchBytes);
    }
    this.store = Objects.requireNonNull(store, "store");
    this.maxBatchBytes = maxBatchBytes;
  }

  @Override
  public void put(Cid cid, byte[] block) throws StoreException {
    pending.add(new Block(cid, block));
    pendingBytes += block.length;
    if (pendingBytes >= maxBatchBytes) {
      flush();
    }
  }

  /** Writes the pending blocks in one transaction. */
  @Override
  public void flush() throws StoreException {
    if (pending.isEmpty()) {
      return;
    }
    store.putAll(pending);
    blocksWritten += pending.size();
    pending.clear();
    pendingBytes = 0;
  }

  /** Blocks handed to the store so far (including ones it already had). */
  public long blocksWritten() {
    return blocksWritten;
  }
}

package org.constl.storage;

import org.constl.ipld.Cid;

/**
 * Which blocks must be kept. A block is kept while some owner (a database address, a
 * favourite, a file the user added...) pins it; a recursive pin also keeps every block reachable
 * from it through CID links (dag-pb links, DAG-CBOR CIDs). Garbage collection deletes the rest.
 * Pins are keyed by multihash, like blocks.
 */
public interface Pins {

  /** What one garbage collection removed. */
  record Collected(long blocks, long bytes) {}

  /** Pins {@code cid} for {@code owner}; pinning again (even with another kind) replaces the kind. */
  void pin(Cid cid, String owner, boolean recursive) throws StoreException;

  /** Removes {@code owner}'s pin of {@code cid}; returns whether there was one. */
  boolean unpin(Cid cid, String owner) throws StoreException;

  /** Removes every pin of {@code owner}; returns how many there were. */
  long unpinAll(String owner) throws StoreException;

  /** Whether some owner pins {@code cid} directly (not counting recursive reach). */
  boolean isPinned(Cid cid) throws StoreException;

  /** Whether {@code owner} pins {@code cid} directly. */
  boolean isPinned(Cid cid, String owner) throws StoreException;

  /** The number of pins {@code owner} holds. */
  long count(String owner) throws StoreException;

  /**
   * Deletes, in one transaction, every block that is neither pinned nor reachable from a
   * recursive pin. A block whose links cannot be decoded keeps nothing else alive.
   */
  Collected collectGarbage() throws StoreException;
}

package org.constl.storage;

import java.util.List;
import org.constl.ipld.Cid;

/** The current heads of each database's log, by database address, in the order given. */
public interface Heads {

  /** The heads of {@code database}; empty when none were set. */
  List<Cid> get(String database) throws StoreException;

  /** Replaces the heads of {@code database}; an empty list removes them. */
  void set(String database, List<Cid> heads) throws StoreException;

  /** Every database that has heads, in no particular order. */
  List<String> databases() throws StoreException;
}

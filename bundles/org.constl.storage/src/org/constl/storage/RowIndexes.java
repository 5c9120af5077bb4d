package org.constl.storage;

/**
 * Row indexes by name: typed copies of the rows of a layer above's databases (a table's rows, by
 * the address of its database), which that layer keeps up to date, so that it can page, sort and
 * filter millions of rows without reading its log.
 */
public interface RowIndexes {

  /** The index named {@code name}, created empty (with no {@link RowIndex#meta()}) when missing. */
  RowIndex open(String name) throws StoreException;

  /** Removes an index and its rows; returns whether it was there. */
  boolean delete(String name) throws StoreException;
}

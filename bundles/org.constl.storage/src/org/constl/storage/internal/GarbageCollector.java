package org.constl.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.constl.ipld.Cid;
import org.constl.storage.Pins.Collected;

/**
 * Garbage collection for {@link SqlitePins}, run inside a transaction. What recursive pins reach is
 * gathered in a temporary table, not in memory, since a store can hold millions of blocks; SQLite
 * keeps that table in a temporary file once it outgrows the page cache. The table is also the
 * queue of blocks whose links are still to be read, in rowid order, so memory holds one batch of
 * rows and one block at a time. A CID reached twice is read once, so the walk ends even on a
 * cycle (which hashes make impossible anyway).
 */
final class GarbageCollector {

  private static final int BATCH = 256;
  private static final String UNREACHABLE =
      "NOT EXISTS (SELECT 1 FROM pin WHERE pin.multihash = block.multihash)"
      + " AND NOT EXISTS (SELECT 1 FROM temp.gc_reached reached WHERE reached.multihash = block.multihash)";

  /** A reached block whose links are still to be read. */
  private record Pending(byte[] multihash, long codec) {}

  private final Connection connection;
  private final SqliteBlockStore blocks;

  GarbageCollector(Connection connection, SqliteBlockStore blocks) {
    this.connection = connection;
    this.blocks = blocks;
  }

  /** Deletes every block that is neither pinned nor reached from a recursive pin. */
  Collected collect() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // Keyed by CID (multihash and codec): the same bytes may be a raw leaf here and a node there.
      statement.execute("CREATE TEMP TABLE IF NOT EXISTS gc_reached (multihash BLOB NOT NULL,"
          + " codec INTEGER NOT NULL, UNIQUE (multihash, codec))");
      statement.executeUpdate("INSERT OR IGNORE INTO temp.gc_reached (multihash, codec)"
          + " SELECT multihash, codec FROM pin WHERE recursive");
      followLinks();
      Collected collected;
      try (ResultSet result = statement.executeQuery(
          "SELECT count(*), coalesce(sum(length(data)), 0) FROM block WHERE " + UNREACHABLE)) {
        result.next();
        collected = new Collected(result.getLong(1), result.getLong(2));
      }
      statement.executeUpdate("DELETE FROM block WHERE " + UNREACHABLE);
      statement.executeUpdate("DELETE FROM temp.gc_reached");
      return collected;
    }
  }

  private void followLinks() throws SQLException {
    try (PreparedStatement next = connection.prepareStatement(
            "SELECT rowid, multihash, codec FROM temp.gc_reached WHERE rowid > ? ORDER BY rowid LIMIT " + BATCH);
        PreparedStatement reach = connection.prepareStatement(
            "INSERT OR IGNORE INTO temp.gc_reached (multihash, codec) VALUES (?, ?)")) {
      long after = 0;
      long previous;
      List<Pending> batch = new ArrayList<>(BATCH);
      do {
        previous = after;
        batch.clear();
        next.setLong(1, after);
        try (ResultSet rows = next.executeQuery()) {
          while (rows.next()) {
            after = rows.getLong(1);
            if (BlockLinks.canLink(rows.getLong(3))) {
              batch.add(new Pending(rows.getBytes(2), rows.getLong(3)));
            }
          }
        }
        for (Pending pending : batch) {
          byte[] bytes = blocks.stored(pending.multihash());
          if (bytes == null) {
            continue; // not fetched (yet): its links are unknown
          }
          for (Cid link : BlockLinks.of(pending.codec(), pending.multihash(), bytes)) {
            reach.setBytes(1, link.multihash().bytes());
            reach.setLong(2, link.codec());
            reach.executeUpdate();
          }
        }
      } while (after > previous);
    }
  }
}

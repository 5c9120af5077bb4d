package org.constl.core.rows.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldValue;

/**
 * What a table's row index keeps about itself: how many log entries it reflects (an OrbitDB log
 * only grows, so a different count than the database's means changes were missed, e.g. by a
 * crash between a write and its indexing) and the slot of each column id in the rows' sort values
 * (slots are only added, so rows never need renumbering). Not thread-safe.
 */
final class IndexMeta {

  private static final String ENTRIES = "entries";
  private static final String SLOTS = "slots";

  private long entries;
  private final List<String> slots;
  private final Map<String, Integer> slotOf = new HashMap<>();

  private IndexMeta(long entries, List<String> slots) {
    this.entries = entries;
    this.slots = new ArrayList<>();
    slots.forEach(this::slot);
  }

  /** An index that reflects nothing yet. */
  static IndexMeta empty() {
    return new IndexMeta(-1, List.of());
  }

  static IndexMeta decode(byte[] bytes) {
    IpldValue.MapValue map = DagCbor.decode(bytes).asMap();
    return new IndexMeta(map.get(ENTRIES).asLong(), map.get(SLOTS).asList().stream().map(IpldValue::asString).toList());
  }

  byte[] encode() {
    return DagCbor.encode(IpldValue.MapValue.builder()
        .put(ENTRIES, IpldValue.of(entries))
        .put(SLOTS, IpldValue.list(slots.stream().map(IpldValue::of).toList()))
        .build());
  }

  /** The number of log entries reflected; negative when never built. */
  long entries() {
    return entries;
  }

  void entries(long entries) {
    this.entries = entries;
  }

  void addEntries(long more) {
    entries += more;
  }

  /** The slot of a column, given a new one if it has none. */
  int slot(String columnId) {
    return slotOf.computeIfAbsent(columnId, id -> {
      slots.add(id);
      return slots.size() - 1;
    });
  }

  IndexMeta copy() {
    return new IndexMeta(entries, slots);
  }
}

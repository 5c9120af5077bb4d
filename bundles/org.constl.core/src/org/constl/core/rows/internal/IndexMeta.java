package org.constl.core.rows.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.Entry;

/**
 * What a table's row index keeps about itself: which log entries it reflects, and the slot of
 * each column id in the rows' sort values (slots are only added, so rows never need renumbering).
 *
 * <p>The entries reflected are told two ways. Their heads, when known: the reflected entries are
 * then every ancestor of these, so the index is up to date exactly when they are the database's
 * heads, a check that reads nothing (counting a million entries takes 0.2 to 0.5 s). And their
 * count (an OrbitDB log only grows, so a count other than the database's means changes were
 * missed, e.g. by a crash between a write and its indexing): the check when the heads are not
 * known (an index kept before they were, or entries indexed out of the log's order). Not
 * thread-safe.
 */
final class IndexMeta {

  private static final String ENTRIES = "entries";
  private static final String HEADS = "heads";
  private static final String SLOTS = "slots";
  private static final String SEARCH = "search";
  /**
   * The form of the rows' search texts ({@link CellText#searchText}): 2 leaves databases'
   * addresses out; an index of another form (1, before the field was written) is built again.
   */
  private static final long SEARCH_FORM = 2;

  private long entries;
  private final long searchForm;
  /** Null when not known. */
  private Set<String> heads;
  private final List<String> slots;
  private final Map<String, Integer> slotOf = new HashMap<>();

  private IndexMeta(long entries, Collection<String> heads, List<String> slots, long searchForm) {
    this.entries = entries;
    this.searchForm = searchForm;
    this.heads = heads == null ? null : new TreeSet<>(heads);
    this.slots = new ArrayList<>();
    slots.forEach(this::slot);
  }

  /** An index that reflects nothing yet. */
  static IndexMeta empty() {
    return new IndexMeta(-1, null, List.of(), SEARCH_FORM);
  }

  static IndexMeta decode(byte[] bytes) {
    IpldValue.MapValue map = DagCbor.decode(bytes).asMap();
    List<String> heads = map.has(HEADS) ? map.get(HEADS).asList().stream().map(IpldValue::asString).toList() : null;
    return new IndexMeta(map.get(ENTRIES).asLong(), heads,
        map.get(SLOTS).asList().stream().map(IpldValue::asString).toList(),
        map.has(SEARCH) ? map.get(SEARCH).asLong() : 1);
  }

  byte[] encode() {
    IpldValue.MapValue.Builder map = IpldValue.MapValue.builder().put(ENTRIES, IpldValue.of(entries))
        .put(SEARCH, IpldValue.of(searchForm));
    if (heads != null) {
      map.put(HEADS, IpldValue.list(heads.stream().map(IpldValue::of).toList()));
    }
    return DagCbor.encode(map.put(SLOTS, IpldValue.list(slots.stream().map(IpldValue::of).toList())).build());
  }

  /** Whether the rows' search texts are of the current form; when not, the index is built again. */
  boolean searchTextsCurrent() {
    return searchForm == SEARCH_FORM;
  }

  /** The number of log entries reflected; negative when never built. */
  long entries() {
    return entries;
  }

  /** Whether the heads of the entries reflected are known: when not, only their count tells. */
  boolean knowsHeads() {
    return heads != null;
  }

  /** Whether the index reflects a log of these heads: false when its own heads are not known. */
  boolean reflects(Collection<Entry> logHeads) {
    return heads != null && heads.size() == logHeads.size()
        && logHeads.stream().allMatch(head -> heads.contains(head.hash()));
  }

  /** Reflects every entry of a log of {@code entries} entries and these heads. */
  void reflect(long entries, Collection<Entry> logHeads) {
    this.entries = entries;
    heads = new TreeSet<>();
    logHeads.forEach(head -> heads.add(head.hash()));
  }

  /**
   * Reflects these entries more. The heads stay known while every entry added follows heads
   * reflected or entries added with it; otherwise which entries are reflected is only counted.
   */
  void addEntries(List<Entry> added) {
    entries += added.size();
    if (heads == null || added.isEmpty()) {
      return;
    }
    Set<String> known = new TreeSet<>(heads);
    added.forEach(entry -> known.add(entry.hash()));
    if (!added.stream().allMatch(entry -> known.containsAll(entry.next()))) {
      heads = null;
      return;
    }
    added.forEach(entry -> entry.next().forEach(known::remove));
    heads = known;
  }

  /** The slot of a column, given a new one if it has none. */
  int slot(String columnId) {
    return slotOf.computeIfAbsent(columnId, id -> {
      slots.add(id);
      return slots.size() - 1;
    });
  }

  IndexMeta copy() {
    return new IndexMeta(entries, heads, slots, searchForm);
  }
}

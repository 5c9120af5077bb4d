package org.constl.core.rows.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.constl.core.objects.RowKeys;
import org.constl.core.rows.TableRows;
import org.constl.core.rows.TableRowsException;
import org.constl.core.rows.TableSchema;
import org.constl.core.rules.Finding;
import org.constl.core.rules.RuleProblem;
import org.constl.core.rules.TableColumn;
import org.constl.core.rules.TableValidator;
import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.Database;
import org.constl.orbitdb.DatabaseUpdate;
import org.constl.orbitdb.Entry;
import org.constl.orbitdb.KeyIndex;
import org.constl.orbitdb.KeyValue;
import org.constl.storage.LocalStore;
import org.constl.storage.RowIndex;
import org.constl.storage.StoreException;

/**
 * {@link TableRows} over a keyvalue database and the local store's {@link RowIndex} of it.
 *
 * <p>The index follows the database: this view's own writes are indexed as soon as they are in
 * the log, other changes (a peer's entries joined, another writer in this process) when the
 * database announces them. Each indexing is one store transaction, apart from the write's (the
 * database offers no hook inside its own); the index keeps which log entries it reflects
 * ({@link IndexMeta}), so one missed by a crash in between is found when the view is next opened,
 * and the index is then brought up to date from the database's key index.
 *
 * <p>One lock, the store's monitor, guards the index, the positions and the view's state, so a
 * page read there always finds the rows its positions name. Sorting and filtering are SQL over
 * the index ({@link RowIndex#order}); after changes under a sort or a filter the order is
 * computed again a moment later, off the caller's thread.
 */
public final class IndexedTableRows implements TableRows {

  /**
   * Rows per store transaction (nested in one, for a first build) when the index is built, and
   * when every row is validated.
   */
  static final int BATCH = 5_000;
  /** Changes that come closer together than this are re-sorted once. */
  private static final long RESORT_DELAY_MS = 300;
  private static final Logger LOG = Logger.getLogger(IndexedTableRows.class.getName());

  private final Database database;
  private final KeyIndex keys;
  private final LocalStore store;
  private final RowIndex index;
  private final ScheduledExecutorService worker;
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private volatile TableSchema schema;
  private AutoCloseable databaseSubscription;

  // Guarded by the store's monitor.
  private IndexMeta meta;
  private int[] positions;
  private List<SortKey> sortKeys = List.of();
  private String filter = "";
  private boolean resortScheduled;
  private boolean closed;
  /** Entries this view wrote and indexed already: its database listener skips them. */
  private final Set<String> indexedHashes = new HashSet<>();

  /** What indexing some keys changed: the keys, and the ids that left and joined the index. */
  private record Applied(Set<String> keys, Set<Integer> removedIds, Map<Integer, String> addedSearchTexts) {
  }

  private IndexedTableRows(Database database, LocalStore store, RowIndex index, TableSchema schema) {
    this.database = database;
    this.keys = database.keyIndex().orElseThrow();
    this.store = store;
    this.index = index;
    this.schema = schema;
    this.worker = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "table rows " + database.address());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** See {@link TableRows#open}. */
  public static IndexedTableRows open(Database database, LocalStore store, TableSchema schema) {
    if (!KeyValue.TYPE.equals(database.type())) {
      throw new IllegalArgumentException("the rows of a table are a keyvalue database, not a " + database.type()
          + ": " + database.address());
    }
    Objects.requireNonNull(schema);
    synchronized (store) {
      RowIndex index = call(() -> store.rowIndexes().open(database.address().toString()));
      IndexedTableRows rows = new IndexedTableRows(database, store, index, schema);
      call(() -> {
        rows.catchUp();
        rows.positions = index.order(List.of(), "");
        return null;
      });
      rows.databaseSubscription = database.subscribe(rows::databaseChanged);
      return rows;
    }
  }

  @Override
  public List<TableColumn> columns() {
    return schema.columns();
  }

  @Override
  public TableSchema schema() {
    return schema;
  }

  @Override
  public void schema(TableSchema schema) {
    this.schema = Objects.requireNonNull(schema);
    tell(Listener::schemaChanged);
  }

  @Override
  public int size() {
    synchronized (store) {
      return positions.length;
    }
  }

  @Override
  public Row row(int position) {
    synchronized (store) {
      Objects.checkIndex(position, positions.length);
      return rows(position, 1).getFirst();
    }
  }

  @Override
  public List<Row> rows(int from, int count) {
    synchronized (store) {
      Objects.checkIndex(from, positions.length + 1);
      if (count < 0) {
        throw new IllegalArgumentException("a count is not negative: " + count);
      }
      int available = Math.min(count, positions.length - from);
      return call(() -> index.rows(positions, from, available)).stream().map(IndexedTableRows::row).toList();
    }
  }

  @Override
  public Optional<Row> find(String rowKey) {
    return call(() -> index.get(rowKey)).map(IndexedTableRows::row);
  }

  @Override
  public Optional<Integer> positionOf(String rowKey) {
    synchronized (store) {
      Optional<RowIndex.IndexedRow> row = call(() -> index.get(rowKey));
      if (row.isPresent()) {
        int id = row.get().id();
        for (int i = 0; i < positions.length; i++) {
          if (positions[i] == id) {
            return Optional.of(i);
          }
        }
      }
      return Optional.empty();
    }
  }

  @Override
  public void sort(List<SortKey> keys) {
    List<SortKey> sort = List.copyOf(keys);
    synchronized (store) {
      sortKeys = sort;
      reorder();
    }
    tell(Listener::reordered);
  }

  @Override
  public List<SortKey> sortKeys() {
    synchronized (store) {
      return sortKeys;
    }
  }

  @Override
  public void filter(String quickText) {
    String text = quickText.strip();
    synchronized (store) {
      filter = text;
      reorder();
    }
    tell(Listener::reordered);
  }

  @Override
  public String filterText() {
    synchronized (store) {
      return filter;
    }
  }

  @Override
  public String insert(Map<String, IpldValue> cells) {
    return insertAll(List.of(cells)).getFirst();
  }

  @Override
  public List<String> insertAll(List<Map<String, IpldValue>> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> indexColumns = schema.indexColumns();
    List<String> rowKeys = new ArrayList<>(rows.size());
    List<IpldValue> payloads = new ArrayList<>(rows.size());
    for (Map<String, IpldValue> row : rows) {
      String key = RowKeys.of(row, indexColumns);
      rowKeys.add(key);
      payloads.add(KeyValue.putPayload(key, new IpldValue.MapValue(row)));
    }
    write(payloads, new LinkedHashSet<>(rowKeys));
    return rowKeys;
  }

  @Override
  public void update(String rowKey, Map<String, Optional<IpldValue>> changes) {
    updateAll(Map.of(rowKey, changes));
  }

  @Override
  public Map<String, Map<String, Optional<IpldValue>>> updateAll(Map<String, Map<String, Optional<IpldValue>>> changes) {
    // Read and written under one lock: what is returned is exactly what these changes replaced.
    synchronized (store) {
      Map<String, Map<String, Optional<IpldValue>>> previous = new LinkedHashMap<>();
      List<IpldValue> payloads = new ArrayList<>();
      Set<String> written = new LinkedHashSet<>();
      changes.forEach((rowKey, rowChanges) -> {
        Map<String, IpldValue> before = find(rowKey).orElseThrow(() -> new NoSuchElementException("no row " + rowKey))
            .cells();
        Map<String, IpldValue> after = new LinkedHashMap<>(before);
        Map<String, Optional<IpldValue>> replaced = new LinkedHashMap<>();
        rowChanges.forEach((column, value) -> {
          replaced.put(column, Optional.ofNullable(before.get(column)));
          value.ifPresentOrElse(v -> after.put(column, v), () -> after.remove(column));
        });
        previous.put(rowKey, replaced);
        if (!after.equals(before)) {
          payloads.add(KeyValue.putPayload(rowKey, new IpldValue.MapValue(after)));
          written.add(rowKey);
        }
      });
      if (!payloads.isEmpty()) {
        write(payloads, written);
      }
      return previous;
    }
  }

  @Override
  public void delete(String rowKey) {
    deleteAll(List.of(rowKey));
  }

  @Override
  public void deleteAll(Collection<String> rowKeys) {
    synchronized (store) {
      Set<String> present = new LinkedHashSet<>();
      for (String key : rowKeys) {
        if (call(() -> index.get(key)).isPresent()) {
          present.add(key);
        }
      }
      if (!present.isEmpty()) {
        write(present.stream().map(KeyValue::delPayload).toList(), present);
      }
    }
  }

  @Override
  public List<Finding> findings(String rowKey) {
    return call(() -> index.get(rowKey)).map(row -> FindingCodec.decode(rowKey, row.findings())).orElse(List.of());
  }

  @Override
  public long findingCount() {
    return call(index::findingCount);
  }

  @Override
  public List<RuleProblem> ruleProblems() {
    return RowChecks.validator(schema).problems();
  }

  @Override
  public long validateAll(Progress progress) {
    TableValidator validator = RowChecks.validator(schema);
    progress.begin(call(index::count));
    Map<String, List<Finding>> late = new HashMap<>();
    List<RowIndex.IndexedRow> page;
    for (int after = 0; !(page = rowsAfter(after)).isEmpty(); after = page.getLast().id()) {
      if (progress.cancelled()) {
        throw new CancellationException("validation stopped");
      }
      Map<String, List<Finding>> found = new LinkedHashMap<>();
      page.forEach(row -> found.put(row.key(), new ArrayList<>()));
      // A rule that compares rows may report a row of an earlier page: kept for the end.
      Consumer<Finding> sink = finding -> {
        List<Finding> ofRow = found.get(finding.rowKey());
        (ofRow != null ? ofRow : late.computeIfAbsent(finding.rowKey(), key -> new ArrayList<>())).add(finding);
      };
      for (RowIndex.IndexedRow row : page) {
        validator.check(row.key(), row(row).cells(), sink);
      }
      keepFindings(page, found);
      progress.worked(page.size());
    }
    validator.finish(finding -> late.computeIfAbsent(finding.rowKey(), key -> new ArrayList<>()).add(finding));
    call(() -> store.transaction(() -> {
      for (Map.Entry<String, List<Finding>> more : late.entrySet()) {
        Optional<RowIndex.IndexedRow> row = index.get(more.getKey());
        if (row.isPresent()) {
          List<Finding> all = new ArrayList<>(FindingCodec.decode(more.getKey(), row.get().findings()));
          all.addAll(more.getValue());
          index.findings(more.getKey(), FindingCodec.encode(all), all.size());
        }
      }
      return null;
    }));
    tell(Listener::findingsChanged);
    return findingCount();
  }

  @Override
  public Subscription subscribe(Listener listener) {
    Objects.requireNonNull(listener);
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  public void close() {
    synchronized (store) {
      if (closed) {
        return;
      }
      closed = true;
    }
    try {
      databaseSubscription.close();
    } catch (Exception e) {
      LOG.log(Level.FINE, "stopping to listen to " + database.address(), e);
    }
    worker.shutdown();
    listeners.clear();
  }

  private List<RowIndex.IndexedRow> rowsAfter(int id) {
    return call(() -> index.rowsAfter(id, BATCH));
  }

  /** Stores the findings of checked rows, those that changed, in one transaction. */
  private void keepFindings(List<RowIndex.IndexedRow> checked, Map<String, List<Finding>> found) {
    call(() -> store.transaction(() -> {
      for (RowIndex.IndexedRow row : checked) {
        List<Finding> findings = found.get(row.key());
        byte[] encoded = FindingCodec.encode(findings);
        if (!Arrays.equals(encoded, row.findings())) {
          index.findings(row.key(), encoded, findings.size());
        }
      }
      return null;
    }));
  }

  /** Appends the entries, then indexes the keys they wrote; under the store's monitor. */
  private void write(List<IpldValue> payloads, Set<String> rowKeys) {
    synchronized (store) {
      requireOpen();
      List<Entry> entries = database.appendAll(payloads);
      Set<String> hashes = entries.stream().map(Entry::hash).collect(Collectors.toSet());
      indexedHashes.addAll(hashes);
      try {
        index(rowKeys, entries);
      } catch (TableRowsException e) {
        // The database's listener indexes them instead, and the next open checks.
        indexedHashes.removeAll(hashes);
        throw e;
      }
    }
    announce(new Change(rowKeys, true));
  }

  /** Indexes what the database now holds under some keys, reflecting {@code entries} more log entries. */
  private void index(Set<String> rowKeys, List<Entry> entries) {
    Map<String, Optional<KeyIndex.Latest>> latest = new LinkedHashMap<>();
    rowKeys.forEach(key -> latest.put(key, keys.get(key)));
    Applied applied = call(() -> apply(latest, entries, true));
    patchPositions(applied);
  }

  private void databaseChanged(DatabaseUpdate update) {
    Set<String> changed = new LinkedHashSet<>();
    synchronized (store) {
      if (closed) {
        return;
      }
      List<Entry> unseen = update.entries().stream().filter(e -> !indexedHashes.remove(e.hash())).toList();
      if (unseen.isEmpty()) {
        return;
      }
      unseen.forEach(entry -> keyOf(entry).ifPresent(changed::add));
      try {
        index(changed, unseen);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Cannot index the rows of " + database.address() + " changed by "
            + (update.local() ? "this node" : "a peer") + "; they will be indexed when the table is next opened", e);
        return;
      }
    }
    announce(new Change(changed, update.local()));
  }

  /**
   * Brings the index to what the database holds, when it does not reflect the log's heads (or,
   * those not known, its count of entries): built from the key index when empty (one
   * {@link RowIndex#load}), else every key compared by version.
   */
  private void catchUp() throws StoreException {
    meta = index.meta().map(IndexMeta::decode).orElseGet(IndexMeta::empty);
    if (!meta.searchTextsCurrent()) {
      index.clear();
      meta = IndexMeta.empty();
    }
    // Read first: the log only grows, so the count and the keys read next cover at least these heads.
    List<Entry> heads = database.heads();
    if (meta.reflects(heads)) {
      return;
    }
    long logSize = database.size();
    if (!meta.knowsHeads() && meta.entries() == logSize) {
      meta.reflect(logSize, heads);
      index.meta(meta.encode());
      return;
    }
    boolean empty = index.count() == 0;
    List<KeyIndex.Latest> present = keys.present();
    LocalStore.Work<Void> applyAll = () -> {
      for (int from = 0; from < present.size(); from += BATCH) {
        Map<String, Optional<KeyIndex.Latest>> batch = new LinkedHashMap<>();
        present.subList(from, Math.min(present.size(), from + BATCH)).forEach(l -> batch.put(l.key(), Optional.of(l)));
        apply(batch, List.of(), !empty);
      }
      return null;
    };
    if (empty) {
      index.load(present.size(), applyAll);
    } else {
      applyAll.run();
      Set<String> presentKeys = present.stream().map(KeyIndex.Latest::key).collect(Collectors.toSet());
      List<String> gone = new ArrayList<>();
      List<RowIndex.IndexedRow> page;
      for (int after = 0; !(page = index.rowsAfter(after, BATCH)).isEmpty(); after = page.getLast().id()) {
        page.stream().map(RowIndex.IndexedRow::key).filter(key -> !presentKeys.contains(key)).forEach(gone::add);
      }
      index.delete(gone);
    }
    meta.reflect(logSize, heads);
    index.meta(meta.encode());
  }

  /**
   * Indexes the latest operation of each key (empty: none) in one transaction, with the rows'
   * findings, and reflects {@code entries} more log entries; {@code compare} skips rows whose
   * version is indexed already (false when the index is known to be empty).
   */
  private Applied apply(Map<String, Optional<KeyIndex.Latest>> latest, List<Entry> entries, boolean compare)
      throws StoreException {
    IndexMeta next = meta.copy();
    Applied applied = store.transaction(() -> {
      Map<String, Map<String, IpldValue>> cells = new LinkedHashMap<>();
      Map<String, String> versions = new HashMap<>();
      Set<String> added = new LinkedHashSet<>();
      Set<Integer> removedIds = new HashSet<>();
      List<String> gone = new ArrayList<>();
      for (Map.Entry<String, Optional<KeyIndex.Latest>> item : latest.entrySet()) {
        String key = item.getKey();
        Optional<RowIndex.IndexedRow> current = compare ? index.get(key) : Optional.empty();
        Optional<KeyIndex.Latest> op = item.getValue().filter(l -> !l.deleted());
        if (op.isEmpty()) {
          current.ifPresent(row -> {
            gone.add(key);
            removedIds.add(row.id());
          });
        } else if (current.isEmpty() || !current.get().version().equals(op.get().hash())) {
          Entry entry = database.get(op.get().hash())
              .orElseThrow(() -> new TableRowsException("the entry " + op.get().hash() + " of row " + key + " is missing from "
                  + database.address(), null));
          cells.put(key, cellsOf(entry));
          versions.put(key, entry.hash());
          if (current.isEmpty()) {
            added.add(key);
          }
        }
      }
      Map<String, List<Finding>> findings = RowChecks.check(schema, cells);
      List<RowIndex.RowWrite> writes = new ArrayList<>(cells.size());
      Map<String, String> searchTexts = new HashMap<>();
      cells.forEach((key, row) -> {
        List<Finding> ofRow = findings.get(key);
        String search = CellText.searchText(row);
        searchTexts.put(key, search);
        writes.add(new RowIndex.RowWrite(key, versions.get(key), DagCbor.encode(new IpldValue.MapValue(row)),
            sortValues(row, next), search, FindingCodec.encode(ofRow), ofRow.size()));
      });
      index.delete(gone);
      index.put(writes);
      Map<Integer, String> addedSearchTexts = new LinkedHashMap<>();
      if (compare) {
        for (String key : added) {
          addedSearchTexts.put(index.get(key).orElseThrow().id(), searchTexts.get(key));
        }
      }
      next.addEntries(entries);
      index.meta(next.encode());
      Set<String> changed = new LinkedHashSet<>(cells.keySet());
      changed.addAll(gone);
      return new Applied(changed, removedIds, addedSearchTexts);
    });
    meta = next;
    return applied;
  }

  /** Drops removed rows from the positions and adds new ones at the end, then re-sorts later if needed. */
  private void patchPositions(Applied applied) {
    if (applied.keys().isEmpty()) {
      return;
    }
    String folded = CellText.fold(filter);
    int[] patched = new int[positions.length + applied.addedSearchTexts().size()];
    int size = 0;
    for (int id : positions) {
      if (!applied.removedIds().contains(id)) {
        patched[size++] = id;
      }
    }
    for (Map.Entry<Integer, String> added : applied.addedSearchTexts().entrySet()) {
      if (added.getValue().contains(folded)) {
        patched[size++] = added.getKey();
      }
    }
    positions = Arrays.copyOf(patched, size);
    if ((!sortKeys.isEmpty() || !filter.isEmpty()) && !resortScheduled) {
      resortScheduled = true;
      worker.schedule(this::resort, RESORT_DELAY_MS, TimeUnit.MILLISECONDS);
    }
  }

  private void resort() {
    synchronized (store) {
      resortScheduled = false;
      if (closed) {
        return;
      }
      try {
        reorder();
      } catch (TableRowsException e) {
        LOG.log(Level.WARNING, "Cannot sort the rows of " + database.address() + " again", e);
        return;
      }
    }
    tell(Listener::reordered);
  }

  /** The positions under the current sort and filter, from the index; under the store's monitor. */
  private void reorder() {
    List<RowIndex.SortSlot> slots = new ArrayList<>();
    for (SortKey key : sortKeys) {
      // A column no row has yet gets its slot now (kept with the next write): all missing, it sorts by key.
      slots.add(new RowIndex.SortSlot(meta.slot(key.columnId()), key.ascending()));
    }
    String folded = CellText.fold(filter);
    positions = call(() -> index.order(slots, folded));
  }

  /** A JSON array of the cells' sort values by slot, new columns given slots in {@code meta}. */
  private static String sortValues(Map<String, IpldValue> cells, IndexMeta meta) {
    List<String> bySlot = new ArrayList<>();
    cells.forEach((column, value) -> {
      int slot = meta.slot(column);
      while (bySlot.size() <= slot) {
        bySlot.add("null");
      }
      bySlot.set(slot, CellText.sortValue(value));
    });
    return "[" + String.join(",", bySlot) + "]";
  }

  /** A row's cells from the entry that put it; a value that is not a map has none. */
  private static Map<String, IpldValue> cellsOf(Entry entry) {
    if (entry.payload() instanceof IpldValue.MapValue payload && payload.has("value")
        && payload.get("value") instanceof IpldValue.MapValue cells) {
      return cells.entries();
    }
    return Map.of();
  }

  /** The key an entry's PUT or DEL is about. */
  private static Optional<String> keyOf(Entry entry) {
    if (entry.payload() instanceof IpldValue.MapValue payload && payload.has("key")
        && payload.get("key") instanceof IpldValue.StringValue key) {
      return Optional.of(key.value());
    }
    return Optional.empty();
  }

  private static Row row(RowIndex.IndexedRow row) {
    return new Row(row.key(), DagCbor.decode(row.value()).asMap().entries());
  }

  private void announce(Change change) {
    tell(listener -> listener.rowsChanged(change));
  }

  /** Calls every listener on the worker thread, in the order of the changes. */
  private void tell(Consumer<Listener> call) {
    if (listeners.isEmpty() || worker.isShutdown()) {
      return;
    }
    worker.execute(() -> listeners.forEach(listener -> {
      try {
        call.accept(listener);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A listener of the rows of " + database.address() + " failed", e);
      }
    }));
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the rows of " + database.address() + " are closed");
    }
  }

  /** A store call whose failure is a {@link TableRowsException}. */
  @FunctionalInterface
  private interface StoreCall<T> {
    T run() throws StoreException;
  }

  private static <T> T call(StoreCall<T> work) {
    try {
      return work.run();
    } catch (StoreException e) {
      throw new TableRowsException(e.getMessage(), e);
    }
  }
}

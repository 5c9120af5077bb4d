package org.constl.core.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.constl.core.rules.Bound;
import org.constl.core.rules.BoundOperator;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.Finding;
import org.constl.core.rules.ForeignTables;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleSource;
import org.constl.core.rules.RuleTypes;
import org.constl.core.rules.TableColumn;
import org.constl.core.rules.VariableRule;
import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.Entry;
import org.constl.orbitdb.KeyValue;
import org.constl.storage.RowIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows of a table through the store's row index: writes, pages, findings, reopening, peers. */
class TableRowsTest {

  private static final TableColumn RAIN = new TableColumn("pluie", Optional.empty(), false);
  private static final TableColumn STATION = new TableColumn("station", Optional.empty(), false);
  private static final ColumnRule AT_MOST_500 = new ColumnRule(new VariableRule("max",
      new Rule.Bounds(new Bound.Fixed(IpldValue.of(500)), BoundOperator.AT_MOST)), RuleSource.table("t"), "pluie");
  private static final TableSchema SCHEMA = new TableSchema(List.of(STATION, RAIN), List.of(AT_MOST_500),
      RuleTypes.builtIn(), ForeignTables.NONE);

  @TempDir
  Path temp;

  private static Map<String, IpldValue> row(String station, Object rain) {
    Map<String, IpldValue> cells = new LinkedHashMap<>();
    cells.put("station", IpldValue.of(station));
    if (rain instanceof Long n) {
      cells.put("pluie", IpldValue.of(n));
    } else if (rain instanceof Double d) {
      cells.put("pluie", IpldValue.of(d));
    }
    return cells;
  }

  @Test
  void writesAreReadBackByPageAndAfterReopening() throws Exception {
    Path dir = temp.resolve("a");
    List<String> keys;
    String deleted;
    try (RowPeer peer = RowPeer.open(dir, RowPeer.ALICE);
        TableRows rows = TableRows.open(peer.rows(), peer.store(), SCHEMA)) {
      keys = rows.insertAll(List.of(row("A", 12L), row("B", 612L), row("C", null), row("D", 2.5)));
      assertEquals(4, rows.size());
      assertEquals(4, Set.copyOf(keys).size());
      keys.forEach(key -> assertTrue(key.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), key));
      assertEquals(List.of("A", "B", "C", "D"), stations(rows.rows(0, 10)));
      assertEquals(List.of("C", "D"), stations(rows.rows(2, 10)));
      assertEquals(List.of(), rows.rows(4, 10));
      assertThrows(IndexOutOfBoundsException.class, () -> rows.row(4));

      rows.update(keys.get(0), Map.of("pluie", Optional.empty(), "note", Optional.of(IpldValue.of("sec"))));
      assertEquals(Map.of("station", IpldValue.of("A"), "note", IpldValue.of("sec")), rows.row(0).cells());
      assertThrows(NoSuchElementException.class, () -> rows.update("no such row", Map.of()));
      deleted = keys.get(2);
      rows.delete(deleted);
      rows.delete("no such row");
      assertEquals(3, rows.size());
      assertEquals(List.of("A", "B", "D"), stations(rows.rows(0, 3)));
      assertEquals(Optional.of(2), rows.positionOf(keys.get(3)));
      assertEquals(Optional.empty(), rows.positionOf(deleted));
    }
    try (RowPeer peer = RowPeer.open(dir, RowPeer.ALICE);
        TableRows rows = TableRows.open(peer.rows(), peer.store(), SCHEMA)) {
      assertEquals(List.of("A", "B", "D"), stations(rows.rows(0, 3)));
      assertEquals(Optional.empty(), rows.find(deleted));
      assertEquals(IpldValue.of(2.5), rows.find(keys.get(3)).orElseThrow().cells().get("pluie"));
      assertEquals(1, rows.findingCount());
      // What the index shows is what the log holds.
      KeyValue log = new KeyValue(peer.rows());
      assertEquals(3, log.all().size());
      for (KeyValue.Item item : log.all()) {
        assertEquals(item.value().asMap().entries(), rows.find(item.key()).orElseThrow().cells());
      }
    }
  }

  @Test
  void everyChangeIsCheckedAgainstTheRules() throws Exception {
    try (RowPeer peer = RowPeer.open(temp.resolve("a"), RowPeer.ALICE);
        TableRows rows = TableRows.open(peer.rows(), peer.store(), SCHEMA)) {
      String wet = rows.insert(row("B", 612L));
      String dry = rows.insert(row("A", 12L));
      List<Finding> findings = rows.findings(wet);
      assertEquals(1, findings.size());
      assertEquals("pluie", findings.getFirst().columnId());
      assertEquals("max", findings.getFirst().ruleId());
      assertTrue(findings.getFirst().message().contains("612"), findings.getFirst().message());
      assertEquals(List.of(), rows.findings(dry));
      assertEquals(1, rows.findingCount());

      rows.update(wet, Map.of("pluie", Optional.of(IpldValue.of(400))));
      assertEquals(List.of(), rows.findings(wet));
      rows.update(dry, Map.of("pluie", Optional.of(IpldValue.of(501))));
      assertEquals(1, rows.findings(dry).size());
      assertEquals(1, rows.findingCount());
      rows.delete(dry);
      assertEquals(0, rows.findingCount());
    }
  }

  @Test
  void aTableWithIndexColumnsKeysRowsByTheirIndexValues() throws Exception {
    TableSchema indexed = TableSchema.of(List.of(new TableColumn("station", Optional.empty(), true), RAIN));
    try (RowPeer peer = RowPeer.open(temp.resolve("a"), RowPeer.ALICE);
        TableRows rows = TableRows.open(peer.rows(), peer.store(), indexed)) {
      String first = rows.insert(row("A", 1L));
      String again = rows.insert(row("A", 2L));
      String other = rows.insert(row("B", 1L));
      assertEquals(first, again);
      assertNotEquals(first, other);
      assertEquals(2, rows.size());
      assertEquals(IpldValue.of(2), rows.find(first).orElseThrow().cells().get("pluie"));
    }
  }

  /**
   * The index is rebuilt from the log when it is missing, and sorts then, and is brought up to
   * date when the log changed while no view followed it (a crash between a write and its indexing
   * looks the same).
   */
  @Test
  void theIndexIsRebuiltFromTheLogWhenMissingOrBehind() throws Exception {
    Path dir = temp.resolve("a");
    Map<String, Map<String, IpldValue>> expected = new HashMap<>();
    String address;
    List<String> keys;
    try (RowPeer peer = RowPeer.open(dir, RowPeer.ALICE);
        TableRows rows = TableRows.open(peer.rows(), peer.store(), SCHEMA)) {
      address = peer.rows().address().toString();
      keys = rows.insertAll(List.of(row("A", 1L), row("B", 900L), row("C", 3L)));
      for (String key : keys) {
        expected.put(key, rows.find(key).orElseThrow().cells());
      }
    }
    try (RowPeer peer = RowPeer.open(dir, RowPeer.ALICE)) {
      assertTrue(peer.store().rowIndexes().delete(address));
      // Changes no view saw: a new row, a changed row, a deleted row.
      KeyValue log = new KeyValue(peer.rows());
      log.put("written elsewhere", IpldValue.map(row("E", 5L)));
      String changed = keys.get(0);
      log.put(changed, IpldValue.map(row("Z", 700L)));
      expected.put("written elsewhere", row("E", 5L));
      expected.put(changed, row("Z", 700L));
    }
    try (RowPeer peer = RowPeer.open(dir, RowPeer.ALICE);
        TableRows rows = TableRows.open(peer.rows(), peer.store(), SCHEMA)) {
      assertRowsAre(expected, rows);
      assertEquals(2, rows.findingCount());
      rows.sort(List.of(new TableRows.SortKey("pluie", false)));
      assertEquals(List.of("B", "Z", "E", "C"), stations(rows.rows(0, rows.size())));
    }
    String gone = keys.get(1);
    try (RowPeer peer = RowPeer.open(dir, RowPeer.ALICE)) {
      new KeyValue(peer.rows()).del(gone);
      new KeyValue(peer.rows()).put("later", IpldValue.map(row("L", 1L)));
      expected.remove(gone);
      expected.put("later", row("L", 1L));
    }
    try (RowPeer peer = RowPeer.open(dir, RowPeer.ALICE);
        TableRows rows = TableRows.open(peer.rows(), peer.store(), SCHEMA)) {
      assertRowsAre(expected, rows);
      assertEquals("later", rows.row(rows.size() - 1).key());
    }
  }

  /**
   * Whether the index is up to date is told by the log's heads it reflects, not by its count of
   * entries, when it knows them; an index that does not (kept by an earlier version) is checked by
   * the count, and then knows them.
   */
  @Test
  void theLogsHeadsTellWhetherTheIndexIsBehind() throws Exception {
    Path dir = temp.resolve("a");
    Map<String, Map<String, IpldValue>> expected = new HashMap<>();
    String address;
    try (RowPeer peer = RowPeer.open(dir, RowPeer.ALICE);
        TableRows rows = TableRows.open(peer.rows(), peer.store(), SCHEMA)) {
      address = peer.rows().address().toString();
      for (String key : rows.insertAll(List.of(row("A", 1L), row("B", 2L)))) {
        expected.put(key, rows.find(key).orElseThrow().cells());
      }
    }
    byte[] indexedMeta;
    try (RowPeer peer = RowPeer.open(dir, RowPeer.ALICE)) {
      RowIndex index = peer.store().rowIndexes().open(address);
      indexedMeta = index.meta().orElseThrow();
      assertTrue(DagCbor.decode(indexedMeta).asMap().has("heads"));
      new KeyValue(peer.rows()).put("unseen", IpldValue.map(row("C", 3L)));
      expected.put("unseen", row("C", 3L));
      // The count now agrees with the log's: only the heads tell the new entry apart.
      index.meta(withMeta(indexedMeta, "entries", IpldValue.of(peer.rows().size())));
    }
    try (RowPeer peer = RowPeer.open(dir, RowPeer.ALICE);
        TableRows rows = TableRows.open(peer.rows(), peer.store(), SCHEMA)) {
      assertRowsAre(expected, rows);
    }
    try (RowPeer peer = RowPeer.open(dir, RowPeer.ALICE)) {
      RowIndex index = peer.store().rowIndexes().open(address);
      new KeyValue(peer.rows()).put("unseen too", IpldValue.map(row("D", 4L)));
      expected.put("unseen too", row("D", 4L));
      index.meta(withMeta(index.meta().orElseThrow(), "heads", null));
    }
    try (RowPeer peer = RowPeer.open(dir, RowPeer.ALICE);
        TableRows rows = TableRows.open(peer.rows(), peer.store(), SCHEMA)) {
      assertRowsAre(expected, rows);
      assertTrue(DagCbor.decode(peer.store().rowIndexes().open(address).meta().orElseThrow()).asMap().has("heads"));
    }
  }

  /** An index's meta with one field set, or removed when {@code value} is null. */
  private static byte[] withMeta(byte[] meta, String field, IpldValue value) {
    Map<String, IpldValue> fields = new LinkedHashMap<>(DagCbor.decode(meta).asMap().entries());
    if (value == null) {
      fields.remove(field);
    } else {
      fields.put(field, value);
    }
    return DagCbor.encode(new IpldValue.MapValue(fields));
  }

  /** Rows written here are signed entries a peer joins; its view hears of them as remote changes. */
  @Test
  void aPeerJoinsTheWrittenEntriesAndItsViewFollows() throws Exception {
    try (RowPeer alice = RowPeer.open(temp.resolve("alice"), RowPeer.ALICE);
        RowPeer bob = RowPeer.open(temp.resolve("bob"), RowPeer.BOB);
        TableRows aliceRows = TableRows.open(alice.rows(), alice.store(), SCHEMA);
        TableRows bobRows = TableRows.open(bob.rows(), bob.store(), SCHEMA)) {
      assertEquals(alice.rows().address(), bob.rows().address());
      LinkedBlockingQueue<Object> heard = new LinkedBlockingQueue<>();
      bobRows.subscribe(new TableRows.Listener() {
        @Override
        public void rowsChanged(TableRows.Change change) {
          heard.add(change);
        }

        @Override
        public void reordered() {
          heard.add("reordered");
        }
      });
      List<String> keys = aliceRows.insertAll(List.of(row("A", 1L), row("B", 800L)));
      aliceRows.delete(keys.get(0));
      for (Entry head : alice.rows().heads()) {
        assertTrue(head.verifySignature());
        assertEquals(RowPeer.ALICE.identity().hash(), head.identity());
        bob.rows().join(head, alice.store().blocks());
      }
      TableRows.Change change = (TableRows.Change) heard.poll(10, TimeUnit.SECONDS);
      assertFalse(change.local());
      assertEquals(Set.copyOf(keys), change.keys());
      assertEquals(1, bobRows.size());
      assertEquals(keys.get(1), bobRows.row(0).key());
      assertEquals(1, bobRows.findings(keys.get(1)).size());

      String bobs = bobRows.insert(row("C", 2L));
      TableRows.Change own = (TableRows.Change) heard.poll(10, TimeUnit.SECONDS);
      assertTrue(own.local());
      assertEquals(Set.of(bobs), own.keys());
      bobRows.sort(List.of(new TableRows.SortKey("station", false)));
      assertEquals("reordered", heard.poll(10, TimeUnit.SECONDS));
      assertEquals(List.of("C", "B"), stations(bobRows.rows(0, 2)));
      assertNull(heard.poll(200, TimeUnit.MILLISECONDS));
    }
  }

  /** A paste over existing rows: one write for many rows, which keep their places, and what it replaced to undo it. */
  @Test
  void manyRowsAreUpdatedInOneWriteThatReturnsTheCellsItReplaced() throws Exception {
    Path dir = temp.resolve("a");
    List<String> keys;
    Map<String, Map<String, IpldValue>> original = new HashMap<>();
    Map<String, Map<String, Optional<IpldValue>>> replaced;
    try (RowPeer peer = RowPeer.open(dir, RowPeer.ALICE);
        TableRows rows = TableRows.open(peer.rows(), peer.store(), SCHEMA)) {
      keys = rows.insertAll(List.of(row("A", 12L), row("B", 612L), row("C", null), row("D", 2.5)));
      rows.rows(0, 4).forEach(r -> original.put(r.key(), r.cells()));
      long entries = peer.rows().size();
      LinkedBlockingQueue<TableRows.Change> heard = new LinkedBlockingQueue<>();
      rows.subscribe(new TableRows.Listener() {
        @Override
        public void rowsChanged(TableRows.Change change) {
          heard.add(change);
        }

        @Override
        public void reordered() {
        }
      });

      Map<String, Map<String, Optional<IpldValue>>> changes = new LinkedHashMap<>();
      changes.put(keys.get(2), Map.of("pluie", Optional.of(IpldValue.of(700))));
      changes.put(keys.get(0), cells("station", Optional.of(IpldValue.of("Z")), "pluie", Optional.empty()));
      changes.put(keys.get(3), Map.of("pluie", Optional.of(IpldValue.of(2.5))));
      replaced = rows.updateAll(changes);

      assertEquals(List.of(keys.get(2), keys.get(0), keys.get(3)), List.copyOf(replaced.keySet()));
      assertEquals(Map.of("pluie", Optional.empty()), replaced.get(keys.get(2)));
      assertEquals(cells("station", Optional.of(IpldValue.of("A")), "pluie", Optional.of(IpldValue.of(12))),
          replaced.get(keys.get(0)));
      assertEquals(Map.of("pluie", Optional.of(IpldValue.of(2.5))), replaced.get(keys.get(3)));
      assertEquals(List.of("Z", "B", "C", "D"), stations(rows.rows(0, 4)), "the rows keep their places");
      assertEquals(Map.of("station", IpldValue.of("Z")), rows.row(0).cells());
      assertEquals(IpldValue.of(700), rows.row(2).cells().get("pluie"));
      assertEquals(entries + 2, peer.rows().size(), "an unchanged row is not written");
      TableRows.Change change = heard.poll(10, TimeUnit.SECONDS);
      assertEquals(Set.of(keys.get(2), keys.get(0)), change.keys(), "one write, one change");
      assertTrue(change.local());

      // The index has the new values: findings, sort and filter see them.
      assertEquals(1, rows.findings(keys.get(2)).size());
      assertEquals(2, rows.findingCount());
      rows.sort(List.of(new TableRows.SortKey("pluie", false)));
      assertEquals(List.of("C", "B", "D", "Z"), stations(rows.rows(0, 4)));
      rows.sort(List.of());
      rows.filter("z");
      assertEquals(List.of(keys.get(0)), rows.rows(0, 4).stream().map(TableRows.Row::key).toList());
      rows.filter("");

      // What it returned undoes it.
      rows.updateAll(replaced);
      assertRowsAre(original, rows);
      assertEquals(List.of("A", "B", "C", "D"), stations(rows.rows(0, 4)));
      assertEquals(1, rows.findingCount());

      // A missing row: nothing is written, not even the rows before it.
      Map<String, Map<String, Optional<IpldValue>>> withMissing = new LinkedHashMap<>();
      withMissing.put(keys.get(1), Map.of("pluie", Optional.of(IpldValue.of(1))));
      withMissing.put("no such row", Map.of("pluie", Optional.of(IpldValue.of(1))));
      long before = peer.rows().size();
      assertThrows(NoSuchElementException.class, () -> rows.updateAll(withMissing));
      assertEquals(before, peer.rows().size());
      assertEquals(IpldValue.of(612), rows.find(keys.get(1)).orElseThrow().cells().get("pluie"));
      assertEquals(Map.of(), rows.updateAll(Map.of()));
    }
    try (RowPeer peer = RowPeer.open(dir, RowPeer.ALICE);
        TableRows rows = TableRows.open(peer.rows(), peer.store(), SCHEMA)) {
      assertRowsAre(original, rows);
      assertEquals(keys, rows.rows(0, 4).stream().map(TableRows.Row::key).toList());
      for (KeyValue.Item item : new KeyValue(peer.rows()).all()) {
        assertEquals(item.value().asMap().entries(), rows.find(item.key()).orElseThrow().cells());
      }
    }
  }

  @Test
  void validatingEveryRowReportsProgressAndStopsWhenCancelled() throws Exception {
    try (RowPeer peer = RowPeer.open(temp.resolve("a"), RowPeer.ALICE);
        TableRows rows = TableRows.open(peer.rows(), peer.store(), TableSchema.of(List.of(STATION, RAIN)))) {
      rows.insertAll(IntStream.range(0, 300).mapToObj(i -> row("S" + i, (long) i * 3)).toList());
      assertEquals(0, rows.findingCount());
      rows.schema(SCHEMA);
      assertEquals(0, rows.findingCount(), "a new schema alone re-checks nothing");
      AtomicLong total = new AtomicLong();
      AtomicLong done = new AtomicLong();
      TableRows.Progress watching = new TableRows.Progress() {
        @Override
        public void begin(long totalRows) {
          total.set(totalRows);
        }

        @Override
        public void worked(long rows) {
          done.addAndGet(rows);
        }

        @Override
        public boolean cancelled() {
          return false;
        }
      };
      // 501 to 897 break the rule: 3 × 167 to 3 × 299, 133 rows.
      assertEquals(133, rows.validateAll(watching));
      assertEquals(300, total.get());
      assertEquals(300, done.get());
      assertEquals(133, rows.findingCount());

      rows.schema(TableSchema.of(List.of(STATION, RAIN)));
      TableRows.Progress cancelled = new TableRows.Progress() {
        @Override
        public void begin(long totalRows) {
        }

        @Override
        public void worked(long rows) {
        }

        @Override
        public boolean cancelled() {
          return true;
        }
      };
      assertThrows(CancellationException.class, () -> rows.validateAll(cancelled));
      assertEquals(133, rows.findingCount(), "no row was checked");
      assertEquals(0, rows.validateAll(TableRows.Progress.NONE));
    }
  }

  private static void assertRowsAre(Map<String, Map<String, IpldValue>> expected, TableRows rows) {
    assertEquals(expected.size(), rows.size());
    List<TableRows.Row> all = rows.rows(0, rows.size());
    Map<String, Map<String, IpldValue>> actual = new HashMap<>();
    all.forEach(row -> actual.put(row.key(), row.cells()));
    assertEquals(expected, actual);
  }

  /** Two cell changes, in this order. */
  private static Map<String, Optional<IpldValue>> cells(String column, Optional<IpldValue> value, String other,
      Optional<IpldValue> otherValue) {
    Map<String, Optional<IpldValue>> cells = new LinkedHashMap<>();
    cells.put(column, value);
    cells.put(other, otherValue);
    return cells;
  }

  private static List<String> stations(List<TableRows.Row> rows) {
    List<String> stations = new ArrayList<>();
    rows.forEach(row -> stations.add(row.cells().get("station").asString()));
    return stations;
  }
}

package org.constl.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.constl.storage.RowIndex.IndexedRow;
import org.constl.storage.RowIndex.RowWrite;
import org.constl.storage.RowIndex.SortSlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Row indexes kept in the store: rows by key and id, their order and filter, across reopening. */
class RowIndexTest {

  @TempDir
  Path folder;

  private static RowWrite row(String key, String sort, String search, int findingCount) {
    return new RowWrite(key, "v-" + key, ("value of " + key).getBytes(StandardCharsets.UTF_8), sort, search,
        new byte[] {(byte) findingCount}, findingCount);
  }

  @Test
  void rowsKeepTheirIdsWhenPutAgainAndSurviveReopening() throws Exception {
    Stores.with(folder, store -> {
      RowIndex index = store.rowIndexes().open("table A");
      assertTrue(index.meta().isEmpty());
      index.put(List.of(row("k1", "[1]", "a", 0), row("k2", "[2]", "b", 2), row("k3", "[3]", "c", 0)));
      index.put(List.of(row("k1", "[10]", "z", 1)));
      index.meta(new byte[] {7});
      store.rowIndexes().open("table B").put(List.of(row("k1", "[5]", "other", 4)));
    });
    Stores.with(folder, store -> {
      RowIndex index = store.rowIndexes().open("table A");
      assertArrayEquals(new byte[] {7}, index.meta().orElseThrow());
      assertEquals(3, index.count());
      int[] ids = index.order(List.of(), "");
      assertEquals(List.of("k1", "k2", "k3"), keys(index.rows(ids, 0, 3)));
      IndexedRow first = index.get("k1").orElseThrow();
      assertEquals(ids[0], first.id());
      assertEquals("v-k1", first.version());
      assertArrayEquals("value of k1".getBytes(StandardCharsets.UTF_8), first.value());
      assertArrayEquals(new int[] {ids[0]}, index.order(List.of(), "z"));
      assertEquals(3, index.findingCount());
      assertEquals(4, store.rowIndexes().open("table B").findingCount());
    });
  }

  @Test
  void pagesComeInTheOrderAskedAndSkipRowsThatAreGone() throws Exception {
    Stores.with(folder, store -> {
      RowIndex index = store.rowIndexes().open("t");
      List<RowWrite> rows = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        rows.add(row("k" + i, "[" + i + "]", "", 0));
      }
      index.put(rows);
      int[] ids = index.order(List.of(new SortSlot(0, false)), "");
      assertEquals("k49", index.rows(ids, 0, 1).getFirst().key());
      assertEquals(List.of("k30", "k29", "k28"), keys(index.rows(ids, 19, 3)));
      assertEquals(1, index.delete(List.of("k29", "nothing")));
      assertEquals(List.of("k30", "k28"), keys(index.rows(ids, 19, 3)));
      assertThrows(IndexOutOfBoundsException.class, () -> index.rows(ids, 48, 3));
      List<String> paged = new ArrayList<>();
      int after = 0;
      for (List<IndexedRow> page; !(page = index.rowsAfter(after, 7)).isEmpty(); after = page.getLast().id()) {
        paged.addAll(keys(page));
      }
      assertEquals(49, paged.size());
      assertEquals("k0", paged.getFirst());
      assertEquals("k49", paged.getLast());
      index.clear();
      assertEquals(0, index.count());
      assertTrue(store.rowIndexes().delete("t"));
      assertFalse(store.rowIndexes().delete("t"));
    });
  }

  /**
   * A load puts its rows in one transaction, whether the store makes its sort indexes again at the
   * end (the rows loaded are at least as many as those there) or keeps them up to date: either way
   * every index sorts afterwards, and a load that fails keeps nothing, even inside a transaction
   * that goes on.
   */
  @Test
  void loadsPutAllOrNothingAndLeaveEveryIndexSortable() throws Exception {
    List<SortSlot> byFirst = List.of(new SortSlot(0, true));
    Stores.with(folder, store -> {
      RowIndex first = store.rowIndexes().open("first");
      RowIndex second = store.rowIndexes().open("second");
      assertEquals("loaded", first.load(3, () -> {
        first.put(List.of(row("b", "[2]", "", 0), row("a", "[1]", "", 0), row("c", "[3]", "", 0)));
        return "loaded";
      }));
      second.load(1, () -> {
        second.put(List.of(row("y", "[\"y\"]", "", 0), row("x", "[\"x\"]", "", 0)));
        return null;
      });
      IllegalStateException stop = new IllegalStateException("stop");
      assertEquals(stop, assertThrows(IllegalStateException.class, () -> second.load(10, () -> {
        second.put(List.of(row("w", "[\"w\"]", "", 0)));
        throw stop;
      })));
      store.transaction(() -> {
        assertThrows(IllegalStateException.class, () -> first.load(10, () -> {
          first.put(List.of(row("d", "[4]", "", 0)));
          throw stop;
        }));
        first.put(List.of(row("e", "[0]", "", 0)));
        assertEquals(List.of("e", "a", "b", "c"), sorted(first, byFirst));
        return null;
      });
      assertEquals(List.of("x", "y"), sorted(second, byFirst));
    });
    Stores.with(folder, store -> {
      assertEquals(List.of("e", "a", "b", "c"), sorted(store.rowIndexes().open("first"), byFirst));
      assertEquals(List.of("x", "y"), sorted(store.rowIndexes().open("second"), byFirst));
    });
  }

  private static List<String> sorted(RowIndex index, List<SortSlot> sort) throws StoreException {
    int[] ids = index.order(sort, "");
    return keys(index.rows(ids, 0, ids.length));
  }

  @Test
  void findingsOfARowAreReplacedAndCounted() throws Exception {
    Stores.with(folder, store -> {
      RowIndex index = store.rowIndexes().open("t");
      index.put(List.of(row("a", "[]", "", 1), row("b", "[]", "", 2)));
      assertTrue(index.findings("a", new byte[] {9, 9}, 5));
      assertFalse(index.findings("missing", new byte[0], 1));
      assertEquals(7, index.findingCount());
      assertArrayEquals(new byte[] {9, 9}, index.get("a").orElseThrow().findings());
    });
  }

  /**
   * Random rows of numbers (integers and floats, equal ones among them: 3 and 3.0), texts (with
   * characters beyond the BMP and above the surrogates, where UTF-16 order differs from code point
   * order) and missing values, sorted by one to three keys either way and filtered, against the
   * order the javadoc states, computed here. Another index's rows come between them, so that
   * neither index's ids are contiguous. The filters keep every row (the separator of the search
   * texts), many, or few: orders of many rows read the slots' indexes, of few SQLite sorts them.
   */
  @Test
  void orderAndFilterMatchAPlainComputation() throws Exception {
    Random random = new Random(42);
    Map<String, Object[]> byKey = new HashMap<>();
    Map<String, String> searchOf = new HashMap<>();
    List<RowWrite> rows = new ArrayList<>();
    List<RowWrite> others = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      Object[] values = {randomValue(random), randomValue(random), randomValue(random)};
      String key = "row" + random.nextInt(1_000_000) + "-" + i;
      String search = Arrays.stream(values).map(v -> v == null ? "" : String.valueOf(v).toLowerCase(Locale.ROOT))
          .reduce((a, b) -> a + "\u001f" + b).orElseThrow();
      byKey.put(key, values);
      searchOf.put(key, search);
      (i % 2 == 0 ? rows : others).add(row(key, json(values), search, 0));
    }
    Stores.with(folder, store -> {
      RowIndex index = store.rowIndexes().open("t");
      RowIndex other = store.rowIndexes().open("other");
      for (int from = 0; from < rows.size(); from += 100) {
        index.put(rows.subList(from, from + 100));
        other.put(others.subList(from, from + 100));
      }
      List<String> keys = rows.stream().map(RowWrite::key).toList(); // in the order of their ids
      for (List<SortSlot> sort : List.of(List.of(new SortSlot(0, true)), List.of(new SortSlot(1, false)),
          List.of(new SortSlot(2, true), new SortSlot(0, false)), List.of(new SortSlot(1, false), new SortSlot(2, false)),
          List.of(new SortSlot(0, true), new SortSlot(2, false), new SortSlot(1, true)), List.of(new SortSlot(5, true)),
          List.of(new SortSlot(5, false), new SortSlot(1, true)), List.of(new SortSlot(20, false), new SortSlot(1, true)))) {
        for (String filter : List.of("", "\u001f", "1", "é", "x\uD83D\uDE00")) {
          Predicate<String> shown = key -> searchOf.get(key).contains(filter);
          List<String> expected = keys.stream().filter(shown).sorted(order(sort, byKey)).toList();
          int[] ids = index.order(sort, filter);
          assertEquals(expected, keys(index.rows(ids, 0, ids.length)), sort + " " + filter);
        }
      }
    });
  }

  private static Object randomValue(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> null;
      case 1 -> (long) random.nextInt(200) - 100;
      case 2 -> (random.nextInt(2000) - 1000) / 8.0;
      case 3 -> random.nextDouble() * 1e6;
      default -> {
        String[] pieces = {"a", "B", "é", "\uD83D\uDE00", "\uFFFD", "x", "1", "Z"};
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(4); n >= 0; n--) {
          text.append(pieces[random.nextInt(pieces.length)]);
        }
        yield text.toString();
      }
    };
  }

  private static String json(Object[] values) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.length; i++) {
      out.append(i == 0 ? "" : ",");
      Object v = values[i];
      out.append(v instanceof String s ? "\"" + s + "\"" : String.valueOf(v));
    }
    return out.append(']').toString();
  }

  /** Missing last either way; numbers by value before texts by code point; then as put (a stable sort). */
  private static Comparator<String> order(List<SortSlot> sort, Map<String, Object[]> byKey) {
    Comparator<String> order = (a, b) -> 0;
    for (SortSlot key : sort) {
      Comparator<String> one = (a, b) -> {
        Object x = value(byKey.get(a), key.slot());
        Object y = value(byKey.get(b), key.slot());
        if (x == null || y == null) {
          return x == null ? (y == null ? 0 : 1) : -1;
        }
        int compared = compareValues(x, y);
        return key.ascending() ? compared : -compared;
      };
      order = order.thenComparing(one);
    }
    return order;
  }

  private static Object value(Object[] values, int slot) {
    return slot < values.length ? values[slot] : null;
  }

  private static int compareValues(Object x, Object y) {
    if (x instanceof String s) {
      return y instanceof String t ? compareCodePoints(s, t) : 1;
    }
    if (y instanceof String) {
      return -1;
    }
    return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
  }

  private static int compareCodePoints(String a, String b) {
    return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
  }

  private static List<String> keys(List<IndexedRow> rows) {
    return rows.stream().map(IndexedRow::key).toList();
  }
}

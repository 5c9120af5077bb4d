package org.constl.core.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.constl.core.rules.TableColumn;
import org.constl.ipld.IpldValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sorting and the quick filter of {@link TableRows} against the order and the matches its javadoc
 * states, computed here over the same random rows: integers, floats, booleans, texts (with
 * characters where UTF-16 order is not code point order), null, lists and missing cells.
 */
class TableRowsOrderTest {

  private static final List<String> COLUMNS = List.of("a", "b", "c");

  @TempDir
  Path temp;

  @Test
  void sortAndFilterMatchAPlainComputation() throws Exception {
    Random random = new Random(3);
    List<Map<String, IpldValue>> written = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      Map<String, IpldValue> cells = new LinkedHashMap<>();
      for (String column : COLUMNS) {
        randomValue(random).ifPresent(value -> cells.put(column, value));
      }
      written.add(cells);
    }
    TableSchema schema = TableSchema.of(COLUMNS.stream().map(c -> new TableColumn(c, Optional.empty(), false)).toList());
    try (RowPeer peer = RowPeer.open(temp.resolve("a"), RowPeer.ALICE);
        TableRows rows = TableRows.open(peer.rows(), peer.store(), schema)) {
      List<String> keys = rows.insertAll(written);
      Map<String, Map<String, IpldValue>> byKey = new LinkedHashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        byKey.put(keys.get(i), written.get(i));
      }
      List<List<TableRows.SortKey>> sorts = List.of(List.of(),
          List.of(new TableRows.SortKey("a", true)),
          List.of(new TableRows.SortKey("b", false)),
          List.of(new TableRows.SortKey("c", true), new TableRows.SortKey("a", false)),
          List.of(new TableRows.SortKey("b", false), new TableRows.SortKey("c", false), new TableRows.SortKey("a", true)),
          List.of(new TableRows.SortKey("never written", true)),
          List.of(new TableRows.SortKey("never written", false), new TableRows.SortKey("b", true)));
      for (List<TableRows.SortKey> sort : sorts) {
        for (String filter : List.of("", "1", "TRUE", "é", " x ", "[")) {
          rows.sort(sort);
          rows.filter(filter);
          String needle = filter.strip().toLowerCase(Locale.ROOT);
          List<String> expected = byKey.keySet().stream()
              .filter(key -> needle.isEmpty()
                  || byKey.get(key).values().stream().anyMatch(v -> text(v).toLowerCase(Locale.ROOT).contains(needle)))
              .sorted(order(sort, byKey)) // stable: equal rows stay in the written order
              .toList();
          List<String> actual = rows.rows(0, rows.size()).stream().map(TableRows.Row::key).toList();
          assertEquals(expected, actual, sort + " filtered by " + filter);
        }
      }
    }
  }

  /**
   * A translatable text cell holds the address of its texts, which the grid shows instead: the
   * filter does not find a row by the letters of an address, alone or in a list.
   */
  @Test
  void theFilterDoesNotLookInTheAddressesOfDatabases() throws Exception {
    IpldValue address = IpldValue.of("/orbitdb/zdpuAqVk8TDi7jHBt3DsLqUmfUNTGbhDzmjmbNT9Wu3ohoCpp");
    TableSchema schema = TableSchema.of(COLUMNS.stream().map(c -> new TableColumn(c, Optional.empty(), false)).toList());
    try (RowPeer peer = RowPeer.open(temp.resolve("a"), RowPeer.ALICE);
        TableRows rows = TableRows.open(peer.rows(), peer.store(), schema)) {
      List<String> keys = rows.insertAll(List.of(
          Map.of("a", address),
          Map.of("a", IpldValue.of("Bruine")),
          Map.of("a", IpldValue.list(address)),
          Map.of("a", IpldValue.list(address, IpldValue.of("bise"), IpldValue.of(2)))));
      rows.filter("b");
      assertEquals(List.of(keys.get(1), keys.get(3)), rows.rows(0, rows.size()).stream().map(TableRows.Row::key).toList());
      rows.filter("zdpu");
      assertEquals(0, rows.size());
      rows.filter("2]");
      assertEquals(List.of(keys.get(3)), rows.rows(0, rows.size()).stream().map(TableRows.Row::key).toList(),
          "a list is looked in as the JSON text of what is left");
    }
  }

  private static Optional<IpldValue> randomValue(Random random) {
    String[] pieces = {"a", "B", "é", "x", "1", "\uD83D\uDE00", "\uFFFD", "True"};
    return switch (random.nextInt(9)) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of(IpldValue.NULL);
      case 2 -> Optional.of(IpldValue.of(random.nextInt(40) - 20));
      case 3 -> Optional.of(IpldValue.of((random.nextInt(400) - 200) / 8.0));
      case 4 -> Optional.of(IpldValue.of(random.nextBoolean()));
      case 5 -> Optional.of(IpldValue.list(IpldValue.of(random.nextInt(3)), IpldValue.of("x")));
      default -> {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(3); n >= 0; n--) {
          text.append(pieces[random.nextInt(pieces.length)]);
        }
        yield Optional.of(IpldValue.of(text.toString()));
      }
    };
  }

  /** The text people read: the filter's haystack, and the sort key of values that are not scalars. */
  private static String text(IpldValue value) {
    return switch (value) {
      case IpldValue.StringValue s -> s.value();
      case IpldValue.IntValue i -> i.value().toString();
      // Eighths below 25 in magnitude: Java and JS print them alike, integral ones aside.
      case IpldValue.FloatValue f -> f.value() == Math.rint(f.value())
          ? Long.toString((long) f.value()) : Double.toString(f.value());
      case IpldValue.BoolValue b -> Boolean.toString(b.value());
      case IpldValue.NullValue n -> "null";
      case IpldValue.ListValue l -> "[" + l.values().get(0).asLong() + ",\"x\"]";
      default -> throw new IllegalArgumentException(value.toString());
    };
  }

  /** Missing and null last either way; numbers (booleans as 0 and 1) before texts by code point. */
  private static Comparator<String> order(List<TableRows.SortKey> sort, Map<String, Map<String, IpldValue>> byKey) {
    Comparator<String> order = (x, y) -> 0;
    for (TableRows.SortKey key : sort) {
      order = order.thenComparing((x, y) -> {
        Object a = sortValue(byKey.get(x).get(key.columnId()));
        Object b = sortValue(byKey.get(y).get(key.columnId()));
        if (a == null || b == null) {
          return a == null ? (b == null ? 0 : 1) : -1;
        }
        int compared;
        if (a instanceof BigDecimal m) {
          compared = b instanceof BigDecimal n ? m.compareTo(n) : -1;
        } else {
          compared = b instanceof BigDecimal ? 1 : compareCodePoints((String) a, (String) b);
        }
        return key.ascending() ? compared : -compared;
      });
    }
    return order;
  }

  private static Object sortValue(IpldValue value) {
    return switch (value) {
      case null -> null;
      case IpldValue.NullValue n -> null;
      case IpldValue.IntValue i -> new BigDecimal(i.value());
      case IpldValue.FloatValue f -> BigDecimal.valueOf(f.value());
      case IpldValue.BoolValue b -> b.value() ? BigDecimal.ONE : BigDecimal.ZERO;
      default -> text(value);
    };
  }

  private static int compareCodePoints(String a, String b) {
    return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
  }
}

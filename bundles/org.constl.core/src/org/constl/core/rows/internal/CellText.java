package org.constl.core.rows.internal;

import java.util.Locale;
import java.util.Map;
import org.constl.core.rows.PlainText;
import org.constl.ipld.IpldJson;
import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsNumbers;
import org.constl.orbitdb.OrbitDbAddress;

/**
 * What the row index sorts and filters a row by: per cell a JSON scalar to sort on, and the text
 * the quick filter looks in ({@link PlainText}, as the grid shows it, but for the addresses of
 * databases).
 */
final class CellText {

  /** Between the texts of two cells, so that a filter never matches across cells. */
  static final char CELL_SEPARATOR = '\u001f';

  private CellText() {
  }

  /**
   * The JSON scalar a cell sorts by: numbers as numbers, booleans as 0 and 1 (as JS compares
   * them with numbers), null as missing, and the text of anything else as text.
   */
  static String sortValue(IpldValue value) {
    return switch (value) {
      case IpldValue.IntValue i -> i.value().toString();
      case IpldValue.FloatValue f -> JsNumbers.toString(f.value());
      case IpldValue.BoolValue b -> b.value() ? "1" : "0";
      case IpldValue.NullValue n -> "null";
      default -> IpldJson.print(IpldValue.of(PlainText.of(value)));
    };
  }

  /**
   * The case-folded texts of a row's cells, as the filter compares them. The addresses of OrbitDB
   * databases are left out, in lists too: a translatable text cell holds the address of its texts,
   * which the grid shows instead, and a filter for "b" found every such cell by its address.
   */
  static String searchText(Map<String, IpldValue> cells) {
    StringBuilder out = new StringBuilder();
    for (IpldValue value : cells.values()) {
      if (!out.isEmpty()) {
        out.append(CELL_SEPARATOR);
      }
      out.append(fold(searched(value)));
    }
    return out.toString();
  }

  private static String searched(IpldValue value) {
    return switch (value) {
      case IpldValue.StringValue s when OrbitDbAddress.isValid(s.value()) -> "";
      case IpldValue.ListValue list when list.values().stream().anyMatch(CellText::isAddress) ->
          PlainText.of(IpldValue.list(list.values().stream().filter(item -> !isAddress(item)).toList()));
      default -> PlainText.of(value);
    };
  }

  private static boolean isAddress(IpldValue value) {
    return value instanceof IpldValue.StringValue s && OrbitDbAddress.isValid(s.value());
  }

  /** Case folding of the filter and of the texts it looks in. */
  static String fold(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}

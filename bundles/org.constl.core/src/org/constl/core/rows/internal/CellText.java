package org.constl.core.rows.internal;

import java.util.Locale;
import java.util.Map;
import org.constl.core.rows.PlainText;
import org.constl.ipld.IpldJson;
import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsNumbers;

/**
 * What the row index sorts and filters a row by: per cell a JSON scalar to sort on, and the text
 * the quick filter looks in ({@link PlainText}, as the grid shows it).
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

  /** The case-folded texts of a row's cells, as the filter compares them. */
  static String searchText(Map<String, IpldValue> cells) {
    StringBuilder out = new StringBuilder();
    for (IpldValue value : cells.values()) {
      if (!out.isEmpty()) {
        out.append(CELL_SEPARATOR);
      }
      out.append(fold(PlainText.of(value)));
    }
    return out.toString();
  }

  /** Case folding of the filter and of the texts it looks in. */
  static String fold(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}

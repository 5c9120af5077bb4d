package org.constl.core.rows;

import org.constl.ipld.IpldJson;
import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsNumbers;

/**
 * A cell value as people read it, the one text that the table editor shows and copies and the
 * row index's quick filter looks in, so that a filter matches what the grid shows.
 */
public final class PlainText {

  private PlainText() {
  }

  /**
   * A string's own text, numbers as JS prints them, {@code true} and {@code false}, and the
   * (DAG-)JSON text of anything else ({@code null}, lists, maps, bytes, links).
   */
  public static String of(IpldValue value) {
    return switch (value) {
      case IpldValue.StringValue s -> s.value();
      case IpldValue.IntValue i -> i.value().toString();
      case IpldValue.FloatValue f -> JsNumbers.toString(f.value());
      case IpldValue.BoolValue b -> Boolean.toString(b.value());
      default -> IpldJson.print(value);
    };
  }
}

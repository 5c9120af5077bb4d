package org.constl.ui.tables.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Tab-separated text as Excel and LibreOffice put it on the clipboard and read it back: cells
 * split by tabs, rows by line ends ({@code \r\n}, {@code \n} or {@code \r}); a cell holding a tab,
 * a line end or a quote is written between quotes with its quotes doubled.
 */
final class TsvFormat {

  private TsvFormat() {}

  /** The block as text, every row ended by a line feed (as spreadsheets end the last one too). */
  static String write(List<List<String>> rows) {
    StringBuilder text = new StringBuilder();
    for (List<String> row : rows) {
      for (int column = 0; column < row.size(); column++) {
        if (column > 0) {
          text.append('\t');
        }
        appendCell(text, row.get(column));
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static void appendCell(StringBuilder text, String cell) {
    boolean quoted = cell.indexOf('\t') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0
        || cell.indexOf('"') >= 0;
    if (!quoted) {
      text.append(cell);
      return;
    }
    text.append('"').append(cell.replace("\"", "\"\"")).append('"');
  }

  /**
   * The block the text holds, rows padded with empty cells to the widest. Lenient as spreadsheets
   * are: a quote opens a quoted cell only at the cell's start, text after a closing quote is kept,
   * and a quote left open runs to the end of the text.
   */
  static List<List<String>> read(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int length = text.length();
    int i = 0;
    boolean cellStart = true;
    while (i < length) {
      char c = text.charAt(i);
      if (cellStart && c == '"') {
        i = readQuoted(text, i + 1, cell);
        cellStart = false;
        continue;
      }
      cellStart = false;
      if (c == '\t') {
        row.add(cell.toString());
        cell.setLength(0);
        cellStart = true;
        i++;
      } else if (c == '\r' || c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        cellStart = true;
        i += c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? 2 : 1;
      } else {
        cell.append(c);
        i++;
      }
    }
    // The last line end closes the last row; text after it is one more row.
    if (!row.isEmpty() || cell.length() > 0 || !cellStart) {
      row.add(cell.toString());
      rows.add(row);
    }
    return padded(rows);
  }

  /** Reads a quoted cell's content from {@code start} (after the opening quote); returns where it ended. */
  private static int readQuoted(String text, int start, StringBuilder cell) {
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '"') {
        cell.append(c);
        i++;
      } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
        cell.append('"');
        i += 2;
      } else {
        return i + 1;
      }
    }
    return i;
  }

  static List<List<String>> padded(List<List<String>> rows) {
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    List<List<String>> result = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      List<String> full = new ArrayList<>(row);
      while (full.size() < width) {
        full.add("");
      }
      result.add(List.copyOf(full));
    }
    return List.copyOf(result);
  }
}

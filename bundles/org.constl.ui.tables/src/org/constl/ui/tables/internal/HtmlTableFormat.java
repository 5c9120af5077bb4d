package org.constl.ui.tables.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML tables spreadsheets put on the clipboard beside the tab-separated text (Excel with
 * {@code <br style='mso-data-placement:same-cell'>} for line ends inside a cell, LibreOffice with
 * {@code <font>} around the text), read and written. Reading keeps the text of the first table:
 * tags dropped, entities decoded, white space collapsed as a browser shows it, {@code colspan}
 * and {@code rowspan} spread as empty cells.
 */
final class HtmlTableFormat {

  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|<!--.*?-->|<![^>]*>",
      Pattern.DOTALL);
  private static final Pattern SPAN = Pattern.compile("(colspan|rowspan)\\s*=\\s*[\"']?(\\d+)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
  private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
      "apos", "'", "nbsp", " ");
  /** Bounds what a hostile span attribute may make us allocate. */
  private static final int MAX_SPAN = 1_000;

  private HtmlTableFormat() {}

  static String write(List<List<String>> rows) {
    StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><table>");
    for (List<String> row : rows) {
      html.append("<tr>");
      for (String cell : row) {
        html.append("<td>").append(escape(cell)).append("</td>");
      }
      html.append("</tr>");
    }
    return html.append("</table></body></html>").toString();
  }

  private static String escape(String cell) {
    return cell.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("\r\n", "\n").replace("\n", "<br>");
  }

  /** The cells of the first table in the HTML, or empty when it has none. */
  static Optional<List<List<String>>> read(String html) {
    TableReader reader = new TableReader();
    Matcher tag = TAG.matcher(html);
    int textStart = 0;
    while (tag.find() && !reader.done) {
      reader.text(html.substring(textStart, tag.start()));
      textStart = tag.end();
      if (tag.group(2) != null) {
        String name = tag.group(2).toLowerCase(Locale.ROOT);
        if (!tag.group(1).isEmpty()) {
          reader.close(name);
        } else {
          reader.open(name, tag.group(3));
          if (name.equals("style") || name.equals("script")) {
            // Their content is not text: skip to the closing tag.
            int end = html.toLowerCase(Locale.ROOT).indexOf("</" + name, tag.end());
            textStart = end < 0 ? html.length() : end;
            tag.region(textStart, html.length());
          }
        }
      }
    }
    return reader.tableSeen ? Optional.of(TsvFormat.padded(reader.rows)) : Optional.empty();
  }

  /** Walks the tags of the first table; text outside cells is ignored. */
  private static final class TableReader {
    final List<List<String>> rows = new ArrayList<>();
    /** Columns covered by a rowspan: column index to rows left, this one included. */
    final Map<Integer, Integer> coveredBelow = new HashMap<>();
    boolean tableSeen;
    boolean done;
    int nestedTables;
    List<String> row;
    StringBuilder cell;
    int colspan;
    int rowspan;

    void open(String name, String attributes) {
      switch (name) {
        case "table" -> {
          if (tableSeen) {
            nestedTables++;
          }
          tableSeen = true;
        }
        case "tr" -> startRow();
        case "td", "th" -> {
          if (row == null) {
            startRow();
          }
          endCell();
          skipCovered();
          cell = new StringBuilder();
          colspan = span(attributes, "colspan");
          rowspan = span(attributes, "rowspan");
        }
        case "br" -> appendBreak();
        case "p", "div" -> {
          if (cell != null && cell.length() > 0) {
            appendBreak();
          }
        }
        default -> { }
      }
    }

    void close(String name) {
      switch (name) {
        case "td", "th" -> endCell();
        case "tr" -> endRow();
        case "table" -> {
          if (nestedTables > 0) {
            nestedTables--;
          } else if (tableSeen) {
            endRow();
            done = true;
          }
        }
        default -> { }
      }
    }

    void text(String raw) {
      if (cell == null || raw.isEmpty()) {
        return;
      }
      String collapsed = decode(raw.replaceAll("[ \\t\\r\\n\\f]+", " "));
      // A space at the start of a cell or after a line break shows as nothing.
      if (collapsed.startsWith(" ") && (cell.length() == 0 || cell.charAt(cell.length() - 1) == '\n'
          || cell.charAt(cell.length() - 1) == ' ')) {
        collapsed = collapsed.substring(1);
      }
      cell.append(collapsed);
    }

    private void appendBreak() {
      if (cell != null) {
        trimTrailingSpace();
        cell.append('\n');
      }
    }

    private void startRow() {
      endRow();
      row = new ArrayList<>();
    }

    private void endRow() {
      if (row == null) {
        return;
      }
      endCell();
      skipCovered();
      rows.add(row);
      row = null;
      coveredBelow.replaceAll((column, left) -> left - 1);
      coveredBelow.values().removeIf(left -> left <= 0);
    }

    private void endCell() {
      if (cell == null) {
        return;
      }
      trimTrailingSpace();
      int column = row.size();
      row.add(cell.toString());
      for (int extra = 1; extra < colspan; extra++) {
        row.add("");
      }
      if (rowspan > 1) {
        for (int c = column; c < column + colspan; c++) {
          // Counts this row too: the end of every row takes one off.
          coveredBelow.put(c, rowspan);
        }
      }
      cell = null;
    }

    /** Cells that a rowspan from a row above takes show as empty in this row. */
    private void skipCovered() {
      while (coveredBelow.containsKey(row.size())) {
        row.add("");
      }
    }

    private void trimTrailingSpace() {
      while (cell.length() > 0 && cell.charAt(cell.length() - 1) == ' ') {
        cell.setLength(cell.length() - 1);
      }
    }
  }

  private static int span(String attributes, String name) {
    Matcher matcher = SPAN.matcher(attributes);
    while (matcher.find()) {
      if (matcher.group(1).equalsIgnoreCase(name)) {
        try {
          return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(matcher.group(2))));
        } catch (NumberFormatException e) {
          return MAX_SPAN;
        }
      }
    }
    return 1;
  }

  private static String decode(String text) {
    Matcher matcher = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String replacement;
      if (name.startsWith("#")) {
        int codePoint = parseCodePoint(name);
        replacement = codePoint == 160 ? " " : codePoint > 0 ? Character.toString(codePoint) : matcher.group();
      } else {
        replacement = NAMED.getOrDefault(name.toLowerCase(Locale.ROOT), matcher.group());
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static int parseCodePoint(String reference) {
    try {
      int value = reference.startsWith("#x") || reference.startsWith("#X")
          ? Integer.parseInt(reference.substring(2), 16) : Integer.parseInt(reference.substring(1));
      return Character.isValidCodePoint(value) ? value : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

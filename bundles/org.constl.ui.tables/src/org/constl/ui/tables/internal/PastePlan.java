package org.constl.ui.tables.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the cells of a pasted block go, as a spreadsheet places them: from the top left cell of
 * the selection, repeated over the whole selection when it is a whole multiple of the block (so
 * one copied cell fills a selected range); rows past the last one become new rows, columns past
 * the last one are dropped. Positions are the grid's (row position, column position).
 *
 * @param cells texts for cells of existing rows
 * @param newRows texts for rows to add, by column position
 * @param droppedColumns how many pasted columns found no column of the table
 */
record PastePlan(List<CellText> cells, List<Map<Integer, String>> newRows, int droppedColumns) {

  /** One text for the cell at (row, column). */
  record CellText(int row, int column, String text) {}

  /** The selected cells: a rectangle of the grid. */
  record Area(int row, int column, int rows, int columns) {
    static Area cell(int row, int column) {
      return new Area(row, column, 1, 1);
    }
  }

  PastePlan {
    cells = List.copyOf(cells);
    newRows = List.copyOf(newRows);
  }

  static PastePlan spread(List<List<String>> block, Area selection, int rowCount, int columnCount) {
    int blockRows = block.size();
    int blockColumns = blockRows == 0 ? 0 : block.get(0).size();
    if (blockRows == 0 || blockColumns == 0) {
      return new PastePlan(List.of(), List.of(), 0);
    }
    boolean tiles = selection.rows() % blockRows == 0 && selection.columns() % blockColumns == 0;
    int rows = tiles ? selection.rows() : blockRows;
    int columns = tiles ? selection.columns() : blockColumns;
    int fitting = Math.max(0, Math.min(columns, columnCount - selection.column()));
    List<CellText> cells = new ArrayList<>();
    Map<Integer, Map<Integer, String>> added = new LinkedHashMap<>();
    for (int r = 0; r < rows; r++) {
      int row = selection.row() + r;
      List<String> source = block.get(r % blockRows);
      for (int c = 0; c < fitting; c++) {
        int column = selection.column() + c;
        String text = source.get(c % blockColumns);
        if (row < rowCount) {
          cells.add(new CellText(row, column, text));
        } else {
          added.computeIfAbsent(row, key -> new LinkedHashMap<>()).put(column, text);
        }
      }
    }
    return new PastePlan(cells, new ArrayList<>(added.values()), columns - fitting);
  }

  /**
   * Every row of the block as a new row. When the first row names columns (by any of their
   * names, case and surrounding spaces ignored), it is a header: its columns go to the columns it
   * names, in any order, and unnamed ones are dropped; otherwise the block's columns fill the
   * table's from the first.
   *
   * @param columnNames for each column position, the names it answers to (its id, its variable's name)
   */
  static PastePlan asNewRows(List<List<String>> block, List<Set<String>> columnNames) {
    if (block.isEmpty()) {
      return new PastePlan(List.of(), List.of(), 0);
    }
    Map<Integer, Integer> target = header(block.get(0), columnNames);
    boolean hasHeader = !target.isEmpty();
    int width = block.get(0).size();
    if (!hasHeader) {
      for (int c = 0; c < Math.min(width, columnNames.size()); c++) {
        target.put(c, c);
      }
    }
    List<Map<Integer, String>> rows = new ArrayList<>();
    for (List<String> source : block.subList(hasHeader ? 1 : 0, block.size())) {
      Map<Integer, String> row = new LinkedHashMap<>();
      target.forEach((from, to) -> row.put(to, source.get(from)));
      rows.add(row);
    }
    return new PastePlan(List.of(), rows, width - target.size());
  }

  /** Block column to column position, or empty when a non-empty cell of the row names no column. */
  private static Map<Integer, Integer> header(List<String> first, List<Set<String>> columnNames) {
    Map<String, Integer> byName = new HashMap<>();
    for (int position = 0; position < columnNames.size(); position++) {
      for (String name : columnNames.get(position)) {
        byName.putIfAbsent(normalized(name), position);
      }
    }
    Map<Integer, Integer> target = new LinkedHashMap<>();
    for (int c = 0; c < first.size(); c++) {
      String name = normalized(first.get(c));
      if (name.isEmpty()) {
        continue;
      }
      Integer position = byName.get(name);
      if (position == null) {
        return new LinkedHashMap<>();
      }
      target.put(c, position);
    }
    return target;
  }

  private static String normalized(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}

package org.constl.ui.tables.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constl.core.rows.TableRows;
import org.constl.core.rows.TableRows.Row;
import org.constl.core.rules.Finding;

/**
 * The rows the grid shows, read from the store a page at a time and kept for a few pages, with
 * their findings, so painting a screen asks the store once, not once per cell. UI thread only.
 */
final class RowPages {

  static final int PAGE_ROWS = 128;
  private static final int KEPT_PAGES = 8;

  private final TableRows rows;
  private final Map<Integer, List<Row>> pages = new LinkedHashMap<>(KEPT_PAGES, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Integer, List<Row>> eldest) {
      return size() > KEPT_PAGES;
    }
  };
  private final Map<String, List<Finding>> findings = new HashMap<>();
  private int size = -1;

  RowPages(TableRows rows) {
    this.rows = rows;
  }

  int size() {
    if (size < 0) {
      size = rows.size();
    }
    return size;
  }

  /** The row at a position, or null past the end (the store may have shrunk since the last refresh). */
  Row row(int position) {
    if (position < 0 || position >= size()) {
      return null;
    }
    int page = position / PAGE_ROWS;
    List<Row> rowsOfPage = pages.computeIfAbsent(page, p -> rows.rows(p * PAGE_ROWS, PAGE_ROWS));
    int index = position - page * PAGE_ROWS;
    return index < rowsOfPage.size() ? rowsOfPage.get(index) : null;
  }

  /** The findings of a shown row, read once per refresh. */
  List<Finding> findings(Row row) {
    if (findings.size() > KEPT_PAGES * PAGE_ROWS) {
      findings.clear();
    }
    return findings.computeIfAbsent(row.key(), rows::findings);
  }

  /** Forgets what was read: rows changed or moved. */
  void clear() {
    pages.clear();
    findings.clear();
    size = -1;
  }
}

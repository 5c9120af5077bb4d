package org.constl.ui.tables.internal;

import java.util.ArrayList;
import java.util.List;
import org.constl.core.rows.TableRows.SortKey;

/**
 * What a click on a column's header does to the sort, as in spreadsheets: a click sorts by that
 * column alone, a Shift-click adds it after the current keys; clicking a sorted column again
 * turns it descending, then takes it out.
 */
final class SortClicks {

  private SortClicks() {}

  static List<SortKey> afterClick(List<SortKey> now, String columnId, boolean adding) {
    int at = indexOf(now, columnId);
    if (!adding) {
      if (now.size() != 1 || at != 0) {
        return List.of(new SortKey(columnId, true));
      }
      return now.get(0).ascending() ? List.of(new SortKey(columnId, false)) : List.of();
    }
    List<SortKey> next = new ArrayList<>(now);
    if (at < 0) {
      next.add(new SortKey(columnId, true));
    } else if (now.get(at).ascending()) {
      next.set(at, new SortKey(columnId, false));
    } else {
      next.remove(at);
    }
    return List.copyOf(next);
  }

  /** The header's mark: the direction, and the key's rank when there are several. */
  static String mark(List<SortKey> keys, String columnId) {
    int at = indexOf(keys, columnId);
    if (at < 0) {
      return "";
    }
    String arrow = keys.get(at).ascending() ? "▲" : "▼";
    return "  " + arrow + (keys.size() > 1 ? String.valueOf(at + 1) : "");
  }

  private static int indexOf(List<SortKey> keys, String columnId) {
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).columnId().equals(columnId)) {
        return i;
      }
    }
    return -1;
  }
}

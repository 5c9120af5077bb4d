package org.constl.ui.tables.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.constl.core.rows.TableRows.SortKey;
import org.junit.jupiter.api.Test;

class SortClicksTest {

  private static final SortKey A_UP = new SortKey("a", true);
  private static final SortKey A_DOWN = new SortKey("a", false);
  private static final SortKey B_UP = new SortKey("b", true);
  private static final SortKey B_DOWN = new SortKey("b", false);

  @Test
  void aClickCyclesOneColumnAscendingDescendingThenOff() {
    assertEquals(List.of(A_UP), SortClicks.afterClick(List.of(), "a", false));
    assertEquals(List.of(A_DOWN), SortClicks.afterClick(List.of(A_UP), "a", false));
    assertEquals(List.of(), SortClicks.afterClick(List.of(A_DOWN), "a", false));
    assertEquals(List.of(B_UP), SortClicks.afterClick(List.of(A_DOWN), "b", false), "another column replaces the sort");
    assertEquals(List.of(A_UP), SortClicks.afterClick(List.of(A_UP, B_UP), "a", false), "a plain click keeps one key");
  }

  @Test
  void aShiftClickAddsAKeyAndCyclesItInPlace() {
    assertEquals(List.of(A_UP, B_UP), SortClicks.afterClick(List.of(A_UP), "b", true));
    assertEquals(List.of(A_UP, B_DOWN), SortClicks.afterClick(List.of(A_UP, B_UP), "b", true));
    assertEquals(List.of(A_UP), SortClicks.afterClick(List.of(A_UP, B_DOWN), "b", true));
    assertEquals(List.of(A_DOWN, B_UP), SortClicks.afterClick(List.of(A_UP, B_UP), "a", true), "the first key keeps its rank");
  }

  @Test
  void theMarkShowsTheDirectionAndTheRankWhenThereAreSeveralKeys() {
    assertEquals("  ▲", SortClicks.mark(List.of(A_UP), "a"));
    assertEquals("", SortClicks.mark(List.of(A_UP), "b"));
    assertEquals("  ▼2", SortClicks.mark(List.of(A_UP, B_DOWN), "b"));
    assertEquals("  ▲1", SortClicks.mark(List.of(A_UP, B_DOWN), "a"));
  }
}

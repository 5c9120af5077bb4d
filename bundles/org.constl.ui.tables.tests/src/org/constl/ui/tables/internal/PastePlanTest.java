package org.constl.ui.tables.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constl.ui.tables.internal.PastePlan.Area;
import org.constl.ui.tables.internal.PastePlan.CellText;
import org.junit.jupiter.api.Test;

class PastePlanTest {

  private static final List<List<String>> BLOCK = List.of(List.of("a", "b"), List.of("c", "d"));

  @Test
  void aBlockGoesFromTheSelectedCellRightAndDown() {
    PastePlan plan = PastePlan.spread(BLOCK, Area.cell(1, 1), 10, 5);
    assertEquals(List.of(new CellText(1, 1, "a"), new CellText(1, 2, "b"), new CellText(2, 1, "c"),
        new CellText(2, 2, "d")), plan.cells());
    assertEquals(List.of(), plan.newRows());
    assertEquals(0, plan.droppedColumns());
  }

  @Test
  void rowsPastTheEndBecomeNewRowsAndColumnsPastTheEndAreDropped() {
    PastePlan plan = PastePlan.spread(BLOCK, Area.cell(4, 2), 5, 3);
    assertEquals(List.of(new CellText(4, 2, "a")), plan.cells());
    assertEquals(List.of(Map.of(2, "c")), plan.newRows());
    assertEquals(1, plan.droppedColumns());
  }

  @Test
  void oneCellFillsTheSelectionAndABlockTilesAMultipleOfItsSize() {
    PastePlan one = PastePlan.spread(List.of(List.of("x")), new Area(0, 0, 2, 2), 10, 5);
    assertEquals(4, one.cells().size());
    assertEquals(Set.of("x"), Set.copyOf(one.cells().stream().map(CellText::text).toList()));
    PastePlan tiled = PastePlan.spread(BLOCK, new Area(0, 0, 4, 2), 10, 5);
    assertEquals(List.of("a", "b", "c", "d", "a", "b", "c", "d"), tiled.cells().stream().map(CellText::text).toList());
    // Not a multiple: the block is pasted once, at its own size.
    PastePlan once = PastePlan.spread(BLOCK, new Area(0, 0, 3, 3), 10, 5);
    assertEquals(4, once.cells().size());
  }

  @Test
  void newRowsFollowAHeaderThatNamesColumnsInAnyOrder() {
    List<Set<String>> columns = List.of(Set.of("c1", "Station"), Set.of("c2", "Rain"));
    List<List<String>> block = List.of(List.of(" rain ", "STATION", ""), List.of("3", "A", "x"),
        List.of("4", "B", "y"));
    PastePlan plan = PastePlan.asNewRows(block, columns);
    assertEquals(List.of(Map.of(1, "3", 0, "A"), Map.of(1, "4", 0, "B")), plan.newRows());
    assertEquals(1, plan.droppedColumns());
  }

  @Test
  void withoutAHeaderNewRowsFillColumnsFromTheFirst() {
    List<Set<String>> columns = List.of(Set.of("c1"), Set.of("c2"));
    PastePlan plan = PastePlan.asNewRows(List.of(List.of("1", "2", "3"), List.of("c1", "5", "6")), columns);
    assertEquals(List.of(Map.of(0, "1", 1, "2"), Map.of(0, "c1", 1, "5")), plan.newRows());
    assertEquals(1, plan.droppedColumns());
  }
}

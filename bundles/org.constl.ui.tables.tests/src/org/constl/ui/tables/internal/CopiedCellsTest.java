package org.constl.ui.tables.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constl.testing.ui.RainfallTable;
import org.constl.ui.Names;
import org.constl.ui.tables.internal.CellDisplays.Translatable;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A copied block whose translated texts the grid has not read (cells off screen): they are read for the copy. */
class CopiedCellsTest {

  /** A database address that is not on this node. */
  private static final String ELSEWHERE = "/orbitdb/zdpuAqVk8TDi7jHBt3DsLqUmfUNTGbhDzmjmbNT9Wu3ohoCpp";

  @TempDir
  Path folder;
  private RainfallTable table;

  @BeforeEach
  void openTheTable() throws Exception {
    table = new RainfallTable(folder.resolve("data"));
  }

  @AfterEach
  void closeIt() {
    table.close();
  }

  @Test
  void textsNotReadByTheGridAreReadAndWhatCannotBeReadIsCopiedAsTheGridShowsIt() {
    String mine = Names.language();
    String other = mine.equals("fr") ? "es" : "fr";
    String rain = translated(Map.of(other, "pluie", mine, "rain"));
    String flood = translated(Map.of(other, "crue"));
    String shown = translated(Map.of(mine, "drizzle"));
    List<List<String>> stored = List.of(
        List.of("A", rain, "[\"" + flood + "\",\"" + ELSEWHERE + "\",\"plain\"]"),
        List.of(rain, "plain", ""),
        List.of("B", shown, "not a list"));
    CopiedCells copied = new CopiedCells(stored, List.of(Translatable.NONE, Translatable.ONE, Translatable.LIST),
        address -> address.equals(shown) ? Optional.of(Map.of(mine, "drizzle, as the grid read it")) : Optional.empty());
    assertTrue(copied.needsReading());

    copied.read(table.translations(), new NullProgressMonitor());
    assertFalse(copied.needsReading());
    assertEquals(List.of(
        List.of("A", "rain", "[\"crue\",\"" + ELSEWHERE + "\",\"plain\"]"),
        List.of(rain, "plain", ""),
        List.of("B", "drizzle, as the grid read it", "not a list")), copied.shown(),
        "a column that is not translated is copied as stored, an address no one has as it is shown");
    assertEquals(Map.of("rain", Map.of(other, "pluie", mine, "rain"), "crue", Map.of(other, "crue"),
        "drizzle, as the grid read it", Map.of(mine, "drizzle, as the grid read it")), copied.textsByShown());
  }

  @Test
  void aTextThatCellsWithDifferentTranslationsShowIsNotPastedAsEither() {
    String mine = Names.language();
    String first = translated(Map.of(mine, "rain", "de", "Regen"));
    String second = translated(Map.of(mine, "rain", "es", "lluvia"));
    CopiedCells copied = new CopiedCells(List.of(List.of(first), List.of(second)), List.of(Translatable.ONE),
        address -> Optional.empty());
    copied.read(table.translations(), new NullProgressMonitor());
    assertEquals(List.of(List.of("rain"), List.of("rain")), copied.shown());
    assertEquals(Map.of(), copied.textsByShown());
  }

  private String translated(Map<String, String> texts) {
    String address = table.translations().create(table.input().tableId());
    table.translations().setTexts(address, texts);
    return address;
  }
}

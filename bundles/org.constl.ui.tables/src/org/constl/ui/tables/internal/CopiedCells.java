package org.constl.ui.tables.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.constl.core.objects.ConstellationException;
import org.constl.core.objects.Translations;
import org.constl.orbitdb.OrbitDbAddress;
import org.constl.ui.Names;
import org.constl.ui.tables.internal.CellDisplays.Translatable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * A copied block as it goes on the clipboard: translatable text (and lists of it) as the grid
 * shows it, in the user's language or the language the grid falls back to, not the address of a
 * database that means nothing elsewhere; every other cell as stored (a file stays
 * {@code <CID>/<name>}, which pastes back). Texts the grid has not read yet (cells off screen) are
 * read by {@link #read}, in a job; one that cannot be read is copied as its address, as the grid
 * shows it.
 */
final class CopiedCells {

  private final List<List<String>> stored;
  private final List<Translatable> columns;
  private final Map<String, Map<String, String>> texts = new HashMap<>();
  private final Set<String> unread = new LinkedHashSet<>();

  /**
   * @param stored the cells' stored texts, row by row
   * @param columns how each column of the block holds translatable text
   * @param known the texts the grid has read already, by address
   */
  CopiedCells(List<List<String>> stored, List<Translatable> columns,
      Function<String, Optional<Map<String, String>>> known) {
    this.stored = stored;
    this.columns = columns;
    forEachAddress(address -> known.apply(address).ifPresentOrElse(t -> texts.put(address, t), () -> unread.add(address)));
  }

  /** Whether some translated cells' texts are still to be read. */
  boolean needsReading() {
    return !unread.isEmpty();
  }

  /** Reads the texts the grid had not read; off the UI thread. */
  void read(Translations translations, IProgressMonitor monitor) {
    monitor.beginTask("Reading the translated texts", unread.size());
    for (String address : unread) {
      if (monitor.isCanceled()) {
        throw new OperationCanceledException();
      }
      try {
        texts.put(address, translations.texts(address));
      } catch (ConstellationException unreadable) {
        // Copied as its address, as the grid shows a cell whose texts cannot be read.
      }
      monitor.worked(1);
    }
    unread.clear();
  }

  /** The block to put on the clipboard. */
  List<List<String>> shown() {
    List<List<String>> block = new ArrayList<>(stored.size());
    for (List<String> line : stored) {
      List<String> shownLine = new ArrayList<>(line.size());
      for (int column = 0; column < line.size(); column++) {
        shownLine.add(shown(columns.get(column), line.get(column)));
      }
      block.add(shownLine);
    }
    return block;
  }

  /**
   * The texts of the copied translated texts (cells, and items of lists), by the text copied: a
   * paste of that text gets them all back. A text that two with different translations show is
   * left out (which one was meant cannot be told).
   */
  Map<String, Map<String, String>> textsByShown() {
    Map<String, Map<String, String>> byShown = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    forEachAddress(address -> {
      Map<String, String> ofAddress = texts.get(address);
      if (ofAddress != null && !ofAddress.isEmpty()) {
        Map<String, String> before = byShown.putIfAbsent(textOf(address), ofAddress);
        if (before != null && !before.equals(ofAddress)) {
          ambiguous.add(textOf(address));
        }
      }
    });
    byShown.keySet().removeAll(ambiguous);
    return byShown;
  }

  private String shown(Translatable column, String cell) {
    return switch (column) {
      case NONE -> cell;
      case ONE -> textOf(cell);
      case LIST -> CellDisplays.listShown(cell, this::textOf);
    };
  }

  /** An address's text as the grid picks it; anything else (a plain string, unreadable texts) as it is. */
  private String textOf(String cell) {
    Map<String, String> ofCell = texts.get(cell);
    return ofCell == null ? cell : Names.pick(ofCell, cell);
  }

  private void forEachAddress(Consumer<String> action) {
    for (List<String> line : stored) {
      for (int column = 0; column < line.size(); column++) {
        String cell = line.get(column);
        switch (columns.get(column)) {
          case NONE -> {
            // Not translated.
          }
          case ONE -> {
            if (OrbitDbAddress.isValid(cell)) {
              action.accept(cell);
            }
          }
          case LIST -> CellDisplays.listShown(cell, item -> {
            if (OrbitDbAddress.isValid(item)) {
              action.accept(item);
            }
            return item;
          });
        }
      }
    }
  }
}

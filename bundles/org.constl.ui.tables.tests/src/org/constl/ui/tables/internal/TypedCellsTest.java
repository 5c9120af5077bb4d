package org.constl.ui.tables.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.constl.core.rows.TableRows;
import org.constl.ipld.IpldValue;
import org.constl.ipld.unixfs.UnixFsImporter;
import org.constl.orbitdb.OrbitDbAddress;
import org.constl.storage.BatchingBlockSink;
import org.constl.testing.ui.RainfallTable;
import org.constl.testing.ui.Ui;
import org.constl.ui.Names;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.nebula.widgets.nattable.edit.command.EditCellCommand;
import org.eclipse.nebula.widgets.nattable.layer.cell.CellDisplayConversionUtils;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Translatable text and image cells as a curator uses them, in a real workbench: a cell's texts
 * edited language by language and shown in the user's language, images shown as thumbnails with a
 * preview on hover. Each test ends with a screenshot.
 */
class TypedCellsTest extends RainfallEditorFixture {

  private static final int STATION = 0;
  private static final int NOTES = 3;
  private static final int PHOTO = 4;
  /** The colour of the photo, 0x1478C8. */
  private static final RGB PHOTO_COLOUR = new RGB(0x14, 0x78, 0xC8);
  private static final RGB PLACEHOLDER_RED = new RGB(176, 0, 32);

  @Test
  void aTranslatableTextIsEditedLanguageByLanguageShownInTheUsersLanguageAndUndoneAsOneEdit() throws Exception {
    String mine = Names.language();
    String other = mine.equals("fr") ? "es" : "fr";
    editor.insertRow();
    Ui.waitUntil(display, "a row in the grid", () -> rows().size() == 1 && grid.getRowCount() == 2);

    editTranslations(0, dialog -> {
      List<Text> fields = fields(dialog);
      assertEquals(List.of(mine, ""), texts(fields), "a new cell starts with the user's language");
      fields.get(1).setText("Heavy rain at dawn");
      press(dialog, "Add a language");
      fields = fields(dialog);
      fields.get(2).setText(other);
      fields.get(3).setText("Forte pluie à l'aube");
      screenshot(dialog, "table-translations-dialog");
      press(dialog, "OK");
    });
    Ui.waitUntil(display, "the cell holds the address of its texts", () -> address(0).isPresent());
    String address = address(0).get();
    assertEquals(Map.of(mine, "Heavy rain at dawn", other, "Forte pluie à l'aube"), table.translations().texts(address));
    Ui.waitUntil(display, "the grid shows the text in the user's language", () -> "Heavy rain at dawn".equals(shown(0, NOTES)));
    Ui.moveMouse(display, centre(0, NOTES));
    Ui.waitUntil(display, "the tooltip lists every language", () -> tooltipText().contains(other + ": Forte pluie à l'aube"));
    Ui.screenshot(window.getShell(), "table-translations");

    history.undo(editor.undoContext(), null, null);
    Ui.waitUntil(display, "undo empties the cell", () -> !rows().row(0).cells().containsKey(RainfallTable.NOTES));
    assertEquals(Map.of(), table.translations().texts(address), "and takes its texts back");
    history.redo(editor.undoContext(), null, null);
    Ui.waitUntil(display, "redo puts the same database back", () -> address(0).equals(Optional.of(address)));
    assertEquals(Map.of(mine, "Heavy rain at dawn", other, "Forte pluie à l'aube"), table.translations().texts(address));

    // Without the user's language, the grid shows another.
    editTranslations(0, dialog -> {
      assertEquals(List.of(mine, "Heavy rain at dawn", other, "Forte pluie à l'aube"), texts(fields(dialog)));
      press(dialog, "Remove");
      fields(dialog).get(1).setText("Pluie forte à l'aube");
      press(dialog, "OK");
    });
    Ui.waitUntil(display, "the grid shows the other language",
        () -> "Pluie forte à l'aube".equals(shown(0, NOTES)) && table.translations().texts(address).size() == 1);
    assertEquals(Map.of(other, "Pluie forte à l'aube"), table.translations().texts(address));
    assertEquals(Optional.of(address), address(0), "edited in the same database");

    // A plain string, as ipa also accepts, is shown as it is and edited as the user's language's text.
    rows().insertAll(List.of(Map.of(RainfallTable.STATION, IpldValue.of("B"), RainfallTable.NOTES, IpldValue.of("crue"))));
    Ui.waitUntil(display, "the plain string is shown", () -> grid.getRowCount() == 3 && "crue".equals(shown(1, NOTES)));
    editTranslations(1, dialog -> {
      assertEquals(List.of(mine, "crue"), texts(fields(dialog)));
      press(dialog, "OK");
    });
    Ui.waitUntil(display, "the plain string is now a translated text", () -> address(1).isPresent());
    assertEquals(Map.of(mine, "crue"), table.translations().texts(address(1).get()));
    history.undo(editor.undoContext(), null, null);
    Ui.waitUntil(display, "undo puts the plain string back",
        () -> IpldValue.of("crue").equals(rows().row(1).cells().get(RainfallTable.NOTES)) && "crue".equals(shown(1, NOTES)));
    Ui.moveMouse(display, centre(1, NOTES));
    Ui.waitUntil(display, "the tooltip says it has no language yet, and the rule it breaks",
        () -> tooltipText().contains("not yet in a language") && rows().findingCount() == 1);
    Ui.screenshot(window.getShell(), "table-translations-edited");
  }

  @Test
  void anImageCellShowsAThumbnailAndAPreviewOnHoverAndWhatCannotBeShownAPlaceholderThatSaysWhy() throws Exception {
    String photo = store(ImageDecodingTest.png(ImageDecodingTest.solid(600, 400, 0x1478C8))) + "/berge.png";
    String notAnImage = store("these bytes are no image".getBytes(StandardCharsets.UTF_8)) + "/notes.png";
    String huge = store(ImageDecodingTest.pngHeader(30_000, 30_000)) + "/immense.png";
    rows().insertAll(List.of(
        Map.of(RainfallTable.STATION, IpldValue.of("A"), RainfallTable.PHOTO, IpldValue.of(photo)),
        Map.of(RainfallTable.STATION, IpldValue.of("B"), RainfallTable.PHOTO, IpldValue.of(notAnImage)),
        Map.of(RainfallTable.STATION, IpldValue.of("C"), RainfallTable.PHOTO, IpldValue.of(huge))));
    Ui.waitUntil(display, "the three rows", () -> grid.getRowCount() == 4);
    assertEquals("berge.png", shown(0, PHOTO), "a file is shown by its name");
    assertEquals(photo, String.valueOf(grid.getDataValueByPosition(PHOTO + 1, 1)), "and copied as stored");

    Ui.waitUntil(display, "the thumbnail is painted in the photo's colour", () -> thumbnailColours(0).contains(PHOTO_COLOUR));
    Ui.waitUntil(display, "what is no image, or too large an image, gets the placeholder's red cross",
        () -> thumbnailColours(1).contains(PLACEHOLDER_RED) && thumbnailColours(2).contains(PLACEHOLDER_RED));
    assertTrue(!thumbnailColours(0).contains(PLACEHOLDER_RED) && !thumbnailColours(1).contains(PHOTO_COLOUR));

    Ui.moveMouse(display, centre(1, PHOTO));
    Ui.waitUntil(display, "the tooltip says why it is not shown", () -> tooltipText().contains("not an image in a format shown here"));
    Ui.moveMouse(display, centre(2, PHOTO));
    Ui.waitUntil(display, "an image too large to decode says so", () -> tooltipText().contains("900 megapixels"));

    Ui.moveMouse(display, centre(0, PHOTO));
    Ui.waitUntil(display, "a preview 240 pixels wide shows on hover", () -> previewSize().equals(Optional.of(new Point(240, 160))));
    assertTrue(tooltipText().contains("berge.png\nCID " + photo.substring(0, photo.indexOf('/'))), tooltipText());
    Ui.screenshot(window.getShell(), "table-image-preview");

    PlatformUI.getWorkbench().getService(IThemeEngine.class).setTheme("org.constl.ui.theme.dark", false);
    Ui.settle(display, 400);
    Ui.moveMouse(display, centre(2, STATION));
    Ui.waitUntil(display, "the thumbnail in the dark theme", () -> thumbnailColours(0).contains(PHOTO_COLOUR));
    Ui.screenshot(window.getShell(), "table-images-dark");
  }

  // --- helpers ------------------------------------------------------------------------------

  private TableRows rows() {
    return table.rows();
  }

  /** The address a translatable text cell holds, if it holds one. */
  private Optional<String> address(int row) {
    IpldValue value = rows().row(row).cells().get(RainfallTable.NOTES);
    return value instanceof IpldValue.StringValue s && OrbitDbAddress.isValid(s.value()) ? Optional.of(s.value())
        : Optional.empty();
  }

  /** What the grid paints in a body cell (its display converter's text). */
  private String shown(int row, int column) {
    return CellDisplayConversionUtils.convertDataType(grid.getCellByPosition(column + 1, row + 1), grid.getConfigRegistry());
  }

  /**
   * Opens the translations editor of a row's notes, as F2 does, and works in its dialog: the
   * dialog is modal, so {@code inDialog} runs from its event loop. A failure there cancels it.
   */
  private void editTranslations(int row, Consumer<Shell> inDialog) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    display.asyncExec(() -> {
      Shell dialog = null;
      for (Shell shell : display.getShells()) {
        if (shell.isVisible() && shell.getData() instanceof TranslationsDialog) {
          dialog = shell;
        }
      }
      try {
        inDialog.accept(assertInstanceOf(Shell.class, dialog, "the translations dialog is open"));
      } catch (Throwable e) {
        failure.set(e);
        tooltips().forEach(Shell::close);
      }
    });
    page.activate(editor);
    grid.doCommand(new SelectCellCommand(grid, NOTES + 1, row + 1, false, false));
    grid.doCommand(new EditCellCommand(grid, grid.getConfigRegistry(), grid.getCellByPosition(NOTES + 1, row + 1)));
    if (failure.get() instanceof AssertionError e) {
      throw e;
    }
    if (failure.get() != null) {
      throw new AssertionError("in the translations dialog", failure.get());
    }
  }

  /** The dialog's language and text fields, row by row. */
  private static List<Text> fields(Shell dialog) {
    List<Text> fields = new ArrayList<>();
    collect(dialog, Text.class, fields);
    return fields;
  }

  private static List<String> texts(List<Text> fields) {
    return fields.stream().map(Text::getText).toList();
  }

  /** Presses the first button with this text, as a click does. */
  private void press(Shell dialog, String text) {
    List<Button> buttons = new ArrayList<>();
    collect(dialog, Button.class, buttons);
    Button button = buttons.stream().filter(b -> b.getText().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no button " + text));
    button.notifyListeners(SWT.Selection, new Event());
    Ui.settle(display, 50);
  }

  private static void screenshot(Shell shell, String name) {
    try {
      Ui.screenshot(shell, name);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Stores a file as the file picker does; returns its CID. */
  private String store(byte[] content) throws Exception {
    BatchingBlockSink sink = new BatchingBlockSink(table.files());
    String cid = new UnixFsImporter(sink).importStream(new ByteArrayInputStream(content)).root().toString();
    sink.flush();
    return cid;
  }

  /** The colours painted where a row's thumbnail goes, at the left of its image cell. */
  private Set<RGB> thumbnailColours(int row) {
    int size = Thumbnails.THUMBNAIL_SIZE;
    Point corner = grid.toDisplay(grid.getStartXOfColumnPosition(PHOTO + 1),
        grid.getStartYOfRowPosition(row + 1) + (grid.getRowHeightByPosition(row + 1) - size) / 2);
    ImageData area = Ui.capture(display, new Rectangle(corner.x, corner.y, size + 2, size));
    Set<RGB> colours = new HashSet<>();
    for (int y = 0; y < area.height; y++) {
      for (int x = 0; x < area.width; x++) {
        colours.add(area.palette.getRGB(area.getPixel(x, y)));
      }
    }
    return colours;
  }

  /** A point inside a body cell, on the display: left of its middle, so in view when the column is cut by the grid's edge. */
  private Point centre(int row, int column) {
    int x = grid.getStartXOfColumnPosition(column + 1) + Math.min(grid.getColumnWidthByPosition(column + 1) / 2, 40);
    int y = grid.getStartYOfRowPosition(row + 1) + grid.getRowHeightByPosition(row + 1) / 2;
    return grid.toDisplay(x, y);
  }

  /** The size of the image a visible tooltip shows, if one does. */
  private Optional<Point> previewSize() {
    for (Shell shell : tooltips()) {
      List<Label> labels = new ArrayList<>();
      collect(shell, Label.class, labels);
      for (Label label : labels) {
        Image image = label.getImage();
        if (image != null && !image.isDisposed()) {
          return Optional.of(new Point(image.getBounds().width, image.getBounds().height));
        }
      }
    }
    return Optional.empty();
  }
}

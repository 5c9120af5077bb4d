package org.constl.ui.tables.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.constl.testing.ui.DrawnColours;
import org.constl.testing.ui.RainfallTable;
import org.constl.testing.ui.Ui;
import org.constl.ui.Names;
import org.constl.ui.Theme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.nebula.widgets.nattable.edit.command.EditCellCommand;
import org.eclipse.nebula.widgets.nattable.layer.cell.CellDisplayConversionUtils;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.HTMLTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
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
import org.eclipse.ui.IWorkbenchPage;
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
  private static final int KEYWORDS = 5;
  /** The colour of the photo, 0x1478C8. */
  private static final RGB PHOTO_COLOUR = new RGB(0x14, 0x78, 0xC8);
  private static final RGB PLACEHOLDER_RED = new RGB(176, 0, 32);
  /** Two text colours this far apart tell a disabled button from an enabled one at a glance. */
  private static final double DISTINCT = 1.5;
  /** Two text colours closer than this look the same. */
  private static final double ALIKE = 1.2;

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
  void aTranslatedCellIsCopiedAsTheTextShownAndPastedAsTranslationsNeverAsAnAddress() throws Exception {
    String mine = Names.language();
    String other = mine.equals("fr") ? "es" : "fr";
    String rain = translated(Map.of(mine, "Heavy rain", other, "Forte pluie"));
    String flood = translated(Map.of(other, "Crue"));
    rows().insertAll(List.of(
        Map.of(RainfallTable.STATION, IpldValue.of("A"), RainfallTable.NOTES, IpldValue.of(rain)),
        Map.of(RainfallTable.STATION, IpldValue.of("B"), RainfallTable.NOTES, IpldValue.of(flood)),
        Map.of(RainfallTable.STATION, IpldValue.of("C"))));
    Ui.waitUntil(display, "three rows", () -> grid.getRowCount() == 4);

    // Copy gives what the grid shows: the user's language, else the one the grid falls back to.
    grid.doCommand(new SelectCellCommand(grid, STATION + 1, 1, false, false));
    grid.doCommand(new SelectCellCommand(grid, NOTES + 1, 2, true, false));
    Ui.press(grid, SWT.CTRL, 'c');
    Ui.waitUntil(display, "the clipboard holds the texts",
        () -> ("A\t\t\tHeavy rain\nB\t\t\tCrue\n").equals(clipboard(TextTransfer.getInstance())));
    String html = clipboard(HTMLTransfer.getInstance());
    assertTrue(html.contains("Heavy rain") && html.contains("Crue") && !html.contains("/orbitdb/"), html);

    // Pasted into another cell: a database of its own, with every language of the cell copied.
    copyAndPaste(0, 2);
    Ui.waitUntil(display, "the cell gets a database of its own",
        () -> address(2).isPresent() && !address(2).get().equals(rain));
    assertEquals(Map.of(mine, "Heavy rain", other, "Forte pluie"), table.translations().texts(address(2).get()));
    Ui.waitUntil(display, "and shows its text", () -> "Heavy rain".equals(shown(2, NOTES)));
    // The text shown in another language stays in that language.
    copyAndPaste(1, 2);
    Ui.waitUntil(display, "the other language's text keeps its language",
        () -> address(2).map(a -> table.translations().texts(a).equals(Map.of(other, "Crue"))).orElse(false));

    // Text from elsewhere is the user's language's; the cell's database is not written, and undo gives it back.
    putText("Bruine\n");
    select(0, NOTES);
    Ui.press(grid, SWT.CTRL, 'v');
    Ui.waitUntil(display, "the pasted text is shown", () -> "Bruine".equals(shown(0, NOTES)));
    assertEquals(Map.of(mine, "Bruine"), table.translations().texts(address(0).orElseThrow()));
    assertEquals(Map.of(mine, "Heavy rain", other, "Forte pluie"), table.translations().texts(rain));
    Ui.screenshot(window.getShell(), "table-translations-pasted");
    history.undo(editor.undoContext(), null, null);
    Ui.waitUntil(display, "undo gives the cell its database back",
        () -> address(0).equals(Optional.of(rain)) && "Heavy rain".equals(shown(0, NOTES)));
  }

  @Test
  void theQuickFilterSaysThatItDoesNotLookInTranslatedTexts() throws Exception {
    String rain = translated(Map.of(Names.language(), "Heavy rain"));
    rows().insertAll(List.of(
        Map.of(RainfallTable.STATION, IpldValue.of("A"), RainfallTable.NOTES, IpldValue.of(rain)),
        Map.of(RainfallTable.STATION, IpldValue.of("B"))));
    Ui.waitUntil(display, "two rows", () -> grid.getRowCount() == 3);
    assertFalse(editor.statusText().contains(TableEditor.TRANSLATIONS_NOT_FILTERED), "nothing to say while unfiltered");

    editor.filterBox().setText("B");
    Ui.waitUntil(display, "station B, and the note that translated texts are not looked in",
        () -> grid.getRowCount() == 2 && editor.statusText().startsWith("1 row (filtered)")
            && editor.statusText().contains(TableEditor.TRANSLATIONS_NOT_FILTERED));
    editor.filterBox().setText("Heavy");
    Ui.waitUntil(display, "a translated text is not found, as the status says",
        () -> grid.getRowCount() == 1 && editor.statusText().startsWith("0 rows (filtered)"));
    Ui.screenshot(window.getShell(), "table-filter-translated");
  }

  @Test
  void aListOfTranslatedTextsShowsCopiesAndPastesItsTexts() throws Exception {
    String mine = Names.language();
    String other = mine.equals("fr") ? "es" : "fr";
    String rain = translated(Map.of(mine, "rain", other, "pluie"));
    String flood = translated(Map.of(other, "crue"));
    rows().insertAll(List.of(
        Map.of(RainfallTable.STATION, IpldValue.of("A"), RainfallTable.KEYWORDS,
            IpldValue.list(IpldValue.of(rain), IpldValue.of(flood))),
        Map.of(RainfallTable.STATION, IpldValue.of("B"))));
    // The sixth column, in view.
    page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
    Ui.waitUntil(display, "two rows, every column in view", () -> grid.getRowCount() == 3 && grid.getColumnCount() == 7);
    Ui.waitUntil(display, "the grid shows the list's texts", () -> "[\"rain\",\"crue\"]".equals(shown(0, KEYWORDS)));
    Ui.moveMouse(display, centre(0, KEYWORDS));
    Ui.waitUntil(display, "the tooltip lists each one's languages",
        () -> tooltipText().contains("• " + other + ": crue") && tooltipText().contains(other + ": pluie"));
    Ui.screenshot(window.getShell(), "table-translated-list");

    copyAndPaste(0, 1, KEYWORDS);
    assertEquals(List.of(List.of("[\"rain\",\"crue\"]")), TsvFormat.read(clipboard(TextTransfer.getInstance())));
    Ui.waitUntil(display, "the list is pasted", () -> rows().row(1).cells().containsKey(RainfallTable.KEYWORDS));
    List<IpldValue> pasted = rows().row(1).cells().get(RainfallTable.KEYWORDS).asList();
    assertEquals(List.of(Map.of(mine, "rain", other, "pluie"), Map.of(other, "crue")),
        pasted.stream().map(item -> table.translations().texts(item.asString())).toList(),
        "each text gets a database of its own, with its languages");
    assertTrue(pasted.stream().noneMatch(item -> item.asString().equals(rain) || item.asString().equals(flood)));
    Ui.waitUntil(display, "and shows as the copied list", () -> "[\"rain\",\"crue\"]".equals(shown(1, KEYWORDS)));
    page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
  }

  @Test
  void aListOfTranslatedTextsIsEditedAsItsTextsAndKeepsTheDatabaseOfEachTextLeftAsItWas() throws Exception {
    String mine = Names.language();
    String other = mine.equals("fr") ? "es" : "fr";
    String rain = translated(Map.of(mine, "rain", other, "pluie"));
    String flood = translated(Map.of(other, "crue"));
    rows().insertAll(List.of(Map.of(RainfallTable.STATION, IpldValue.of("A"), RainfallTable.KEYWORDS,
        IpldValue.list(IpldValue.of(rain), IpldValue.of(flood)))));
    page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
    Ui.waitUntil(display, "a row, every column in view", () -> grid.getRowCount() == 2 && grid.getColumnCount() == 7);
    Ui.waitUntil(display, "the grid shows the list's texts", () -> "[\"rain\",\"crue\"]".equals(shown(0, KEYWORDS)));

    Text field = openWithF2(0, KEYWORDS);
    assertEquals("[\"rain\",\"crue\"]", field.getText(), "the editor shows the texts the grid shows, not addresses");
    // Moved, changed and new: the flood's text first, the rain's changed, a new one.
    field.setText("[\"crue\", \"heavy rain\", \"drizzle\"]");
    screenshot(window.getShell(), "table-translated-list-editing");
    Ui.press(field, SWT.CR);
    Ui.waitUntil(display, "the list of three is stored", () -> keywords(0).size() == 3);
    assertTrue(grid.getActiveCellEditor() == null || grid.getActiveCellEditor().isClosed(),
        "Enter closes the editor; open: " + (grid.getActiveCellEditor() == null ? "" : grid.getActiveCellEditor().getEditorValue()));
    List<String> stored = keywords(0);
    assertEquals(flood, stored.get(0), "a text left as it was keeps its database, with its other languages");
    assertFalse(stored.get(1).equals(rain), "a changed text gets a database of its own: the rain's other languages"
        + " translated the old text");
    assertEquals(Map.of(mine, "heavy rain"), table.translations().texts(stored.get(1)));
    assertEquals(Map.of(mine, "drizzle"), table.translations().texts(stored.get(2)));
    assertEquals(Map.of(mine, "rain", other, "pluie"), table.translations().texts(rain), "the old database is untouched");
    Ui.waitUntil(display, "the grid shows the texts typed",
        () -> "[\"crue\",\"heavy rain\",\"drizzle\"]".equals(shown(0, KEYWORDS)));
    screenshot(window.getShell(), "table-translated-list-edited");

    select(0, KEYWORDS);
    Ui.press(grid, SWT.CTRL, 'z');
    Ui.waitUntil(display, "undo gives the list its databases back", () -> List.of(rain, flood).equals(keywords(0)));
    Ui.waitUntil(display, "and the grid its texts", () -> "[\"rain\",\"crue\"]".equals(shown(0, KEYWORDS)));
    page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
  }

  @Test
  void inTheHighContrastThemeTheDialogsOkLooksDisabledWhileItIsAndEnabledAgainAfter() throws Exception {
    PlatformUI.getWorkbench().getService(IThemeEngine.class).setTheme(Theme.HIGH_CONTRAST.id(), false);
    Ui.settle(display, 400);
    editor.insertRow();
    Ui.waitUntil(display, "a row in the grid", () -> grid.getRowCount() == 2);
    editTranslations(0, dialog -> {
      List<Text> fields = fields(dialog);
      Button ok = button(dialog, "OK");
      fields.get(1).setText("Heavy rain");
      RGB enabled = DrawnColours.buttonText(ok);
      fields.get(0).setText("");
      Ui.waitUntil(display, "a text without its language: OK is disabled, and its text is greyed",
          () -> !ok.getEnabled() && DrawnColours.contrast(DrawnColours.buttonText(ok), enabled) >= DISTINCT);
      screenshot(dialog, "table-translations-dialog-high-contrast");
      fields.get(0).setText(Names.language());
      Ui.waitUntil(display, "with its language: OK is enabled, and its text as before",
          () -> ok.getEnabled() && DrawnColours.contrast(DrawnColours.buttonText(ok), enabled) < ALIKE);
      press(dialog, "Cancel");
    });
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

    PlatformUI.getWorkbench().getService(IThemeEngine.class).setTheme(Theme.DARK.id(), false);
    Ui.settle(display, 400);
    Ui.moveMouse(display, centre(2, STATION));
    Ui.waitUntil(display, "the thumbnail in the dark theme", () -> thumbnailColours(0).contains(PHOTO_COLOUR));
    Ui.screenshot(window.getShell(), "table-images-dark");
  }

  // --- helpers ------------------------------------------------------------------------------

  /** A new database of these texts, as a translated cell holds. */
  private String translated(Map<String, String> texts) {
    String address = table.translations().create(table.input().tableId());
    table.translations().setTexts(address, texts);
    return address;
  }

  private void copyAndPaste(int fromRow, int toRow) {
    copyAndPaste(fromRow, toRow, NOTES);
  }

  /** Copies one cell with Ctrl+C and, once the clipboard has it, pastes it into another row with Ctrl+V. */
  private void copyAndPaste(int fromRow, int toRow, int column) {
    String before = "nothing copied yet\n";
    putText(before);
    select(fromRow, column);
    Ui.press(grid, SWT.CTRL, 'c');
    Ui.waitUntil(display, "the copy is on the clipboard", () -> !clipboard(TextTransfer.getInstance()).equals(before));
    select(toRow, column);
    Ui.press(grid, SWT.CTRL, 'v');
  }

  private void select(int row, int column) {
    grid.doCommand(new SelectCellCommand(grid, column + 1, row + 1, false, false));
  }

  private String clipboard(Transfer transfer) {
    Clipboard clipboard = new Clipboard(display);
    try {
      return clipboard.getContents(transfer) instanceof String text ? text : "";
    } finally {
      clipboard.dispose();
    }
  }

  private void putText(String text) {
    Clipboard clipboard = new Clipboard(display);
    try {
      clipboard.setContents(new Object[] {text}, new Transfer[] {TextTransfer.getInstance()});
    } finally {
      clipboard.dispose();
    }
  }

  private TableRows rows() {
    return table.rows();
  }

  /** The addresses a row's list of translated texts holds. */
  private List<String> keywords(int row) {
    IpldValue value = rows().row(row).cells().get(RainfallTable.KEYWORDS);
    return value == null ? List.of() : value.asList().stream().map(IpldValue::asString).toList();
  }

  /**
   * Selects a cell and presses F2 on the grid, as a user opens its text editor. Under Xvfb no
   * window has the keyboard focus, and a cell editor closes when it loses it (to a view the
   * workbench activates meanwhile): the press is tried again, a few times.
   */
  private Text openWithF2(int row, int column) {
    for (int attempt = 0; attempt < 5; attempt++) {
      page.activate(editor);
      grid.forceFocus();
      select(row, column);
      Ui.settle(display, 50);
      Ui.press(grid, SWT.F2);
      if (grid.getActiveCellEditor() != null && !grid.getActiveCellEditor().isClosed()
          && grid.getActiveCellEditor().getEditorControl() instanceof Text field) {
        return field;
      }
      Ui.settle(display, 200);
    }
    throw new AssertionError("F2 does not open the editor of cell (" + row + ", " + column + ")");
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
    button(dialog, text).notifyListeners(SWT.Selection, new Event());
    Ui.settle(display, 50);
  }

  private static Button button(Shell dialog, String text) {
    List<Button> buttons = new ArrayList<>();
    collect(dialog, Button.class, buttons);
    return buttons.stream().filter(b -> b.getText().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no button " + text));
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

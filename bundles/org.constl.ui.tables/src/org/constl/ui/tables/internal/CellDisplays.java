package org.constl.ui.tables.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.VariableCategory;
import org.constl.ipld.IpldException;
import org.constl.ipld.IpldJson;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.OrbitDbAddress;
import org.constl.ui.Names;
import org.constl.ui.tables.TableSource;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.BackgroundPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.CellPainterWrapper;
import org.eclipse.nebula.widgets.nattable.painter.cell.ICellPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.CellPainterDecorator;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.ui.util.CellEdgeEnum;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * How cells of some categories are shown rather than as their stored text: translatable text, and
 * lists of it, in the user's language (a cell holds the address of its texts' database, or a list
 * of addresses; copy takes the texts too, see {@link CopiedCells}), images with a thumbnail, and
 * files of every kind by their name (what is copied and edited stays the stored
 * {@code <CID>/<file name>}); also what the tooltip adds. Reads in the background (see
 * {@link ShownTranslations}, {@link Thumbnails}); UI thread only.
 */
final class CellDisplays extends AbstractRegistryConfiguration implements AutoCloseable {

  /** How a column holds translatable text: not at all, one per cell, or a list of them per cell. */
  enum Translatable { NONE, ONE, LIST }

  private final GridColumns columns;
  private final ShownTranslations translations;
  private final Thumbnails thumbnails;

  /** @param changed called on the UI thread when texts or images arrive (to repaint) */
  CellDisplays(Display display, GridColumns columns, TableSource source, Runnable changed) {
    this.columns = columns;
    translations = new ShownTranslations(source.translations(), UiThread.later(display), changed);
    thumbnails = new Thumbnails(display, source.files(), changed);
  }

  /**
   * For every body cell (the columns may change while the grid shows them: each cell is looked up
   * by its column's category when it is painted).
   */
  @Override
  public void configureRegistry(IConfigRegistry registry) {
    registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new StoredTextConverter(this::shown),
        DisplayMode.NORMAL, GridRegion.BODY);
    // Editors get the stored text, but a list of translatable texts: its texts as the grid shows
    // them (an edit keeps the database of each item whose text stays, see KeptTranslations).
    registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new StoredTextConverter(
        (column, text) -> translatable(column) == Translatable.LIST ? listShown(text, this::itemText) : text),
        DisplayMode.EDIT, GridRegion.BODY);
    ICellPainter text = new LineBorderDecorator(new OneLineTextPainter());
    ICellPainter image = new LineBorderDecorator(new BackgroundPainter(
        new CellPainterDecorator(new OneLineTextPainter(), CellEdgeEnum.LEFT, 4, new ThumbnailPainter(thumbnails))));
    registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new CellPainterWrapper(text) {
      @Override
      public void paintCell(ILayerCell cell, GC gc, Rectangle bounds, IConfigRegistry configRegistry) {
        painter(cell).paintCell(cell, gc, bounds, configRegistry);
      }

      @Override
      public int getPreferredWidth(ILayerCell cell, GC gc, IConfigRegistry configRegistry) {
        return painter(cell).getPreferredWidth(cell, gc, configRegistry);
      }

      @Override
      public int getPreferredHeight(ILayerCell cell, GC gc, IConfigRegistry configRegistry) {
        return painter(cell).getPreferredHeight(cell, gc, configRegistry);
      }

      @Override
      public ICellPainter getCellPainterAt(int x, int y, ILayerCell cell, GC gc, Rectangle bounds,
          IConfigRegistry configRegistry) {
        return painter(cell).getCellPainterAt(x, y, cell, gc, bounds, configRegistry);
      }

      private ICellPainter painter(ILayerCell cell) {
        return simple(cell.getColumnIndex()).equals(Optional.of(BaseCategory.IMAGE)) ? image : text;
      }
    }, DisplayMode.NORMAL, GridRegion.BODY);
  }

  /** What a cell holding {@code stored} shows. */
  private String shown(int column, String stored) {
    if (translatable(column) == Translatable.LIST) {
      return listShown(stored, this::translated);
    }
    return switch (simple(column).orElse(BaseCategory.TEXT)) {
      case TRANSLATABLE_TEXT -> translated(stored);
      case IMAGE, AUDIO, VIDEO, FILE -> fileName(stored);
      default -> stored;
    };
  }

  /**
   * The text of an item of a list of translatable texts, for editing it: as the grid shows it once
   * its texts are read; until then its address, which an edit keeps as it is.
   */
  String itemText(String item) {
    return OrbitDbAddress.isValid(item) ? translations.known(item).map(texts -> Names.pick(texts, item)).orElse(item)
        : item;
  }

  private String translated(String stored) {
    // A plain string (ipa accepts one) is shown as it is.
    return OrbitDbAddress.isValid(stored) ? translations.shown(stored) : stored;
  }

  /**
   * A stored list as shown: each text item (an address of translations) as {@code itemShown} gives
   * it, in a JSON list as other lists show (so a copy of it pastes back as a list); anything that
   * is not a JSON list as stored.
   */
  static String listShown(String stored, UnaryOperator<String> itemShown) {
    IpldValue parsed;
    try {
      parsed = IpldJson.parse(stored);
    } catch (IpldException | IllegalArgumentException notJson) {
      return stored;
    }
    if (!(parsed instanceof IpldValue.ListValue items)) {
      return stored;
    }
    return IpldJson.print(IpldValue.list(items.values().stream()
        .map(item -> item instanceof IpldValue.StringValue s ? IpldValue.of(itemShown.apply(s.value())) : item)
        .toList()));
  }

  /** How a column holds translatable text. */
  Translatable translatable(int column) {
    Optional<VariableCategory> category = column < 0 || column >= columns.size() ? Optional.empty()
        : columns.category(column);
    if (category.isEmpty() || category.get().base() != BaseCategory.TRANSLATABLE_TEXT) {
      return Translatable.NONE;
    }
    return category.get().isList() ? Translatable.LIST : Translatable.ONE;
  }

  /** The texts of a database of translations the grid has read already; asks for nothing. */
  Optional<Map<String, String>> knownTexts(String address) {
    return translations.known(address);
  }

  private static String fileName(String stored) {
    int slash = stored.indexOf('/');
    return slash >= 0 && slash < stored.length() - 1 ? stored.substring(slash + 1) : stored;
  }

  /**
   * What the tooltip says of a cell beyond its findings: its texts in each language (a line an item
   * for a list), its file, why its image is not shown.
   */
  List<String> details(int column, String stored) {
    Optional<BaseCategory> base = simple(column);
    List<String> lines = new ArrayList<>();
    if (translatable(column) == Translatable.LIST && !stored.isBlank()) {
      listShown(stored, item -> {
        if (!OrbitDbAddress.isValid(item)) {
          return item;
        }
        translations.texts(item).ifPresent(texts -> lines.add("• " + String.join(", ",
            texts.entrySet().stream().map(text -> text.getKey() + ": " + text.getValue()).toList())));
        translations.failure(item).ifPresent(lines::add);
        return item;
      });
      return lines;
    }
    if (base.isEmpty() || stored.isBlank()) {
      return lines;
    }
    switch (base.get()) {
      case TRANSLATABLE_TEXT -> {
        if (OrbitDbAddress.isValid(stored)) {
          translations.texts(stored).ifPresent(texts -> texts.forEach((language, text) -> lines.add(language + ": " + text)));
          translations.failure(stored).ifPresent(lines::add);
        } else {
          lines.add("Plain text, not yet in a language: edit the cell to give its language");
        }
      }
      case IMAGE -> {
        fileLines(stored, lines);
        thumbnails.failure(stored).ifPresent(why -> lines.add("⚠ " + why));
      }
      case AUDIO, VIDEO, FILE -> fileLines(stored, lines);
      default -> {
        // Nothing more than the grid shows.
      }
    }
    return lines;
  }

  /** A file's name, then its CID (the grid shows the name only). */
  private static void fileLines(String stored, List<String> lines) {
    int slash = stored.indexOf('/');
    lines.add(fileName(stored));
    if (slash > 0) {
      lines.add("CID " + stored.substring(0, slash));
    }
  }

  /** Whether the cell is an image cell with an image in it, which has a preview (or says why not). */
  boolean hasPreview(int column, String stored) {
    return simple(column).equals(Optional.of(BaseCategory.IMAGE)) && !stored.isBlank();
  }

  /** The larger preview of an image cell, once decoded. */
  Optional<ImageData> preview(int column, String stored) {
    return hasPreview(column, stored) ? thumbnails.preview(stored) : Optional.empty();
  }

  /** Whether an image cell's preview is still being decoded (rather than known not to be shown). */
  boolean previewComing(int column, String stored) {
    return hasPreview(column, stored) && thumbnails.failure(stored).isEmpty();
  }

  private Optional<BaseCategory> simple(int column) {
    return column < 0 || column >= columns.size() ? Optional.empty()
        : columns.category(column).filter(category -> !category.isList()).map(VariableCategory::base);
  }

  @Override
  public void close() {
    translations.close();
    thumbnails.close();
  }

  /**
   * Shows a cell's stored text (the grid's model holds text) as {@code shown} makes it of the
   * column and the text; what an editor gives back goes to the model as typed.
   */
  private static final class StoredTextConverter extends DisplayConverter {

    private final BiFunction<Integer, String, String> shown;

    StoredTextConverter(BiFunction<Integer, String, String> shown) {
      this.shown = shown;
    }

    @Override
    public Object canonicalToDisplayValue(ILayerCell cell, IConfigRegistry configRegistry, Object stored) {
      String text = stored == null ? "" : stored.toString();
      return text.isEmpty() ? text : shown.apply(cell.getColumnIndex(), text);
    }

    @Override
    public Object canonicalToDisplayValue(Object stored) {
      return stored == null ? "" : stored.toString();
    }

    @Override
    public Object displayToCanonicalValue(Object shownText) {
      return shownText;
    }
  }
}

package org.constl.ui.tables.internal;

import java.util.List;
import java.util.Optional;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.HTMLTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;

/**
 * The system clipboard as spreadsheets use it: a copied block goes there as tab-separated text
 * and as an HTML table; a paste reads the text, or the HTML table when there is no text.
 */
final class GridClipboard {

  private GridClipboard() {}

  static void put(Display display, List<List<String>> block) {
    Clipboard clipboard = new Clipboard(display);
    try {
      clipboard.setContents(new Object[] {TsvFormat.write(block), HtmlTableFormat.write(block)},
          new Transfer[] {TextTransfer.getInstance(), HTMLTransfer.getInstance()});
    } finally {
      clipboard.dispose();
    }
  }

  /** The block on the clipboard, or empty when it holds neither text nor an HTML table. */
  static Optional<List<List<String>>> take(Display display) {
    Clipboard clipboard = new Clipboard(display);
    try {
      if (clipboard.getContents(TextTransfer.getInstance()) instanceof String text && !text.isEmpty()) {
        return Optional.of(TsvFormat.read(text));
      }
      if (clipboard.getContents(HTMLTransfer.getInstance()) instanceof String html) {
        return HtmlTableFormat.read(html);
      }
      return Optional.empty();
    } finally {
      clipboard.dispose();
    }
  }
}

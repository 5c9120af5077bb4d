package org.constl.ui.tables.internal;

import java.util.List;
import java.util.Map;
import org.constl.core.objects.Translations;
import org.constl.ipld.IpldValue;

/**
 * Where a text pasted (or typed, in a list) into a translatable text cell goes: a new database of
 * texts, which the cell then holds, with the text in the user's language; or, when a pasted text
 * is one this editor copied from a translated cell and the clipboard still holds that copy, with
 * every language of that cell (copy and paste of a translated cell gives the same translations,
 * not one of them labelled as the user's language).
 *
 * <p>Why a new database rather than writing into the one the cell holds: the paste then stays
 * one undoable edit of the rows (undo gives the cell its own database back, never written to, so
 * every language is as it was); a database several cells hold (older copies copied addresses) is
 * not changed behind the other cells' back; and the other languages' texts translated the text the
 * paste replaces, not the one pasted. Called on the paste's job thread, or the UI thread for a
 * typed cell.
 */
final class PastedTranslations implements CellValues.Translator {

  private final Translations translations;
  private final String tableDatabase;
  private final String language;
  /** What this editor last copied, and the texts of the translated cells in it by the text copied. */
  private volatile Copied copied = new Copied(List.of(), Map.of());

  private record Copied(List<List<String>> block, Map<String, Map<String, String>> textsByShown) {}

  /**
   * @param tableDatabase a database of the table, whose controller the new databases share
   * @param language the user's language
   */
  PastedTranslations(Translations translations, String tableDatabase, String language) {
    this.translations = translations;
    this.tableDatabase = tableDatabase;
    this.language = language;
  }

  /** This editor put {@code block} on the clipboard; its translated cells have these texts. */
  void copied(List<List<String>> block, Map<String, Map<String, String>> textsByShown) {
    copied = new Copied(List.copyOf(block), Map.copyOf(textsByShown));
  }

  /** A paste takes {@code block} from the clipboard: the texts copied count only if it is the copy. */
  void pasting(List<List<String>> block) {
    if (!copied.block().equals(block)) {
      copied = new Copied(List.of(), Map.of());
    }
  }

  @Override
  public IpldValue translated(String text) {
    return create(copied.textsByShown().getOrDefault(text, Map.of(language, text)));
  }

  /** A typed text: in the user's language, whatever was copied. */
  IpldValue typed(String text) {
    return create(Map.of(language, text));
  }

  private IpldValue create(Map<String, String> texts) {
    String address = translations.create(tableDatabase);
    translations.setTexts(address, texts);
    return IpldValue.of(address);
  }
}

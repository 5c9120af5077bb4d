package org.constl.core.objects;

import java.util.Map;
import java.util.function.Consumer;
import org.constl.core.objects.internal.ObjectStore;
import org.constl.core.objects.internal.TranslationService;
import org.constl.orbitdb.OrbitDb;

/**
 * The texts of translatable text cells (category {@code chaîne}): such a cell holds the address of
 * a keyvalue database of {@code {language: text}}, as ipa's import makes it
 * ({@code tableaux.ts}, {@code créerIdOrbiteChaîne}): named with a new UUID, under the table's
 * controller, so whoever may write the table may write its cells' texts. Language codes are free
 * strings ({@code fr}, {@code த}, {@code kaq}).
 */
public interface Translations {

  /**
   * Creates an empty translations database for a cell of a table, under that table's controller.
   * Returns its address, the cell's value.
   *
   * @param tableDatabase the table's id, or the address of any of its sub-databases (they share
   *     the table's controller)
   * @throws InvalidRequestException when that database is not under a Constellation controller
   * @throws ObjectNotFoundException when that database is not here
   */
  String create(String tableDatabase);

  /**
   * The texts, language to text, oldest first; values that are not strings are skipped, as
   * bohr-db skips them.
   *
   * @throws ObjectNotFoundException when the database is not here
   */
  Map<String, String> texts(String address);

  /** Sets these texts, one entry each, in one write. */
  void setTexts(String address, Map<String, String> texts);

  void removeText(String address, String language);

  /**
   * The texts now, then after each change (on the threads this package's documentation says).
   *
   * @throws ObjectNotFoundException when the database is not here
   */
  Subscription subscribe(String address, Consumer<Map<String, String>> listener);

  /** The translations of any OrbitDB's databases, without an account (what tests and tools open directly). */
  static Translations of(OrbitDb orbitDb) {
    return new TranslationService(new ObjectStore(orbitDb));
  }
}

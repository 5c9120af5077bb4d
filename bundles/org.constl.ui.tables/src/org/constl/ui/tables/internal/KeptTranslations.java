package org.constl.ui.tables.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.OrbitDbAddress;

/**
 * Where the items of an edited list of translatable texts go: the editor shows each item's text,
 * not its database, so an item typed with the text an item of the list had keeps that item's
 * database (with its other languages), each database once; a new or changed text gets a database
 * of its own, as a paste does ({@link PastedTranslations}).
 */
final class KeptTranslations implements CellValues.Translator {

  private final Map<String, Deque<String>> addressesByText = new HashMap<>();
  private final CellValues.Translator fresh;

  /**
   * @param before what the cell held
   * @param itemText an item's text as the editor showed it (its address when unknown)
   * @param fresh where a new or changed text goes
   */
  KeptTranslations(Optional<IpldValue> before, UnaryOperator<String> itemText, CellValues.Translator fresh) {
    this.fresh = fresh;
    if (before.isPresent() && before.get() instanceof IpldValue.ListValue items) {
      for (IpldValue item : items.values()) {
        if (item instanceof IpldValue.StringValue address && OrbitDbAddress.isValid(address.value())) {
          addressesByText.computeIfAbsent(itemText.apply(address.value()), text -> new ArrayDeque<>())
              .add(address.value());
        }
      }
    }
  }

  @Override
  public IpldValue translated(String text) {
    Deque<String> kept = addressesByText.get(text);
    return kept == null || kept.isEmpty() ? fresh.translated(text) : IpldValue.of(kept.poll());
  }
}

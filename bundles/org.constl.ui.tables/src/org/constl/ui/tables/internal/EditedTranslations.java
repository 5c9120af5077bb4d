package org.constl.ui.tables.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the translations editor of a translatable text cell gives the grid, instead of a text:
 * the database the cell holds (none when it is empty or holds a plain string), the texts it had
 * when the editor opened and the texts wanted now, language to text.
 */
record EditedTranslations(Optional<String> address, Map<String, String> before, Map<String, String> after) {

  EditedTranslations {
    before = Collections.unmodifiableMap(new LinkedHashMap<>(before));
    after = Collections.unmodifiableMap(new LinkedHashMap<>(after));
  }
}

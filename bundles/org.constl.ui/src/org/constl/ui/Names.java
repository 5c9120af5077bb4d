package org.constl.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Multilingual names ({@code {language: text}}) shown in the user's language: the user's own,
 * then English and French (the languages Constellation's own data mostly has), then any. Every
 * view and editor picks names this way, so an object is called the same everywhere.
 */
public final class Names {

  private Names() {}

  /** The language new names are written in: the user's. */
  public static String language() {
    String language = Locale.getDefault().getLanguage();
    return language.isEmpty() ? "en" : language;
  }

  /** The name to show, or {@code fallback} when the object has none. */
  public static String pick(Map<String, String> names, String fallback) {
    for (String language : preferred()) {
      String name = names.get(language);
      if (name != null && !name.isBlank()) {
        return name;
      }
    }
    // Any other language, the same one every time.
    return new TreeMap<>(names).values().stream().filter(n -> !n.isBlank()).findFirst().orElse(fallback);
  }

  private static List<String> preferred() {
    List<String> languages = new ArrayList<>(List.of(language()));
    for (String more : List.of("en", "fr")) {
      if (!languages.contains(more)) {
        languages.add(more);
      }
    }
    return languages;
  }
}

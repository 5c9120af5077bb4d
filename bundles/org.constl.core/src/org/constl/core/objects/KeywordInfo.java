package org.constl.core.objects;

import java.util.Map;
import java.util.Objects;

/** The state of a keyword ({@code motClef}): names and descriptions by language code. */
public record KeywordInfo(String id, Map<String, String> names, Map<String, String> descriptions) {

  public KeywordInfo {
    Objects.requireNonNull(id);
    names = Map.copyOf(names);
    descriptions = Map.copyOf(descriptions);
  }
}

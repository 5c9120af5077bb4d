package org.constl.core.rules;

import java.util.Arrays;
import java.util.Optional;

/** The 11 kinds of value a variable holds ({@code catégorieBaseVariables}), with their stored names. */
public enum BaseCategory {
  NUMBER("numérique"),
  TIMESTAMP("horoDatage"),
  TIME_INTERVAL("intervaleTemps"),
  TRANSLATABLE_TEXT("chaîne"),
  TEXT("chaîneNonTraductible"),
  BOOLEAN("booléen"),
  GEOJSON("géojson"),
  VIDEO("vidéo"),
  AUDIO("audio"),
  IMAGE("image"),
  FILE("fichier");

  private final String stored;

  BaseCategory(String stored) {
    this.stored = stored;
  }

  /** The name in the stored layout, e.g. {@code numérique}. */
  public String stored() {
    return stored;
  }

  public static Optional<BaseCategory> fromStored(String name) {
    return Arrays.stream(values()).filter(c -> c.stored.equals(name)).findFirst();
  }
}

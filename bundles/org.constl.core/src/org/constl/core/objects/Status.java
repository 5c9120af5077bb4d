package org.constl.core.objects;

import java.util.Arrays;
import java.util.Optional;

/** The status of a database, variable or project ({@code TYPES_STATUT}), with its stored name. */
public enum Status {
  ACTIVE("active"),
  /** Replaced or abandoned; {@link ObjectStatus#replacementId} may name the replacement. */
  OBSOLETE("obsolète"),
  /** A toy or a test, not real data. */
  TOY("jouet"),
  /** For internal use by an application. */
  INTERNAL("interne");

  private final String stored;

  Status(String stored) {
    this.stored = stored;
  }

  /** The value of {@code statut.statut}. */
  public String stored() {
    return stored;
  }

  public static Optional<Status> fromStored(String name) {
    return Arrays.stream(values()).filter(s -> s.stored.equals(name)).findFirst();
  }
}

package org.constl.core.objects;

import java.util.Objects;

/**
 * A table as its database lists it ({@code tableaux}: {@code {idTableau: {clef}}}): its id (the
 * address of the table's database) and its key, unique in the database, that schemas and nuées
 * match tables by.
 */
public record TableRef(String id, String key) {
  public TableRef {
    Objects.requireNonNull(id);
    Objects.requireNonNull(key);
  }
}

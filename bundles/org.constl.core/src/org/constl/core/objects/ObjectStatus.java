package org.constl.core.objects;

import java.util.Objects;
import java.util.Optional;

/** {@code statut: {statut, idNouvelle?}}: the status and, when obsolete, maybe the replacement's id. */
public record ObjectStatus(Status status, Optional<String> replacementId) {

  public static final ObjectStatus ACTIVE = new ObjectStatus(Status.ACTIVE, Optional.empty());

  public ObjectStatus {
    Objects.requireNonNull(status);
    Objects.requireNonNull(replacementId);
  }

  public static ObjectStatus of(Status status) {
    return new ObjectStatus(status, Optional.empty());
  }

  /** Obsolete, replaced by the object {@code replacementId}. */
  public static ObjectStatus obsolete(String replacementId) {
    return new ObjectStatus(Status.OBSOLETE, Optional.of(replacementId));
  }
}

package org.constl.core.objects;

/**
 * The local store failed (disk full, read-only or damaged file): the change that failed was not
 * kept. A change made of several writes may have kept the writes before the failing one.
 */
public class StorageFailureException extends ConstellationException {

  private static final long serialVersionUID = 1L;

  public StorageFailureException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.constl.storage;

import java.io.IOException;

/**
 * The local store cannot do what was asked; {@link #reason()} says why and the message is meant
 * for the user. When a write fails, nothing of it is kept: every write is one transaction.
 */
public class StoreException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why the store failed, for callers that react differently to each cause. */
  public enum Reason {
    /** The disk (or the store's size limit) is full. */
    DISK_FULL,
    /** The store file or its folder cannot be written by this process. */
    READ_ONLY,
    /** The store file is not a database, or its content is corrupt. */
    DAMAGED,
    /** The store was written by a newer version of Constellation, with a schema this one does not know. */
    NEWER_SCHEMA,
    /** A block given to the store does not match its CID, is too large, or uses an unknown hash. */
    INVALID_BLOCK,
    /** Any other input/output failure. */
    IO
  }

  private final Reason reason;

  public StoreException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public StoreException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}

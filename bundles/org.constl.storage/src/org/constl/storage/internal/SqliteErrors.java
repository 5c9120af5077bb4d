package org.constl.storage.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.constl.storage.StoreException;
import org.constl.storage.StoreException.Reason;

/** Turns SQLite's result codes into {@link StoreException}s whose messages say what to do. */
final class SqliteErrors {

  // SQLite primary result codes (sqlite3.h); sqlite-jdbc reports them as the SQLException's error code.
  private static final int SQLITE_PERM = 3;
  private static final int SQLITE_READONLY = 8;
  private static final int SQLITE_IOERR = 10;
  private static final int SQLITE_CORRUPT = 11;
  private static final int SQLITE_FULL = 13;
  private static final int SQLITE_CANTOPEN = 14;
  private static final int SQLITE_NOTADB = 26;

  private SqliteErrors() {}

  /** The exception for {@code e}, raised while doing {@code action} (e.g. "store a block") on {@code file}. */
  static StoreException translate(Path file, String action, SQLException e) {
    String detail = e.getMessage() == null ? "" : " (" + e.getMessage().lines().findFirst().orElse("") + ")";
    return switch (e.getErrorCode() & 0xff) {
      case SQLITE_FULL -> new StoreException(Reason.DISK_FULL, "Cannot " + action + ": the disk holding "
          + file + " is full; nothing of this write was kept. Free some space and try again", e);
      case SQLITE_READONLY, SQLITE_PERM -> readOnly(file, action, e);
      case SQLITE_CORRUPT, SQLITE_NOTADB -> damaged(file, action + detail, e);
      // A file made immutable (chattr +i) or read-only after opening fails at the write itself.
      case SQLITE_IOERR -> unwritable(file) ? readOnly(file, action, e)
          : new StoreException(Reason.IO, "Cannot " + action + " in " + file + detail, e);
      case SQLITE_CANTOPEN -> new StoreException(Reason.IO, "Cannot open the store " + file + detail, e);
      default -> new StoreException(Reason.IO, "Cannot " + action + " in " + file + detail, e);
    };
  }

  /** Whether the store file, its write-ahead log or their folder cannot be written. */
  private static boolean unwritable(Path file) {
    for (Path path : List.of(file, Path.of(file + "-wal"), Path.of(file + "-shm"), file.getParent())) {
      if (Files.exists(path) && !Files.isWritable(path)) {
        return true;
      }
    }
    return false;
  }

  static StoreException readOnly(Path file, String action, Throwable cause) {
    return new StoreException(Reason.READ_ONLY, "Cannot " + action + ": " + file
        + " or its folder is read-only for this user", cause);
  }

  static StoreException damaged(Path file, String what, Throwable cause) {
    return new StoreException(Reason.DAMAGED, "The store " + file + " is damaged: " + what
        + ". Restore it from a backup, or move it away to start with an empty store", cause);
  }
}

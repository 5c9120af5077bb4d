package org.constl.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The folder that holds one Constellation installation's data, opened by one process at a time.
 * <p>
 * The lock is an operating-system file lock, so it disappears with the process that held it: a
 * crash never leaves a stale lock behind. The lock file also records the holder's process id so
 * that a second process can say who holds it.
 */
public final class DataFolder implements AutoCloseable {

  static final String LOCK_FILE = "constellation.lock";

  private final Path path;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private boolean closed;

  private DataFolder(Path path, FileChannel lockChannel, FileLock lock) {
    this.path = path;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Opens (creating it if needed) and locks the data folder.
   *
   * @throws DataFolderInUseException if another process holds the folder
   * @throws DataFolderException if the folder cannot be created, written or locked
   */
  public static DataFolder open(Path folder) throws DataFolderException {
    Path path = folder.toAbsolutePath().normalize();
    try {
      Files.createDirectories(path);
    } catch (FileSystemException e) {
      throw new DataFolderException("Cannot create the data folder " + path + ": " + reason(e), e);
    } catch (IOException e) {
      throw new DataFolderException("Cannot create the data folder " + path + ": " + e.getMessage(), e);
    }
    if (!Files.isDirectory(path)) {
      throw new DataFolderException("The data folder " + path + " is not a folder");
    }
    Path lockFile = path.resolve(LOCK_FILE);
    FileChannel channel;
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
    } catch (AccessDeniedException e) {
      throw new DataFolderException("The data folder " + path + " is read-only for this user", e);
    } catch (IOException e) {
      throw new DataFolderException("Cannot open " + lockFile + ": " + e.getMessage(), e);
    }
    try {
      FileLock lock = tryLock(channel);
      if (lock == null) {
        String holder = readHolder(channel);
        channel.close();
        throw new DataFolderInUseException(path, holder);
      }
      writeHolder(channel);
      return new DataFolder(path, channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new DataFolderException("Cannot lock the data folder " + path + ": " + e.getMessage(), e);
    }
  }

  /** The absolute path of the folder. */
  public Path path() {
    return path;
  }

  /** A sub-folder of the data folder, created if missing; each layer keeps its files in its own. */
  public Path subfolder(String name) throws DataFolderException {
    Path sub = path.resolve(name);
    try {
      return Files.createDirectories(sub);
    } catch (IOException e) {
      throw new DataFolderException("Cannot create " + sub + ": " + e.getMessage(), e);
    }
  }

  /** Releases the lock; the folder's content stays. Closing twice does nothing. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      lock.release();
    } catch (IOException ignored) {
      // Closing the channel below releases the lock anyway.
    }
    closeQuietly(lockChannel);
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      // This very process already holds it: a second open would be as harmful as another process.
      return null;
    }
  }

  private static void writeHolder(FileChannel channel) throws IOException {
    byte[] pid = Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII);
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(pid), 0);
    channel.force(false);
  }

  private static String readHolder(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(32);
      int read = channel.read(buffer, 0);
      String text = read <= 0 ? "" : new String(buffer.array(), 0, read, StandardCharsets.US_ASCII).trim();
      return text.matches("\\d{1,19}") ? text : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String reason(FileSystemException e) {
    return e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // Nothing more can be done; the operating system drops the lock with the process.
    }
  }
}

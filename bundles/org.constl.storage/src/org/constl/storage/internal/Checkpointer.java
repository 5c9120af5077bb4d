package org.constl.storage.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Copies the write-ahead log into the database file on a connection and thread of its own, so a
 * commit only appends to the log and syncs it. Done by the writer, as SQLite does by default, a
 * checkpoint of tens of megabytes held a batch of writes for 50 to 100 ms every few commits.
 * <p>
 * It runs after commits, at most once per {@link #PAUSE_MILLIS}, in SQLite's passive mode: it
 * copies what no reader still needs and never blocks the writer. Should it fall behind (a reader
 * holding an old snapshot, say), the writer's own automatic checkpoint still bounds the log.
 */
final class Checkpointer implements AutoCloseable {

  private static final long PAUSE_MILLIS = 200;

  private final Connection connection;
  private final Thread thread;
  private boolean due;
  private boolean closed;

  Checkpointer(Connection connection, String storeFile) {
    this.connection = connection;
    this.thread = new Thread(this::run, "store-checkpoint " + storeFile);
    thread.setDaemon(true);
    thread.start();
  }

  /** Tells it a transaction was committed. */
  synchronized void committed() {
    due = true;
    notifyAll();
  }

  /** Stops the thread after the checkpoint it may be running, then closes its connection. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true; // the connection must not close under a running checkpoint
      }
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // Nothing was written through this connection but copies of committed pages.
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    try (Statement statement = connection.createStatement()) {
      while (awaitCommit()) {
        try (ResultSet ignored = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
          // busy, log and copied frames: nothing to act on
        } catch (SQLException e) {
          // A full disk, say: the log keeps every commit, and the writer's own checkpoint retries.
        }
        pause();
      }
    } catch (SQLException | InterruptedException e) {
      // Stopped: the writer's automatic checkpoint takes over.
    }
  }

  private synchronized boolean awaitCommit() throws InterruptedException {
    while (!due && !closed) {
      wait();
    }
    due = false;
    return !closed;
  }

  private synchronized void pause() throws InterruptedException {
    long until = System.nanoTime() + PAUSE_MILLIS * 1_000_000;
    for (long left = PAUSE_MILLIS; left > 0 && !closed; left = (until - System.nanoTime()) / 1_000_000) {
      wait(left);
    }
  }
}

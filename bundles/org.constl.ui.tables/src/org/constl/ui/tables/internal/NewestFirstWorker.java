package org.constl.ui.tables.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.eclipse.core.runtime.ILog;

/**
 * Slow reads for what the grid paints (a cell's translations, an image's thumbnail), on one
 * background thread, newest request first: the cells on screen now come before those scrolled
 * past. At most a bounded number wait; past that the oldest are dropped, and a cell still on
 * screen asks again at its next paint. A key waiting or being worked on is not queued twice.
 */
final class NewestFirstWorker<K> implements AutoCloseable {

  private final Consumer<K> work;
  private final int maxWaiting;
  /** Guarded by itself. */
  private final Deque<K> waiting = new ArrayDeque<>();
  /** Guarded by {@link #waiting}. */
  private K current;
  private volatile boolean closed;
  private final Thread thread;

  /**
   * @param work called on the worker's thread, one key at a time; what it throws is logged, and
   *     the worker goes on with the next key
   */
  NewestFirstWorker(String name, int maxWaiting, Consumer<K> work) {
    this.work = work;
    this.maxWaiting = maxWaiting;
    thread = new Thread(this::run, name);
    thread.setDaemon(true);
    thread.start();
  }

  void request(K key) {
    synchronized (waiting) {
      if (closed || key.equals(current)) {
        return;
      }
      waiting.remove(key);
      waiting.addFirst(key);
      if (waiting.size() > maxWaiting) {
        waiting.removeLast();
      }
      waiting.notifyAll();
    }
  }

  private void run() {
    while (true) {
      K next;
      synchronized (waiting) {
        current = null;
        while (waiting.isEmpty() && !closed) {
          try {
            waiting.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (closed) {
          return;
        }
        next = waiting.removeFirst();
        current = next;
      }
      try {
        work.accept(next);
      } catch (RuntimeException e) {
        ILog.of(NewestFirstWorker.class).error(thread.getName() + ": " + next, e);
      }
    }
  }

  /** Drops what waits; the key being worked on finishes on its own. */
  @Override
  public void close() {
    synchronized (waiting) {
      closed = true;
      waiting.clear();
      waiting.notifyAll();
    }
  }
}

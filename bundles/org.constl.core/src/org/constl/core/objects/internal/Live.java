package org.constl.core.objects.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.constl.core.objects.ConstellationException;
import org.constl.core.objects.Subscription;

/**
 * A live state: read once at the start, then again after each change to any database it is made
 * of, told to the listener when it differs from the last one told. The databases are read again
 * at each change too, so a table added to a database is watched from then on.
 *
 * <p>Reading again runs on threads of its own, not OrbitDB's notifier (a state such as a quality
 * score may take a while to read, and the notifier serves every database), and changes that come
 * while a read waits are read together.
 */
final class Live<T> implements Subscription {

  private static final ExecutorService READERS = Executors.newFixedThreadPool(2, task -> {
    Thread thread = new Thread(task, "constellation-objects");
    thread.setDaemon(true);
    return thread;
  });

  private final ObjectStore store;
  private final Supplier<T> read;
  private final Supplier<Set<String>> databases;
  private final Consumer<T> listener;
  /** Guarded by itself; never held while the listener runs. */
  private final Map<String, Subscription> watching = new HashMap<>();
  /** Guarded by this object's monitor, which refreshes hold one at a time. */
  private T last;
  private volatile boolean closed;
  /** Whether a read is waiting to start. */
  private final AtomicBoolean scheduled = new AtomicBoolean();

  private Live(ObjectStore store, Supplier<T> read, Supplier<Set<String>> databases, Consumer<T> listener) {
    this.store = store;
    this.read = read;
    this.databases = databases;
    this.listener = listener;
  }

  /**
   * Starts watching: {@code listener} is called with the current state before this returns, then
   * from a reader thread.
   */
  static <T> Subscription start(ObjectStore store, Supplier<T> read, Supplier<Set<String>> databases,
      Consumer<T> listener) {
    Live<T> live = new Live<>(store, read, databases, Objects.requireNonNull(listener));
    live.refresh();
    return live;
  }

  /** Called on OrbitDB's notifier thread: reads again on a reader thread, once for all changes until then. */
  private void schedule() {
    if (!closed && scheduled.compareAndSet(false, true)) {
      READERS.execute(() -> {
        scheduled.set(false);
        refresh();
      });
    }
  }

  private synchronized void refresh() {
    if (closed) {
      return;
    }
    Set<String> now;
    try {
      now = databases.get();
    } catch (ConstellationException e) {
      // Deleted or not fully here yet: the next change tells again.
      return;
    }
    synchronized (watching) {
      if (closed) {
        return;
      }
      watching.entrySet().removeIf(watched -> {
        if (now.contains(watched.getKey())) {
          return false;
        }
        watched.getValue().close();
        return true;
      });
      for (String address : now) {
        if (!watching.containsKey(address)) {
          try {
            watching.put(address, store.watch(address, this::schedule));
          } catch (ConstellationException e) {
            // Not here (yet): watched from the next change that names it.
          }
        }
      }
    }
    // Read after subscribing, so that no change falls between the two.
    T state;
    try {
      state = read.get();
    } catch (ConstellationException e) {
      return;
    }
    if (!closed && !state.equals(last)) {
      last = state;
      listener.accept(state);
    }
  }

  /**
   * Stops the calls; does not wait for a call in progress (which may be waiting for the caller's
   * thread, e.g. the UI's).
   */
  @Override
  public void close() {
    closed = true;
    synchronized (watching) {
      watching.values().forEach(Subscription::close);
      watching.clear();
    }
  }
}

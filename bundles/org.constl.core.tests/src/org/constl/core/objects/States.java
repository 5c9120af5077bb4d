package org.constl.core.objects;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The states a subscription hands to a queue, awaited by the tests. */
final class States {

  /** Long enough for a loaded machine; the waits end as soon as the state arrives. */
  private static final long PATIENCE_SECONDS = 60;

  private States() {}

  /** The next state that is {@code wanted}, skipping those before it; fails if none comes in time. */
  static <T> T next(BlockingQueue<T> states, Predicate<T> wanted) throws InterruptedException {
    while (true) {
      T state = states.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
      assertNotNull(state, "no state came");
      if (wanted.test(state)) {
        return state;
      }
    }
  }
}

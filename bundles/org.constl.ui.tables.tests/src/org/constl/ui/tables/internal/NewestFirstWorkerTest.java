package org.constl.ui.tables.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The background reads of what the grid paints: newest first, bounded, each key once at a time. */
class NewestFirstWorkerTest {

  private static final long PATIENCE_SECONDS = 60;

  @Test
  void theNewestRequestsComeFirstTheOldestBeyondTheBoundAreDroppedAndAFailureStopsNothing() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    BlockingQueue<String> started = new LinkedBlockingQueue<>();
    BlockingQueue<String> done = new LinkedBlockingQueue<>();
    try (NewestFirstWorker<String> worker = new NewestFirstWorker<>("test worker", 3, key -> {
      started.add(key);
      if (key.equals("first")) {
        await(release);
      }
      if (key.equals("broken")) {
        throw new IllegalStateException("a key whose work fails");
      }
      done.add(key);
    })) {
      worker.request("first");
      assertEquals("first", started.poll(PATIENCE_SECONDS, TimeUnit.SECONDS));
      worker.request("first"); // being worked on: not queued again
      // Waiting, newest first: b, c, broken; a was the oldest of four and is dropped; b asked again moves up.
      for (String key : List.of("a", "b", "broken", "c", "b")) {
        worker.request(key);
      }
      release.countDown();
      assertEquals(List.of("b", "c", "broken"), List.of(take(started), take(started), take(started)));
      worker.request("after");
      assertEquals("after", take(started), "a failed key does not stop the worker");
      assertEquals(List.of("first", "b", "c", "after"), List.of(take(done), take(done), take(done), take(done)));
      assertTrue(started.isEmpty(), "a, dropped, was never worked on: " + started);
    }
  }

  private static String take(BlockingQueue<String> queue) throws InterruptedException {
    String key = queue.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
    assertTrue(key != null, "no key was worked on");
    return key;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

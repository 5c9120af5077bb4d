package org.constl.ui.tables.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.constl.core.objects.Subscription;
import org.constl.core.objects.Translations;
import org.junit.jupiter.api.Test;

/** The texts of the translatable cells the grid shows: followed for a bounded number of cells. */
class ShownTranslationsTest {

  private static final long PATIENCE_SECONDS = 60;

  /** Translations whose texts name their cell, telling which thread closes each subscription. */
  private static final class FollowedTranslations implements Translations {
    final AtomicInteger open = new AtomicInteger();
    final BlockingQueue<Thread> closedOn = new LinkedBlockingQueue<>();

    @Override
    public Subscription subscribe(String address, Consumer<Map<String, String>> listener) {
      open.incrementAndGet();
      listener.accept(Map.of("fr", "texte de " + address));
      AtomicBoolean closed = new AtomicBoolean();
      return () -> {
        if (closed.compareAndSet(false, true)) {
          open.decrementAndGet();
          closedOn.add(Thread.currentThread());
        }
      };
    }

    @Override
    public String create(String tableDatabase) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, String> texts(String address) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setTexts(String address, Map<String, String> texts) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void removeText(String address, String language) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void scrollingPastThousandsOfCellsFollowsABoundedNumberAndLetsTheOthersGoOffTheUiThread() throws Exception {
    FollowedTranslations translations = new FollowedTranslations();
    BlockingQueue<Runnable> uiTasks = new LinkedBlockingQueue<>();
    ShownTranslations shown = new ShownTranslations(translations, uiTasks::add, () -> { });
    int cells = 3 * ShownTranslations.KEPT;
    for (int i = 0; i < cells; i++) {
      String address = "cell " + i;
      shown.shown(address);
      while (shown.known(address).isEmpty()) {
        Runnable task = uiTasks.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertNotNull(task, "the texts of " + address + " never came");
        task.run();
      }
      assertEquals(Optional.of(Map.of("fr", "texte de " + address)), shown.known(address));
    }

    awaitCloses(translations, uiTasks, cells - ShownTranslations.KEPT);
    assertEquals(ShownTranslations.KEPT, translations.open.get(), "the most recently shown are still followed");
    shown.close();
    awaitCloses(translations, uiTasks, ShownTranslations.KEPT);
    assertEquals(0, translations.open.get());
  }

  /**
   * Waits for {@code count} subscriptions to close, each on another thread than the UI's (this
   * one), running the UI's tasks meanwhile as its event loop would: a subscription handed over
   * after its texts, or after the close, is let go by such a task.
   */
  private static void awaitCloses(FollowedTranslations translations, BlockingQueue<Runnable> uiTasks, int count)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    for (int i = 0; i < count; i++) {
      Thread closer = translations.closedOn.poll(10, TimeUnit.MILLISECONDS);
      while (closer == null && System.nanoTime() < deadline) {
        for (Runnable task = uiTasks.poll(); task != null; task = uiTasks.poll()) {
          task.run();
        }
        closer = translations.closedOn.poll(10, TimeUnit.MILLISECONDS);
      }
      assertNotNull(closer, "only " + i + " of " + count + " subscriptions were closed");
      assertNotEquals(Thread.currentThread(), closer, "closing may wait for the store: not on the UI thread");
    }
  }

}

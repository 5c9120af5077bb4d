package org.constl.ui.tables.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.constl.core.objects.ConstellationException;
import org.constl.core.objects.Subscription;
import org.constl.core.objects.Translations;
import org.constl.ui.Names;

/**
 * The texts of the translatable text cells the grid shows, by the address of their database: read
 * on a background thread, then followed live, for a bounded number of databases (the least
 * recently shown are let go, so scrolling through a long table keeps a screenful or so). UI thread
 * only.
 */
final class ShownTranslations implements AutoCloseable {

  /** What a cell shows while its texts are read. */
  static final String READING = "…";
  static final int KEPT = 512;
  private static final int MAX_WAITING = 128;
  /**
   * Closes the subscriptions let go: closing one closes its database when no one else has it,
   * which waits for the store, and the UI thread must not wait for a write to scroll.
   */
  private static final Executor RELEASING = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "translations let go");
    thread.setDaemon(true);
    return thread;
  });

  /** One database's texts; its fields are the UI thread's, but {@link #started}. */
  private static final class Followed {
    final String address;
    /** Null until read. */
    Map<String, String> texts;
    /** Why the texts cannot be read; null when they can. */
    String failure;
    Subscription subscription;
    boolean released;
    /** The worker's: whether it subscribed already. */
    boolean started;

    Followed(String address) {
      this.address = address;
    }

    void release() {
      released = true;
      if (subscription != null) {
        RELEASING.execute(subscription::close);
      }
    }
  }

  private final Translations translations;
  private final Executor ui;
  private final Runnable changed;
  private final NewestFirstWorker<Followed> worker;
  private final Map<String, Followed> followed = new LinkedHashMap<>(KEPT, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Followed> eldest) {
      if (size() <= KEPT) {
        return false;
      }
      eldest.getValue().release();
      return true;
    }
  };

  /**
   * @param ui runs a task on the UI thread, later
   * @param changed called on the UI thread when texts arrive or change (to repaint)
   */
  ShownTranslations(Translations translations, Executor ui, Runnable changed) {
    this.translations = translations;
    this.ui = ui;
    this.changed = changed;
    worker = new NewestFirstWorker<>("translations of the table's cells", MAX_WAITING, this::follow);
  }

  /**
   * The text a cell holding {@code address} shows: in the user's language, else another (as
   * {@link Names} picks names);
   * {@link #READING} while it is read; the address itself when there is no text or it cannot be
   * read, as ipa's export shows it.
   */
  String shown(String address) {
    Followed texts = want(address);
    if (texts.texts != null) {
      return Names.pick(texts.texts, address);
    }
    return texts.failure == null ? READING : address;
  }

  /** The texts, once read. */
  Optional<Map<String, String>> texts(String address) {
    return Optional.ofNullable(want(address).texts);
  }

  /** The texts, when read already; unlike {@link #texts}, asks for no reading (a copy of many cells looks them up). */
  Optional<Map<String, String>> known(String address) {
    Followed texts = followed.get(address);
    return texts == null ? Optional.empty() : Optional.ofNullable(texts.texts);
  }

  /** Why the texts cannot be read, once that is known. */
  Optional<String> failure(String address) {
    return Optional.ofNullable(want(address).failure);
  }

  private Followed want(String address) {
    Followed texts = followed.computeIfAbsent(address, Followed::new);
    if (texts.texts == null && texts.failure == null) {
      // Again at each paint: a request scrolled out of the queue is made anew.
      worker.request(texts);
    }
    return texts;
  }

  /** On the worker's thread. */
  private void follow(Followed texts) {
    if (texts.started) {
      return;
    }
    texts.started = true;
    try {
      Subscription subscription = translations.subscribe(texts.address, now -> ui.execute(() -> arrived(texts, now)));
      ui.execute(() -> subscribed(texts, subscription));
    } catch (ConstellationException e) {
      ui.execute(() -> failed(texts, e.getMessage()));
    }
  }

  private void arrived(Followed texts, Map<String, String> now) {
    texts.texts = now; // a new map at each read, in the stored order that the fallback language follows
    texts.failure = null;
    changed.run();
  }

  private void subscribed(Followed texts, Subscription subscription) {
    if (texts.released || texts.subscription != null) {
      RELEASING.execute(subscription::close);
      return;
    }
    texts.subscription = subscription;
    if (texts.texts == null) {
      // The subscription reads the texts before it returns: they could not be read.
      failed(texts, "its texts cannot be read");
    }
  }

  private void failed(Followed texts, String why) {
    texts.failure = "the translations at " + texts.address + " are not shown: " + why;
    changed.run();
  }

  @Override
  public void close() {
    worker.close();
    new ArrayList<>(followed.values()).forEach(Followed::release);
    followed.clear();
  }
}

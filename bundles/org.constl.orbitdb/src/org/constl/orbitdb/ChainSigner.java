package org.constl.orbitdb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.constl.ipld.IpldValue;

/**
 * Signs a batch's entries on a second thread, so that the caller stores one entry while the next
 * is being signed. Signing is one chain (each entry's {@code next} holds the hash of the one
 * before), and it is most of an append's work, so this is what lets a batch use two cores.
 * <p>
 * The signer reads nothing from the store: only the entries it is given (those the first
 * entry's references reach) and the ones it made. Should a reference need another entry, it
 * stops there and the caller appends the rest itself.
 */
final class ChainSigner implements AutoCloseable {

    /** Entries signed ahead of the caller at most, which bounds memory whatever the batch size. */
    private static final int AHEAD = 64;
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "orbitdb-signer");
        thread.setDaemon(true);
        return thread;
    });

    /** What the signer hands over for one payload, in order. */
    sealed interface Step {
    }

    /** The next entry, signed. */
    record Signed(Entry entry) implements Step {
    }

    /** Creating the next entry failed: the caller throws this, as a sequential append would have. */
    record Failed(RuntimeException failure) implements Step {
    }

    /** The signer stopped before this payload, for want of an entry it does not have. */
    record Stopped() implements Step {
    }

    /** A reference the signer cannot resolve from what it was given. */
    private static final class OutsideWindow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutsideWindow() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<Step> steps = new ArrayBlockingQueue<>(AHEAD);
    private final Map<String, Entry> known;
    private final Future<?> task;

    /**
     * Starts signing {@code payloads} after {@code heads}; {@code known} must hold the entries the
     * references of an entry after {@code heads} reach.
     */
    ChainSigner(LogWriter writer, String logId, List<Entry> heads, Map<String, Entry> known, List<IpldValue> payloads,
            int referencesCount) {
        this.known = new HashMap<>(known);
        this.task = THREADS.submit(() -> sign(writer, logId, heads, payloads, referencesCount));
    }

    /** The next step; blocks until the signer has it. */
    Step next() throws InterruptedException {
        return steps.take();
    }

    /** Stops the signer, which may still be signing; what it signed is dropped. */
    @Override
    public void close() {
        task.cancel(true);
    }

    private void sign(LogWriter writer, String logId, List<Entry> heads, List<IpldValue> payloads, int referencesCount) {
        try {
            List<Entry> after = heads;
            Entry previous = null;
            for (IpldValue payload : payloads) {
                Step step;
                try {
                    List<String> refs = previous != null && previous.next().size() == 1
                            ? referencesAfter(previous, referencesCount)
                            : Log.references(after, referencesCount, this::lookUp);
                    Entry entry = Log.createAfter(writer, logId, payload, after, refs);
                    known.put(entry.hash(), entry);
                    previous = entry;
                    after = List.of(entry);
                    step = new Signed(entry);
                } catch (OutsideWindow e) {
                    steps.put(new Stopped());
                    return;
                } catch (RuntimeException e) {
                    steps.put(new Failed(e));
                    return;
                }
                steps.put(step);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed by the caller: nobody reads what is left
        }
    }

    /**
     * The references of an entry made after {@code own} alone, without walking the log: the walk
     * from an entry whose only {@code next} is P is that entry and then the walk from P, so they
     * are P followed by {@code own}'s references (the walk from P after P, which this signer
     * found with the same lookups), cut to {@code count}.
     */
    private static List<String> referencesAfter(Entry own, int count) {
        if (count == 0) {
            return List.of();
        }
        List<String> refs = new ArrayList<>(count);
        refs.add(own.next().getFirst());
        refs.addAll(own.refs().subList(0, Math.min(own.refs().size(), count - 1)));
        return refs;
    }

    private Optional<Entry> lookUp(String hash) {
        Entry entry = known.get(hash);
        if (entry == null) {
            throw new OutsideWindow();
        }
        return Optional.of(entry);
    }
}

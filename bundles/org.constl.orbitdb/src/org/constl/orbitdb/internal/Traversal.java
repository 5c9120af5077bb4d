package org.constl.orbitdb.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.constl.orbitdb.Entry;

/**
 * The walk of {@code log.js traverse}: a stack sorted by OrbitDB's order whose greatest entry is
 * taken next; taking an entry fetches its {@code next} entries (and prefetches theirs). For
 * entries whose clocks grow along {@code next}, this yields entries newest first. Lazy: an
 * entry's parents are fetched only when the caller asks for the entry after it.
 */
public final class Traversal implements Iterator<Entry> {

    private final Function<String, Optional<Entry>> get;
    private List<Entry> stack;
    private final Set<String> traversed = new HashSet<>();
    private final Set<String> fetched = new HashSet<>();
    private List<String> toFetch = new ArrayList<>();
    private Entry yielded;
    private Entry upcoming;

    public Traversal(List<Entry> roots, Function<String, Optional<Entry>> get) {
        this.stack = new ArrayList<>(roots);
        this.get = get;
    }

    @Override
    public boolean hasNext() {
        if (upcoming == null) {
            upcoming = advance();
        }
        return upcoming != null;
    }

    @Override
    public Entry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Entry entry = upcoming;
        upcoming = null;
        return entry;
    }

    private Entry advance() {
        if (yielded != null) {
            expand(yielded);
            yielded = null;
        }
        while (!stack.isEmpty()) {
            // A stable sort, as V8's: entries with equal clocks keep their places.
            stack.sort(Entry.LAST_WRITE_WINS);
            Entry entry = stack.remove(stack.size() - 1);
            if (!traversed.contains(entry.hash())) {
                yielded = entry;
                return entry;
            }
        }
        return null;
    }

    private void expand(Entry entry) {
        traversed.add(entry.hash());
        fetched.add(entry.hash());
        List<String> wanted = new ArrayList<>(toFetch);
        wanted.addAll(entry.next());
        List<Entry> fetchedNow = new ArrayList<>();
        for (String hash : wanted) {
            if (!traversed.contains(hash) && !fetched.contains(hash)) {
                fetched.add(hash);
                get.apply(hash).ifPresent(fetchedNow::add);
            }
        }
        Set<String> parents = new LinkedHashSet<>();
        fetchedNow.forEach(e -> parents.addAll(e.next()));
        toFetch = parents.stream().filter(h -> !traversed.contains(h) && !fetched.contains(h)).toList();
        List<Entry> newStack = new ArrayList<>(fetchedNow.size() + stack.size());
        newStack.addAll(fetchedNow);
        newStack.addAll(stack);
        stack = newStack;
    }
}

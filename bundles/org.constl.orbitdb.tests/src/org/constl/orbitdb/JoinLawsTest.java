package org.constl.orbitdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.constl.storage.BlockStore;
import org.constl.ipld.IpldValue;
import org.junit.jupiter.api.Test;

/**
 * Join is a CRDT merge: associative, commutative and idempotent, on 1,000 seeded random histories
 * where three writers append concurrently and join each other at random moments. Two logs are
 * the same when they have the same heads, the same entries in the same traversal order and the
 * same keyvalue state.
 */
class JoinLawsTest {

    private static final int HISTORIES = 1000;
    private static final String LOG_ID = "/orbitdb/zdpuAsZfEPc1gekhEbjEXwza4icpKkC9BPWTrYYPjzYizZisp";

    private record State(List<Entry> heads, List<String> values, List<KeyValue.Item> all) {
    }

    private final List<LogWriter> writers = List.copyOf(Vectors.writers().values());
    private final AccessController access = IpfsAccessController.create(List.of(IpfsAccessController.ANYONE));
    private final BlockStore blocks = BlockStore.memory();

    @Test
    void joinIsAssociativeCommutativeAndIdempotent() {
        int entries = 0;
        for (int seed = 1; seed <= HISTORIES; seed++) {
            Random random = new Random(seed);
            List<Log> logs = writers.stream().map(w -> new Log(LOG_ID, access, blocks, w)).toList();
            int steps = 2 + random.nextInt(5);
            for (int step = 0; step < steps; step++) {
                Log log = logs.get(random.nextInt(logs.size()));
                if (random.nextInt(3) == 0) {
                    log.join(logs.get(random.nextInt(logs.size())));
                } else {
                    log.append(KeyValue.putPayload("k" + random.nextInt(4), IpldValue.of(seed * 100L + step)), random.nextInt(3));
                    entries++;
                }
            }
            Log a = logs.get(0);
            Log b = logs.get(1);
            Log c = logs.get(2);
            String history = "history " + seed;
            assertEquals(state(merge(a, b)), state(merge(b, a)), history + ": a+b = b+a");
            assertEquals(state(merge(merge(a, b), c)), state(merge(a, merge(b, c))), history + ": (a+b)+c = a+(b+c)");
            assertEquals(state(a), state(merge(a, a)), history + ": a+a = a");
            Log all = merge(merge(a, b), c);
            assertEquals(all.size(), all.values().size(), history + ": every entry is reached");
        }
        assertEquals(true, entries > 2 * HISTORIES, "histories have entries");
    }

    private Log merge(Log x, Log y) {
        Log merged = new Log(LOG_ID, access, blocks, null);
        merged.join(x);
        merged.join(y);
        return merged;
    }

    private static State state(Log log) {
        return new State(log.heads(), log.values().stream().map(Entry::hash).toList(), new KeyValue(log).all());
    }
}

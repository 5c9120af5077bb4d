package org.constl.orbitdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.constl.ipld.IpldValue;
import org.constl.storage.BlockStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch, signed on a second thread while the caller stores it, makes the very entries that
 * appending its payloads one by one makes (signatures are deterministic, so byte for byte), after
 * any history: a fresh log, a long chain, several heads after joins. A failure in the middle of a
 * batch is the one a sequential append meets there.
 */
class BatchAppendTest {

    private static final String LOG_ID = "/orbitdb/zdpuAsZfEPc1gekhEbjEXwza4icpKkC9BPWTrYYPjzYizZisp";

    @TempDir
    Path temp;

    private final LogWriter alice = Vectors.writers().get("alice");
    private final LogWriter bob = Vectors.writers().get("bob");
    private final AccessController access = IpfsAccessController.create(List.of(IpfsAccessController.ANYONE));

    @Test
    void aBatchMakesTheEntriesSequentialAppendsMakeAfterAnyHistory() {
        for (int seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            BlockStore blocks = BlockStore.memory();
            Log batched = new Log(LOG_ID, access, blocks, alice);
            Log sequential = new Log(LOG_ID, access, BlockStore.memory(), alice);
            Log other = new Log(LOG_ID, access, blocks, bob);
            int earlier = random.nextInt(60);
            for (int i = 0; i < earlier; i++) {
                IpldValue payload = payload(seed, "before", i);
                if (random.nextInt(4) == 0) {
                    other.append(payload);
                    batched.join(other);
                    sequential.join(other);
                } else {
                    batched.append(payload);
                    sequential.join(batched);
                }
            }
            if (random.nextBoolean()) { // leaves two heads
                other.append(payload(seed, "concurrent", 0));
                batched.join(other);
                sequential.join(other);
            }
            List<IpldValue> payloads = new ArrayList<>();
            int size = 1 + random.nextInt(150);
            for (int i = 0; i < size; i++) {
                payloads.add(payload(seed, "batch", i));
            }
            String history = "seed " + seed + ", " + earlier + " earlier appends, batch of " + size;
            assertEquals(sequential.heads(), batched.heads(), history + ": same heads before");
            List<Entry> expected = payloads.stream().map(sequential::append).toList();
            List<Entry> actual = batched.appendAll(payloads);
            assertEquals(hashes(expected), hashes(actual), history);
            assertEquals(sequential.heads(), batched.heads(), history + ": same heads after");
            assertEquals(hashes(sequential.values()), hashes(batched.values()), history + ": same log");
        }
    }

    @Test
    void aFailingPayloadInABatchFailsAsASequentialAppendWouldAndTheDatabaseKeepsNothing() throws Exception {
        IpldValue proto = IpldValue.MapValue.builder().put("__proto__", IpldValue.of(1)).build();
        try (LocalPeer peer = LocalPeer.open(temp.resolve("peer"), alice)) {
            Database db = peer.orbitdb().create("batch", KeyValue.TYPE, IpfsAccessController.TYPE, List.of(alice.identity().id()),
                    Optional.empty());
            KeyValue kv = new KeyValue(db);
            kv.put("first", IpldValue.of(1));
            List<IpldValue> payloads = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                payloads.add(i == 37 ? KeyValue.putPayload("bad", proto) : payload(0, "batch", i));
            }
            OrbitDbException refused = assertThrows(OrbitDbException.class, () -> db.appendAll(payloads));
            assertEquals(true, refused.getMessage().contains("__proto__"), refused.getMessage());
            assertEquals(1, db.size(), "none of the batch is kept");
            assertEquals(List.of("first"), kv.all().stream().map(KeyValue.Item::key).toList());
            assertEquals(37, db.appendAll(payloads.subList(0, 37)).size(), "the log goes on from the stored head");
            assertEquals(38, db.size());
        }
    }

    @Test
    void theSignerStopsAtAReferenceItWasNotGivenAndSignsTheSameEntriesWhenGivenThem() throws Exception {
        Log log = new Log(LOG_ID, access, BlockStore.memory(), alice);
        for (int i = 0; i < 30; i++) {
            log.append(payload(1, "before", i));
        }
        List<IpldValue> payloads = List.of(payload(1, "batch", 0), payload(1, "batch", 1));
        Map<String, Entry> headsOnly = new HashMap<>();
        log.heads().forEach(head -> headsOnly.put(head.hash(), head));
        try (ChainSigner signer = new ChainSigner(alice, LOG_ID, log.heads(), headsOnly, payloads, Log.DEFAULT_REFERENCES_COUNT)) {
            assertInstanceOf(ChainSigner.Stopped.class, signer.next(), "its references need older entries");
        }
        Map<String, Entry> all = new HashMap<>();
        log.values().forEach(entry -> all.put(entry.hash(), entry));
        try (ChainSigner signer = new ChainSigner(alice, LOG_ID, log.heads(), all, payloads, Log.DEFAULT_REFERENCES_COUNT)) {
            Entry first = ((ChainSigner.Signed) signer.next()).entry();
            Entry second = ((ChainSigner.Signed) signer.next()).entry();
            assertEquals(log.append(payloads.get(0)), first);
            assertEquals(log.append(payloads.get(1)), second);
        }
    }

    private static IpldValue payload(int seed, String phase, int n) {
        return KeyValue.putPayload(phase + "-" + n, IpldValue.of(seed * 1000L + n));
    }

    private static List<String> hashes(List<Entry> entries) {
        return entries.stream().map(Entry::hash).toList();
    }
}

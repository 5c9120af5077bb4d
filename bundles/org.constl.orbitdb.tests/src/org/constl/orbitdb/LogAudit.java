package org.constl.orbitdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.constl.identity.OrbitDbIdentity;

/**
 * What must hold of a keyvalue database that one writer filled one put at a time, however its
 * writing ended (killed, refused by a full disk): one unbroken history from its stored head,
 * every pinned entry on it, each entry signed by the writer, and a key index that says what the
 * history says.
 */
final class LogAudit {

    private LogAudit() {
    }

    /** Checks the log and returns its entries, oldest first. */
    static List<Entry> linearHistory(Database database, OrbitDbIdentity writer) {
        List<Entry> history = new ArrayList<>(database.traverse().toList());
        Collections.reverse(history);
        List<Entry> heads = database.heads();
        assertEquals(history.isEmpty() ? List.of() : List.of(history.getLast()), heads, "the stored heads: the newest entry alone");
        assertEquals(history.size(), database.size(), "entries pinned by the database = entries reachable from its head");
        Set<String> earlier = new HashSet<>();
        String address = database.address().toString();
        for (int i = 0; i < history.size(); i++) {
            Entry entry = history.get(i);
            String where = "entry " + i + " (" + entry.hash() + ")";
            assertEquals(i + 1, entry.clock().time(), where + ": clock");
            assertEquals(i == 0 ? List.of() : List.of(history.get(i - 1).hash()), entry.next(), where + ": next");
            assertTrue(earlier.containsAll(entry.refs()), where + ": refs to entries before it");
            assertEquals(address, entry.id(), where + ": log id");
            assertEquals(writer.hash(), entry.identity(), where + ": identity");
            assertEquals(writer.publicKey(), entry.key(), where + ": key");
            assertEquals(writer.publicKey(), entry.clock().id(), where + ": clock id");
            assertTrue(entry.verifySignature(), where + ": signature");
            earlier.add(entry.hash());
        }
        return history;
    }

    /** Checks that the key index gives each key the value of its latest put in {@code history}. */
    static void keyIndexFollows(Database database, List<Entry> history) {
        Map<String, Entry> latest = new LinkedHashMap<>();
        for (Entry entry : history) {
            KeyValue.Operation op = KeyValue.operation(entry).orElseThrow();
            assertTrue(op.isPut(), "the workload only puts: " + entry.hash());
            latest.put(op.key(), entry);
        }
        KeyValue keyValue = new KeyValue(database);
        Map<String, String> expected = new TreeMap<>();
        latest.forEach((key, entry) -> {
            assertEquals(KeyValue.operation(entry).orElseThrow().value(), keyValue.get(key).orElse(null), "value of " + key);
            expected.put(key, entry.hash());
        });
        Map<String, String> listed = new TreeMap<>();
        keyValue.all().forEach(item -> listed.put(item.key(), item.hash()));
        assertEquals(expected, listed, "the keys listed and the entries that set them");
    }
}

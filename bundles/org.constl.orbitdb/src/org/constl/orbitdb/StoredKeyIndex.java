package org.constl.orbitdb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldValue;
import org.constl.storage.Datastore;
import org.constl.storage.StoreException;

/**
 * A {@link KeyIndex} kept in the store's datastore, one key per database key, updated in the
 * transaction that adds the entries. An entry replaces the indexed one when its clock is
 * greater, which is what "met first by the traversal" means since clocks grow along {@code next}.
 */
final class StoredKeyIndex implements KeyIndex {

    private static final int PAGE = 10_000;

    private final Datastore datastore;
    private final String namespace;

    StoredKeyIndex(Datastore datastore, String address) {
        this.datastore = datastore;
        this.namespace = "keys " + address;
    }

    /** Indexes the PUT and DEL operations among {@code entries}. */
    void apply(List<Entry> entries) throws StoreException {
        for (Entry entry : entries) {
            Optional<KeyValue.Operation> op = KeyValue.operation(entry);
            if (op.isEmpty()) {
                continue;
            }
            String key = op.get().key();
            Optional<Latest> current = get(key);
            if (current.isEmpty() || entry.clock().compareTo(current.get().clock()) > 0) {
                Latest latest = new Latest(key, entry.hash(), entry.clock(), !op.get().isPut());
                datastore.put(namespace, key, encode(latest));
            }
        }
    }

    /** Forgets the whole index. */
    void clear() throws StoreException {
        datastore.deleteNamespace(namespace);
    }

    @Override
    public Optional<Latest> get(String key) {
        try {
            return datastore.get(namespace, key).map(bytes -> decode(key, bytes));
        } catch (StoreException e) {
            throw new OrbitDbException("key index: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Latest> present() {
        List<Latest> present = new ArrayList<>();
        try {
            String after = null;
            List<Map.Entry<String, byte[]>> page;
            do {
                page = datastore.entries(namespace, after, PAGE);
                for (Map.Entry<String, byte[]> item : page) {
                    Latest latest = decode(item.getKey(), item.getValue());
                    if (!latest.deleted()) {
                        present.add(latest);
                    }
                    after = item.getKey();
                }
            } while (page.size() == PAGE);
        } catch (StoreException e) {
            throw new OrbitDbException("key index: " + e.getMessage(), e);
        }
        present.sort(Comparator.comparing(Latest::clock));
        return present;
    }

    private static byte[] encode(Latest latest) {
        return DagCbor.encode(IpldValue.MapValue.builder().put("h", IpldValue.of(latest.hash()))
                .put("c", latest.clock().toValue()).put("d", IpldValue.of(latest.deleted())).build());
    }

    private static Latest decode(String key, byte[] bytes) {
        IpldValue.MapValue map = DagCbor.decode(bytes).asMap();
        IpldValue.MapValue clock = map.get("c").asMap();
        return new Latest(key, map.get("h").asString(), new Clock(clock.get("id").asString(), clock.get("time").asLong()),
                map.get("d").asBoolean());
    }
}

package org.constl.ipld.unixfs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.constl.ipld.Cid;

/** Blocks in a map, for tests and small transient DAGs. Thread-safe. */
public final class MemoryBlockStore implements BlockSink, BlockSource {

    private final Map<Cid, byte[]> blocks = new LinkedHashMap<>();

    @Override
    public synchronized void put(Cid cid, byte[] block) {
        blocks.putIfAbsent(cid, block.clone());
    }

    @Override
    public synchronized Optional<byte[]> get(Cid cid) {
        return Optional.ofNullable(blocks.get(cid)).map(byte[]::clone);
    }

    /** Number of distinct blocks. */
    public synchronized int size() {
        return blocks.size();
    }

    /** The CIDs in the order they were first put. */
    public synchronized List<Cid> cids() {
        return List.copyOf(blocks.keySet());
    }
}

package org.constl.orbitdb;

import java.io.IOException;
import java.util.Optional;

import org.constl.ipld.Cid;
import org.constl.ipld.unixfs.BlockSink;
import org.constl.ipld.unixfs.BlockSource;
import org.constl.ipld.unixfs.MemoryBlockStore;

/**
 * Where OrbitDB objects (entries, identities, manifests) are read and written, by CID. The
 * embedded store or a network fetcher implements it; readers check bytes against the CID.
 */
public interface BlockStore extends BlockSource, BlockSink {

    /** A store over a source and a sink (for example a local store and a network fetcher). */
    static BlockStore of(BlockSource source, BlockSink sink) {
        return new BlockStore() {
            @Override
            public Optional<byte[]> get(Cid cid) throws IOException {
                return source.get(cid);
            }

            @Override
            public void put(Cid cid, byte[] block) throws IOException {
                sink.put(cid, block);
            }
        };
    }

    /** A new store in memory, for tests and short-lived logs. */
    static BlockStore memory() {
        MemoryBlockStore store = new MemoryBlockStore();
        return of(store, store);
    }
}

package org.constl.ipld.unixfs;

import java.io.IOException;
import java.util.Optional;

import org.constl.ipld.Cid;

/** Where the exporter reads blocks from; the block store implements it. */
@FunctionalInterface
public interface BlockSource {

    /**
     * The bytes stored under {@code cid}, or empty when this source does not have them. Callers
     * verify the bytes against the CID: an implementation need not.
     */
    Optional<byte[]> get(Cid cid) throws IOException;
}

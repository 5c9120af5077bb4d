package org.constl.ipld.unixfs;

import java.io.IOException;

import org.constl.ipld.Cid;

/** Where the importer writes the blocks it makes; the block store implements it. */
@FunctionalInterface
public interface BlockSink {

    /**
     * Stores {@code block} under {@code cid}. The importer hands over a fresh array it will not
     * touch again, so an implementation may keep it.
     */
    void put(Cid cid, byte[] block) throws IOException;
}

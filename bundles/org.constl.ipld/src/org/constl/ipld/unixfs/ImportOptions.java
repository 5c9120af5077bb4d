package org.constl.ipld.unixfs;

/**
 * How a file is cut into blocks. Leaves are always raw blocks with CIDv1 and nodes dag-pb CIDv1,
 * and a file of one chunk is that chunk's raw block: the {@code @helia/unixfs} 4 settings.
 *
 * @param chunkSize          bytes per leaf (fixed-size chunker), 1 to {@value #MAX_CHUNK_SIZE}
 * @param maxChildrenPerNode links per node of the balanced layout, 2 to {@value #MAX_CHILDREN}
 */
public record ImportOptions(int chunkSize, int maxChildrenPerNode) {

    /** Largest leaf: 4 MiB, the block size limit of bitswap peers. */
    public static final int MAX_CHUNK_SIZE = 4 * 1024 * 1024;
    /** Keeps a node under about 200 kB even with long CIDs. */
    public static final int MAX_CHILDREN = 4096;

    /** What {@code @helia/unixfs} 4 {@code addBytes} and {@code addFile} use: 1 MiB chunks, 1024 links. */
    public static final ImportOptions HELIA_DEFAULTS = new ImportOptions(1024 * 1024, 1024);

    public ImportOptions {
        if (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
            throw new IllegalArgumentException("chunk size must be 1 to " + MAX_CHUNK_SIZE + ": " + chunkSize);
        }
        if (maxChildrenPerNode < 2 || maxChildrenPerNode > MAX_CHILDREN) {
            throw new IllegalArgumentException("children per node must be 2 to " + MAX_CHILDREN + ": " + maxChildrenPerNode);
        }
    }
}

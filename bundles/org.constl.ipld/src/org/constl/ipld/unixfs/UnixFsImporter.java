package org.constl.ipld.unixfs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

import org.constl.ipld.Cid;
import org.constl.ipld.Multicodec;
import org.constl.ipld.unixfs.internal.BalancedFileLayout;

/**
 * Imports a file into UnixFS blocks exactly as {@code @helia/unixfs} 4 {@code addBytes} and
 * {@code addFile} do with their defaults, so the root CID is the one a JS peer computes. Streams:
 * memory stays at about one chunk plus one pending node per tree level, whatever the file size.
 */
public final class UnixFsImporter {

    private final BlockSink sink;
    private final ImportOptions options;

    /** An importer with the {@code @helia/unixfs} defaults. */
    public UnixFsImporter(BlockSink sink) {
        this(sink, ImportOptions.HELIA_DEFAULTS);
    }

    public UnixFsImporter(BlockSink sink, ImportOptions options) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.options = Objects.requireNonNull(options, "options");
    }

    public ImportResult importFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return importStream(in);
        }
    }

    /** Reads {@code in} to its end (without closing it) and writes the blocks to the sink. */
    public ImportResult importStream(InputStream in) throws IOException {
        BalancedFileLayout layout = new BalancedFileLayout(sink, options.maxChildrenPerNode());
        byte[] chunk = new byte[options.chunkSize()];
        long fileSize = 0;
        boolean first = true;
        while (true) {
            int read = in.readNBytes(chunk, 0, chunk.length);
            // the fixed-size chunker yields one empty chunk for empty content, otherwise none
            if (read == 0 && !first) {
                break;
            }
            first = false;
            byte[] leaf = Arrays.copyOf(chunk, read);
            Cid cid = Cid.of(Multicodec.RAW, leaf);
            sink.put(cid, leaf);
            layout.addLeaf(new BalancedFileLayout.Entry(cid, read, read));
            fileSize += read;
            if (read < chunk.length) {
                break;
            }
        }
        BalancedFileLayout.Entry root = layout.finish();
        return new ImportResult(root.cid(), fileSize, root.dagSize());
    }
}

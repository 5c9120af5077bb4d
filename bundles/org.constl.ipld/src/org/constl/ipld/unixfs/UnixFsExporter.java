package org.constl.ipld.unixfs;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

import org.constl.ipld.Cid;
import org.constl.ipld.IpldException;
import org.constl.ipld.Multicodec;

/**
 * Writes the content of a UnixFS file back out: raw leaves, dag-pb file nodes with or without
 * inline data, CIDv0 or v1. Every block is checked against its CID and every node against the
 * sizes its parent declared, before any of its bytes are written, so a wrong or forged DAG is an
 * {@link IpldException} and never more bytes than the root declares.
 */
public final class UnixFsExporter {

    /** Deepest tree accepted: a balanced tree of 2 links per node holds 2^63 bytes in 63 levels. */
    public static final int MAX_DEPTH = 64;

    private final BlockSource source;

    public UnixFsExporter(BlockSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The content size of the file at {@code root}, read from its root block alone. */
    public long fileSize(Cid root) throws IOException {
        byte[] block = load(root);
        return root.codec() == Multicodec.RAW ? block.length : fileData(root, DagPb.decode(block)).fileSize();
    }

    /** Writes the file at {@code root} to {@code out} (without closing it); returns its size. */
    public long export(Cid root, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        return write(root, -1, out, 0);
    }

    /** Writes the content under {@code cid}, which must be {@code expectedSize} bytes unless it is -1. */
    private long write(Cid cid, long expectedSize, OutputStream out, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IpldException("UnixFS: file tree deeper than " + MAX_DEPTH + " levels");
        }
        byte[] block = load(cid);
        if (cid.codec() == Multicodec.RAW) {
            requireSize(cid, block.length, expectedSize);
            out.write(block);
            return block.length;
        }
        PbNode node = DagPb.decode(block);
        UnixFsData data = fileData(cid, node);
        long size = data.fileSize();
        requireSize(cid, size, expectedSize);
        List<Long> blockSizes = data.blockSizes();
        if (blockSizes.size() != node.links().size()) {
            throw new IpldException("UnixFS: " + cid + " has " + node.links().size() + " links but "
                    + blockSizes.size() + " block sizes");
        }
        byte[] inline = data.data();
        if (inline != null) {
            out.write(inline);
        }
        for (int i = 0; i < blockSizes.size(); i++) {
            write(node.links().get(i).hash(), blockSizes.get(i), out, depth + 1);
        }
        return size;
    }

    private static UnixFsData fileData(Cid cid, PbNode node) {
        byte[] bytes = node.data();
        if (bytes == null) {
            throw new IpldException("UnixFS: dag-pb node " + cid + " has no Data");
        }
        UnixFsData data = UnixFsData.decode(bytes);
        if (data.type() != UnixFsData.Type.FILE && data.type() != UnixFsData.Type.RAW) {
            throw new IpldException("UnixFS: " + cid + " is a " + data.type() + ", not a file");
        }
        return data;
    }

    private static void requireSize(Cid cid, long actual, long expected) {
        if (expected >= 0 && actual != expected) {
            throw new IpldException("UnixFS: " + cid + " holds " + actual + " bytes where its parent declares " + expected);
        }
    }

    /** The verified bytes of a raw or dag-pb block; identity CIDs carry their block inline. */
    private byte[] load(Cid cid) throws IOException {
        if (cid.codec() != Multicodec.RAW && cid.codec() != Multicodec.DAG_PB) {
            throw new IpldException("UnixFS: " + cid + " has codec " + Multicodec.name(cid.codec())
                    + ", expected raw or dag-pb");
        }
        if (cid.multihash().code() == Multicodec.IDENTITY) {
            return cid.multihash().digest();
        }
        byte[] block = source.get(cid).orElseThrow(() -> new IpldException("UnixFS: block " + cid + " not found"));
        if (!cid.multihash().matches(block)) {
            throw new IpldException("UnixFS: block " + cid + " does not match its hash");
        }
        return block;
    }
}

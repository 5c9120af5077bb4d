package org.constl.ipld.unixfs.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.constl.ipld.Cid;
import org.constl.ipld.Multicodec;
import org.constl.ipld.unixfs.BlockSink;
import org.constl.ipld.unixfs.DagPb;
import org.constl.ipld.unixfs.PbLink;
import org.constl.ipld.unixfs.PbNode;
import org.constl.ipld.unixfs.UnixFsData;

/**
 * The balanced layout of {@code ipfs-unixfs-importer}, built as leaves stream in: each level
 * groups up to {@code maxChildren} entries under a new UnixFS file node, level after level, until
 * one entry is left. JS groups a whole level at a time; filling levels bottom-up as groups
 * complete gives the same groups while holding at most {@code maxChildren} links per level.
 */
public final class BalancedFileLayout {

    /**
     * An entry of the tree: a leaf or a node already written.
     *
     * @param contentSize bytes of file content under it (its UnixFS block size)
     * @param dagSize     bytes of all blocks under it (its link Tsize)
     */
    public record Entry(Cid cid, long contentSize, long dagSize) {
    }

    private final BlockSink sink;
    private final int maxChildren;
    private final List<List<Entry>> pending = new ArrayList<>();
    private final List<Long> added = new ArrayList<>();

    public BalancedFileLayout(BlockSink sink, int maxChildren) {
        this.sink = sink;
        this.maxChildren = maxChildren;
    }

    public void addLeaf(Entry leaf) throws IOException {
        add(0, leaf);
    }

    /** The root: a lone leaf stays the root itself (reduceSingleLeafToSelf). */
    public Entry finish() throws IOException {
        if (added.isEmpty()) {
            throw new IllegalStateException("no leaf was added");
        }
        for (int level = 0;; level++) {
            List<Entry> entries = pending.get(level);
            if (added.get(level) == 1) {
                return entries.get(0);
            }
            if (!entries.isEmpty()) {
                Entry node = writeNode(entries);
                entries.clear();
                add(level + 1, node);
            }
        }
    }

    private void add(int level, Entry entry) throws IOException {
        if (pending.size() == level) {
            pending.add(new ArrayList<>(maxChildren));
            added.add(0L);
        }
        List<Entry> entries = pending.get(level);
        entries.add(entry);
        added.set(level, added.get(level) + 1);
        if (entries.size() == maxChildren) {
            Entry node = writeNode(entries);
            entries.clear();
            add(level + 1, node);
        }
    }

    private Entry writeNode(List<Entry> children) throws IOException {
        List<Long> blockSizes = new ArrayList<>(children.size());
        List<PbLink> links = new ArrayList<>(children.size());
        long contentSize = 0;
        long linkedSize = 0;
        for (Entry child : children) {
            blockSizes.add(child.contentSize());
            links.add(new PbLink(child.cid(), "", child.dagSize()));
            contentSize += child.contentSize();
            linkedSize += child.dagSize();
        }
        byte[] block = DagPb.encode(new PbNode(links, UnixFsData.file(blockSizes).encode()));
        Cid cid = Cid.of(Multicodec.DAG_PB, block);
        sink.put(cid, block);
        return new Entry(cid, contentSize, block.length + linkedSize);
    }
}

package org.constl.ipld.unixfs;

import java.util.Objects;

import org.constl.ipld.Cid;

/**
 * A dag-pb {@code PBLink}.
 *
 * @param hash  the linked block
 * @param name  the link name, or {@code null} when absent (the importer writes an empty name)
 * @param tsize the cumulative size of the linked DAG, or {@code null} when absent
 */
public record PbLink(Cid hash, String name, Long tsize) {

    public PbLink {
        Objects.requireNonNull(hash, "hash");
        if (tsize != null && tsize < 0) {
            throw new IllegalArgumentException("tsize must not be negative: " + tsize);
        }
    }
}

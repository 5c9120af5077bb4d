package org.constl.ipld.unixfs;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A dag-pb {@code PBNode}: links, in the order they are written, and optional data.
 *
 * @param links the links; file nodes keep content order, directories sort them by name bytes
 * @param data  the Data field, or {@code null} when absent (absent and empty encode differently)
 */
public record PbNode(List<PbLink> links, byte[] data) {

    public PbNode {
        links = List.copyOf(links);
        data = data == null ? null : data.clone();
    }

    @Override
    public byte[] data() {
        return data == null ? null : data.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PbNode that && links.equals(that.links) && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(links, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "PbNode[links=" + links + ", data=" + (data == null ? "absent" : HexFormat.of().formatHex(data)) + "]";
    }
}

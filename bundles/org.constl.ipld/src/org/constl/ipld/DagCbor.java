package org.constl.ipld;

import org.constl.ipld.internal.CborReader;
import org.constl.ipld.internal.CborWriter;

/**
 * The DAG-CBOR codec (multicodec 0x71), byte for byte like @ipld/dag-cbor 9: see
 * {@link CborWriter} for the encoding rules and {@link CborReader} for what decoding refuses.
 */
public final class DagCbor {

    /** Deepest nesting of lists and maps accepted, in both directions. */
    public static final int MAX_DEPTH = 256;

    private DagCbor() {
    }

    public static byte[] encode(IpldValue value) {
        return CborWriter.encode(value, MAX_DEPTH);
    }

    /** Decodes a whole block; anything but exactly one canonical DAG-CBOR value is an error. */
    public static IpldValue decode(byte[] data) {
        return CborReader.decode(data, MAX_DEPTH);
    }

    /** Encodes {@code value} and names it with its CIDv1 (dag-cbor, sha2-256). */
    public static Block encodeBlock(IpldValue value) {
        return Block.of(Multicodec.DAG_CBOR, encode(value));
    }

    /** The CIDv1 (dag-cbor, sha2-256) of encoded bytes. */
    public static Cid cid(byte[] encoded) {
        return Cid.of(Multicodec.DAG_CBOR, encoded);
    }
}

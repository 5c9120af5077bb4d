package org.constl.ipld;

/** A block: its bytes and the CID that names them. */
public record Block(Cid cid, byte[] bytes) {

    public Block {
        bytes = bytes.clone();
    }

    /** The block of {@code bytes} under a CIDv1 with {@code codec} and sha2-256. */
    public static Block of(long codec, byte[] bytes) {
        return new Block(Cid.of(codec, bytes), bytes);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Whether the CID's multihash is the hash of the bytes. */
    public boolean isValid() {
        return cid.multihash().matches(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Block that && cid.equals(that.cid) && java.util.Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return cid.hashCode();
    }

    @Override
    public String toString() {
        return "Block[" + cid + ", " + bytes.length + " bytes]";
    }
}

package org.constl.ipld;

import java.util.Arrays;

/**
 * A content identifier, version 0 (a bare sha2-256 multihash of a dag-pb block, text {@code Qm...})
 * or version 1 ({@code 0x01 varint(codec) multihash}, text in any multibase, base32 by default).
 * Immutable; equal when the binary forms are equal.
 */
public final class Cid {

    private final int version;
    private final long codec;
    private final Multihash multihash;
    private final byte[] bytes;

    private Cid(int version, long codec, Multihash multihash) {
        this.version = version;
        this.codec = codec;
        this.multihash = multihash;
        byte[] hash = multihash.bytes();
        if (version == 0) {
            this.bytes = hash;
        } else {
            this.bytes = new byte[1 + Varint.encodedLength(codec) + hash.length];
            bytes[0] = 1;
            int at = Varint.write(codec, bytes, 1);
            System.arraycopy(hash, 0, bytes, at, hash.length);
        }
    }

    /** A CIDv0: only a sha2-256 multihash of a dag-pb block can be one. */
    public static Cid v0(Multihash multihash) {
        if (multihash.code() != Multicodec.SHA2_256) {
            throw new IpldException("cid: version 0 needs a sha2-256 multihash, got " + Multicodec.name(multihash.code()));
        }
        return new Cid(0, Multicodec.DAG_PB, multihash);
    }

    public static Cid v1(long codec, Multihash multihash) {
        Varint.encodedLength(codec);
        return new Cid(1, codec, multihash);
    }

    /** The CIDv1 of a block: {@code codec} and the sha2-256 multihash of {@code block}. */
    public static Cid of(long codec, byte[] block) {
        return v1(codec, Multihash.sha256(block));
    }

    /** Decodes the binary form; the buffer must hold exactly one CID. */
    public static Cid decode(byte[] data) {
        if (data.length >= 2 && data[0] == Multicodec.SHA2_256 && data[1] == 32) {
            return v0(Multihash.decode(data));
        }
        Varint.Read version = Varint.read(data, 0);
        if (version.value() != 1) {
            throw new IpldException("cid: unsupported version " + version.value());
        }
        Varint.Read codec = Varint.read(data, version.next());
        return v1(codec.value(), Multihash.decode(Arrays.copyOfRange(data, codec.next(), data.length)));
    }

    /**
     * Parses the text form: {@code Qm...} (version 0, bare base58btc) or multibase text of a
     * version 1 CID. A version 0 CID with a multibase prefix is refused, as multiformats does.
     */
    public static Cid parse(String text) {
        if (text.startsWith("Q")) {
            Cid cid = decode(Multibase.BASE58BTC.decodeBare(text));
            if (cid.version != 0) {
                throw new IpldException("cid: text starting with Q must be a version 0 CID");
            }
            return cid;
        }
        Cid cid = decode(Multibase.decode(text));
        if (cid.version == 0) {
            throw new IpldException("cid: version 0 text must not have a multibase prefix");
        }
        return cid;
    }

    public int version() {
        return version;
    }

    public long codec() {
        return codec;
    }

    public Multihash multihash() {
        return multihash;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** Length of the binary form. */
    public int byteLength() {
        return bytes.length;
    }

    /** The same content as a version 1 CID (same codec and multihash). */
    public Cid toV1() {
        return version == 1 ? this : v1(codec, multihash);
    }

    /** Version 0: bare base58btc ({@code Qm...}); version 1: base32 ({@code b...}). */
    @Override
    public String toString() {
        return version == 0 ? Multibase.BASE58BTC.encodeBare(bytes) : Multibase.BASE32.encode(bytes);
    }

    /** Version 1 text in the given base, e.g. base58btc for the {@code zdpu...} form OrbitDB writes. */
    public String toString(Multibase base) {
        if (version == 0) {
            if (base != Multibase.BASE58BTC) {
                throw new IpldException("cid: version 0 has only the base58btc text form");
            }
            return toString();
        }
        return base.encode(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cid that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}

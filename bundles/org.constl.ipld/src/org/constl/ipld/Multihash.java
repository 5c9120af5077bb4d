package org.constl.ipld;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** A self-describing hash: {@code varint(code) varint(length) digest}. Immutable. */
public final class Multihash {

    private final long code;
    private final byte[] digest;
    private final byte[] bytes;

    /** A multihash read from a buffer and the offset just after it. */
    public record Read(Multihash multihash, int next) {
    }

    private Multihash(long code, byte[] digest) {
        this.code = code;
        this.digest = digest;
        int codeLength = Varint.encodedLength(code);
        this.bytes = new byte[codeLength + Varint.encodedLength(digest.length) + digest.length];
        int at = Varint.write(digest.length, bytes, Varint.write(code, bytes, 0));
        System.arraycopy(digest, 0, bytes, at, digest.length);
    }

    /** Wraps an existing digest; the length is checked for the hash functions this class knows. */
    public static Multihash of(long code, byte[] digest) {
        if (code == Multicodec.SHA2_256 && digest.length != 32) {
            throw new IpldException("multihash: sha2-256 digest must be 32 bytes, got " + digest.length);
        }
        return new Multihash(code, digest.clone());
    }

    /** The sha2-256 multihash of {@code data}. */
    public static Multihash sha256(byte[] data) {
        return new Multihash(Multicodec.SHA2_256, sha256Digest(data));
    }

    /** The identity multihash: the data itself, e.g. for small public keys in peer IDs. */
    public static Multihash identity(byte[] data) {
        return new Multihash(Multicodec.IDENTITY, data.clone());
    }

    /** Decodes a buffer that must hold exactly one multihash. */
    public static Multihash decode(byte[] data) {
        Read read = read(data, 0);
        if (read.next() != data.length) {
            throw new IpldException("multihash: " + (data.length - read.next()) + " trailing bytes");
        }
        return read.multihash();
    }

    /** Reads one multihash starting at {@code offset}. */
    public static Read read(byte[] data, int offset) {
        Varint.Read code = Varint.read(data, offset);
        Varint.Read length = Varint.read(data, code.next());
        if (length.value() > data.length - length.next()) {
            throw new IpldException("multihash: digest length " + length.value() + " exceeds the "
                    + (data.length - length.next()) + " bytes left");
        }
        int end = length.next() + (int) length.value();
        return new Read(of(code.value(), Arrays.copyOfRange(data, length.next(), end)), end);
    }

    public long code() {
        return code;
    }

    public byte[] digest() {
        return digest.clone();
    }

    /** The binary form, {@code varint(code) varint(length) digest}. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Whether this multihash is the hash of {@code data} (for sha2-256 and identity). */
    public boolean matches(byte[] data) {
        if (code == Multicodec.SHA2_256) {
            return MessageDigest.isEqual(digest, sha256Digest(data));
        }
        if (code == Multicodec.IDENTITY) {
            return Arrays.equals(digest, data);
        }
        throw new IpldException("multihash: unsupported hash function " + Multicodec.name(code));
    }

    public static byte[] sha256Digest(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Multihash that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return Multicodec.name(code) + ":" + Multibase.BASE16.encodeBare(digest);
    }
}

package org.constl.ipld;

import java.io.ByteArrayOutputStream;

/**
 * Unsigned LEB128 varint as the multiformats specify it: minimal encoding only, at most 9 bytes
 * (so at most 63 bits of value).
 */
public final class Varint {

    /** The multiformats cap on the encoded length. */
    public static final int MAX_BYTES = 9;

    /** A value read from a buffer and the offset just after it. */
    public record Read(long value, int next) {
    }

    private Varint() {
    }

    /** Number of bytes {@code value} takes once encoded. */
    public static int encodedLength(long value) {
        requireEncodable(value);
        int length = 1;
        while ((value >>>= 7) != 0) {
            length++;
        }
        return length;
    }

    public static byte[] encode(long value) {
        byte[] out = new byte[encodedLength(value)];
        write(value, out, 0);
        return out;
    }

    /** Writes {@code value} at {@code offset} and returns the offset after it. */
    public static int write(long value, byte[] target, int offset) {
        requireEncodable(value);
        int at = offset;
        while ((value & ~0x7FL) != 0) {
            target[at++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        target[at++] = (byte) value;
        return at;
    }

    public static void write(long value, ByteArrayOutputStream out) {
        byte[] buffer = new byte[MAX_BYTES];
        out.write(buffer, 0, write(value, buffer, 0));
    }

    /** Decodes a buffer that must hold exactly one varint. */
    public static long decode(byte[] data) {
        Read read = read(data, 0);
        if (read.next() != data.length) {
            throw new IpldException("varint: " + (data.length - read.next()) + " trailing bytes");
        }
        return read.value();
    }

    /** Reads one varint starting at {@code offset}. */
    public static Read read(byte[] data, int offset) {
        long value = 0;
        for (int i = 0; i < MAX_BYTES; i++) {
            int at = offset + i;
            if (at >= data.length) {
                throw new IpldException("varint: truncated input");
            }
            int b = data[at] & 0xFF;
            value |= (long) (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) {
                if (b == 0 && i > 0) {
                    throw new IpldException("varint: non-minimal encoding");
                }
                return new Read(value, at + 1);
            }
        }
        throw new IpldException("varint: longer than " + MAX_BYTES + " bytes");
    }

    private static void requireEncodable(long value) {
        if (value < 0) {
            throw new IpldException("varint: negative or above 2^63-1: " + Long.toUnsignedString(value));
        }
    }
}

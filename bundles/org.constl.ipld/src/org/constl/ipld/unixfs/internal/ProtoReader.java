package org.constl.ipld.unixfs.internal;

import java.util.Arrays;

import org.constl.ipld.IpldException;

/**
 * Reads protobuf wire format from a byte array, refusing anything that runs past its end. Varints
 * follow protobuf rules (up to 10 bytes, 64 bits, non-minimal forms allowed) because the JS
 * decoders we must agree with accept those.
 */
public final class ProtoReader {

    public static final int VARINT = 0;
    public static final int FIXED64 = 1;
    public static final int LENGTH_DELIMITED = 2;
    public static final int FIXED32 = 5;

    private static final int MAX_VARINT_BYTES = 10;

    private final String context;
    private final byte[] data;
    private int position;

    /** {@code context} names the message in error texts, e.g. "dag-pb PBNode". */
    public ProtoReader(String context, byte[] data) {
        this.context = context;
        this.data = data;
    }

    public boolean hasMore() {
        return position < data.length;
    }

    /** A field key: field number and wire type. */
    public record Key(long field, int wireType) {
    }

    public Key readKey() {
        long key = readVarint();
        return new Key(key >>> 3, (int) (key & 7));
    }

    /** A 64-bit varint; values of 2^63 and above come back negative, as two's complement. */
    public long readVarint() {
        long value = 0;
        for (int i = 0; i < MAX_VARINT_BYTES; i++) {
            int b = next() & 0xFF;
            if (i == MAX_VARINT_BYTES - 1 && b > 1) {
                throw error("varint overflows 64 bits");
            }
            value |= (long) (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw error("varint overflows 64 bits");
    }

    /** A varint that must fit in {@code 0..max}. */
    public long readVarint(String field, long max) {
        long value = readVarint();
        if (value < 0 || value > max) {
            throw error(field + " out of range: " + Long.toUnsignedString(value));
        }
        return value;
    }

    public byte[] readBytes() {
        long length = readVarint();
        if (length < 0 || length > data.length - position) {
            throw error("length " + Long.toUnsignedString(length) + " runs past the end of the data");
        }
        int start = position;
        position += (int) length;
        return Arrays.copyOfRange(data, start, position);
    }

    public int readFixed32() {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            value |= (next() & 0xFF) << (8 * i);
        }
        return value;
    }

    /** Skips the value of an unknown field. Groups (wire types 3 and 4) are refused. */
    public void skip(int wireType) {
        switch (wireType) {
            case VARINT -> readVarint();
            case FIXED64 -> advance(8);
            case LENGTH_DELIMITED -> readBytes();
            case FIXED32 -> advance(4);
            default -> throw error("unsupported wire type " + wireType);
        }
    }

    public IpldException error(String message) {
        return new IpldException(context + ": " + message);
    }

    private void advance(int count) {
        if (count > data.length - position) {
            throw error("unexpected end of data");
        }
        position += count;
    }

    private byte next() {
        if (position >= data.length) {
            throw error("unexpected end of data");
        }
        return data[position++];
    }
}

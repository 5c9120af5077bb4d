package org.constl.ipld.internal;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;

import org.constl.ipld.IpldException;
import org.constl.ipld.IpldValue;

/**
 * Deterministic DAG-CBOR encoding with the choices of @ipld/dag-cbor 9 (cborg with
 * {@code float64: true}): shortest argument forms, definite lengths, map keys as stored by
 * {@link IpldValue.MapValue} (canonical order), 64-bit floats, and a float that is a safe
 * integer written as an integer, exactly as JS does for every whole number.
 */
public final class CborWriter {

    private static final int MAJOR_UINT = 0;
    private static final int MAJOR_NEGINT = 1 << 5;
    private static final int MAJOR_BYTES = 2 << 5;
    private static final int MAJOR_STRING = 3 << 5;
    private static final int MAJOR_ARRAY = 4 << 5;
    private static final int MAJOR_MAP = 5 << 5;
    private static final int MAJOR_TAG = 6 << 5;
    private static final int FALSE = 0xF4;
    private static final int TRUE = 0xF5;
    private static final int NULL = 0xF6;
    private static final int FLOAT64 = 0xFB;
    /** Number.MAX_SAFE_INTEGER: JS writes whole numbers up to this magnitude as integers. */
    private static final double MAX_SAFE_INTEGER = 9007199254740991.0;

    private final int maxDepth;
    private byte[] buffer = new byte[256];
    private int size;

    private CborWriter(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** Encodes {@code value}; lists, maps and links nested deeper than {@code maxDepth} are refused. */
    public static byte[] encode(IpldValue value, int maxDepth) {
        CborWriter writer = new CborWriter(maxDepth);
        writer.write(value, 0);
        return Arrays.copyOf(writer.buffer, writer.size);
    }

    private void write(IpldValue value, int depth) {
        if (depth > maxDepth) {
            throw new IpldException("dag-cbor: nesting deeper than " + maxDepth);
        }
        switch (value) {
            case IpldValue.NullValue n -> put(NULL);
            case IpldValue.BoolValue b -> put(b.value() ? TRUE : FALSE);
            case IpldValue.IntValue i -> writeInteger(i.value());
            case IpldValue.FloatValue f -> writeFloat(f.value());
            case IpldValue.StringValue s -> writeBytes(MAJOR_STRING, Utf8.encode(s.value()));
            case IpldValue.BytesValue b -> writeBytes(MAJOR_BYTES, b.bytes());
            case IpldValue.ListValue l -> {
                header(MAJOR_ARRAY, l.values().size());
                for (IpldValue item : l.values()) {
                    write(item, depth + 1);
                }
            }
            case IpldValue.MapValue m -> {
                header(MAJOR_MAP, m.size());
                for (Map.Entry<String, IpldValue> entry : m.entries().entrySet()) {
                    writeBytes(MAJOR_STRING, Utf8.encode(entry.getKey()));
                    write(entry.getValue(), depth + 1);
                }
            }
            case IpldValue.LinkValue l -> writeLink(l.cid().bytes());
        }
    }

    private void writeInteger(BigInteger value) {
        if (value.bitLength() < 64) {
            long v = value.longValue();
            if (v >= 0) {
                header(MAJOR_UINT, v);
            } else {
                header(MAJOR_NEGINT, -1 - v);
            }
        } else if (value.signum() >= 0) {
            header(MAJOR_UINT, value.longValue());
        } else {
            header(MAJOR_NEGINT, BigInteger.ONE.negate().subtract(value).longValue());
        }
    }

    private void writeFloat(double value) {
        if (value == Math.rint(value) && Math.abs(value) <= MAX_SAFE_INTEGER) {
            long whole = (long) value;
            // -0.0 lands here too and, as in JS (-0 >= 0), becomes the unsigned integer 0.
            header(whole >= 0 ? MAJOR_UINT : MAJOR_NEGINT, whole >= 0 ? whole : -1 - whole);
            return;
        }
        ensure(9);
        buffer[size++] = (byte) FLOAT64;
        long bits = Double.doubleToRawLongBits(value);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (bits >>> shift);
        }
    }

    /** Tag 42 over the bytes {@code 0x00 || cid}: the leading zero is the identity multibase prefix. */
    private void writeLink(byte[] cid) {
        header(MAJOR_TAG, 42);
        header(MAJOR_BYTES, cid.length + 1);
        put(0);
        putAll(cid);
    }

    private void writeBytes(int major, byte[] bytes) {
        header(major, bytes.length);
        putAll(bytes);
    }

    /** Major type and argument in the shortest form; {@code argument} is unsigned. */
    private void header(int major, long argument) {
        ensure(9);
        if (argument >= 0 && argument < 24) {
            buffer[size++] = (byte) (major | argument);
        } else if (argument >= 0 && argument <= 0xFF) {
            buffer[size++] = (byte) (major | 24);
            buffer[size++] = (byte) argument;
        } else if (argument >= 0 && argument <= 0xFFFF) {
            buffer[size++] = (byte) (major | 25);
            putBigEndian(argument, 2);
        } else if (argument >= 0 && argument <= 0xFFFF_FFFFL) {
            buffer[size++] = (byte) (major | 26);
            putBigEndian(argument, 4);
        } else {
            buffer[size++] = (byte) (major | 27);
            putBigEndian(argument, 8);
        }
    }

    private void putBigEndian(long value, int bytes) {
        for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (value >>> shift);
        }
    }

    private void put(int b) {
        ensure(1);
        buffer[size++] = (byte) b;
    }

    private void putAll(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    private void ensure(int more) {
        if (buffer.length - size < more) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}

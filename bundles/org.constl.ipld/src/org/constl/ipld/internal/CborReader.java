package org.constl.ipld.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.constl.ipld.Cid;
import org.constl.ipld.IpldException;
import org.constl.ipld.IpldValue;

/**
 * Strict DAG-CBOR decoding: one value filling the whole input, shortest argument forms, definite
 * lengths, string keys in canonical order without duplicates, tag 42 links only, 64-bit floats
 * only, no undefined, NaN or Infinity. Lengths and counts are checked against the bytes that are
 * actually left before anything is allocated, and nesting is bounded.
 */
public final class CborReader {

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private static final int LINK_TAG = 42;

    private final byte[] data;
    private final int maxDepth;
    private int pos;

    private CborReader(byte[] data, int maxDepth) {
        this.data = data;
        this.maxDepth = maxDepth;
    }

    public static IpldValue decode(byte[] data, int maxDepth) {
        CborReader reader = new CborReader(data, maxDepth);
        IpldValue value = reader.readValue(0);
        if (reader.pos != data.length) {
            throw reader.error((data.length - reader.pos) + " trailing bytes after the value");
        }
        return value;
    }

    private IpldValue readValue(int depth) {
        if (depth > maxDepth) {
            throw error("nesting deeper than " + maxDepth);
        }
        int initial = nextByte();
        int major = initial >>> 5;
        int info = initial & 0x1F;
        if (major == 7) {
            return readSimple(info);
        }
        long argument = readArgument(info);
        return switch (major) {
            case 0 -> new IpldValue.IntValue(unsigned(argument));
            case 1 -> new IpldValue.IntValue(argument >= 0
                    ? BigInteger.valueOf(-1 - argument)
                    : unsigned(argument).add(BigInteger.ONE).negate());
            case 2 -> new IpldValue.BytesValue(take(argument));
            case 3 -> new IpldValue.StringValue(readString(argument));
            case 4 -> readList(argument, depth);
            case 5 -> readMap(argument, depth);
            default -> readLink(argument);
        };
    }

    private IpldValue readSimple(int info) {
        return switch (info) {
            case 20 -> IpldValue.of(false);
            case 21 -> IpldValue.of(true);
            case 22 -> IpldValue.NULL;
            case 23 -> throw error("undefined is not in the IPLD data model");
            case 25, 26 -> throw error("only 64-bit floats are allowed");
            case 27 -> readFloat64();
            case 31 -> throw error("indefinite lengths are not allowed");
            default -> throw error("unsupported simple value " + info);
        };
    }

    private IpldValue readFloat64() {
        double value = Double.longBitsToDouble(readBigEndian(8));
        if (!Double.isFinite(value)) {
            throw error("NaN and Infinity are not allowed");
        }
        return new IpldValue.FloatValue(value);
    }

    private IpldValue readList(long count, int depth) {
        requireAvailable(count, "list of " + Long.toUnsignedString(count) + " items");
        // Grow as items arrive: a header alone must not decide how much memory we take.
        List<IpldValue> items = new ArrayList<>((int) Math.min(count, 16));
        for (long i = 0; i < count; i++) {
            items.add(readValue(depth + 1));
        }
        return new IpldValue.ListValue(items);
    }

    private IpldValue readMap(long count, int depth) {
        if (count < 0 || count > (data.length - pos) / 2) {
            throw error("map of " + Long.toUnsignedString(count) + " entries exceeds the input");
        }
        Map<String, IpldValue> entries = new LinkedHashMap<>((int) Math.min(count, 16) * 2);
        int previousStart = -1;
        int previousLength = 0;
        for (long i = 0; i < count; i++) {
            int initial = nextByte();
            if (initial >>> 5 != 3) {
                throw error("map keys must be strings");
            }
            long length = readArgument(initial & 0x1F);
            requireAvailable(length, "map key");
            int start = pos;
            if (previousStart >= 0) {
                int order = compareKeys(previousStart, previousLength, start, (int) length);
                if (order == 0) {
                    throw error("duplicate map key");
                }
                if (order > 0) {
                    throw error("map keys are not in canonical order (length first, then bytewise)");
                }
            }
            String key = readString(length);
            previousStart = start;
            previousLength = (int) length;
            entries.put(key, readValue(depth + 1));
        }
        return new IpldValue.MapValue(entries);
    }

    private int compareKeys(int aStart, int aLength, int bStart, int bLength) {
        if (aLength != bLength) {
            return Integer.compare(aLength, bLength);
        }
        return Arrays.compareUnsigned(data, aStart, aStart + aLength, data, bStart, bStart + bLength);
    }

    private IpldValue readLink(long tag) {
        if (tag != LINK_TAG) {
            throw error("tag " + Long.toUnsignedString(tag) + " is not allowed, only 42 (link)");
        }
        int initial = nextByte();
        if (initial >>> 5 != 2) {
            throw error("tag 42 must hold bytes");
        }
        byte[] bytes = take(readArgument(initial & 0x1F));
        if (bytes.length == 0 || bytes[0] != 0) {
            throw error("tag 42 bytes must start with 0x00");
        }
        try {
            return new IpldValue.LinkValue(Cid.decode(Arrays.copyOfRange(bytes, 1, bytes.length)));
        } catch (IpldException e) {
            throw new IpldException("dag-cbor: invalid link: " + e.getMessage(), e);
        }
    }

    private String readString(long length) {
        requireAvailable(length, "string");
        int start = pos;
        pos += (int) length;
        try {
            return Utf8.decode(data, start, (int) length);
        } catch (IpldException e) {
            throw error("string is not valid UTF-8");
        }
    }

    private byte[] take(long length) {
        requireAvailable(length, "byte string");
        byte[] out = Arrays.copyOfRange(data, pos, pos + (int) length);
        pos += (int) length;
        return out;
    }

    /** The argument of a header, refusing forms longer than needed, reserved values and indefinite lengths. */
    private long readArgument(int info) {
        if (info < 24) {
            return info;
        }
        long value;
        long minimum;
        switch (info) {
            case 24 -> {
                value = readBigEndian(1);
                minimum = 24;
            }
            case 25 -> {
                value = readBigEndian(2);
                minimum = 0x100;
            }
            case 26 -> {
                value = readBigEndian(4);
                minimum = 0x1_0000;
            }
            case 27 -> {
                value = readBigEndian(8);
                minimum = 0x1_0000_0000L;
            }
            case 31 -> throw error("indefinite lengths are not allowed");
            default -> throw error("reserved additional information " + info);
        }
        if (Long.compareUnsigned(value, minimum) < 0) {
            throw error("integer encoded in more bytes than necessary");
        }
        return value;
    }

    private long readBigEndian(int bytes) {
        if (data.length - pos < bytes) {
            throw error("truncated input");
        }
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            value = (value << 8) | (data[pos++] & 0xFF);
        }
        return value;
    }

    private int nextByte() {
        if (pos >= data.length) {
            throw error("truncated input");
        }
        return data[pos++] & 0xFF;
    }

    /** Refuses a length (unsigned) larger than the input left: each item takes at least one byte. */
    private void requireAvailable(long length, String what) {
        if (length < 0 || length > data.length - pos) {
            throw error(what + " is longer than the " + (data.length - pos) + " bytes left");
        }
    }

    private static BigInteger unsigned(long value) {
        return value >= 0 ? BigInteger.valueOf(value) : BigInteger.valueOf(value).add(TWO_64);
    }

    private IpldException error(String message) {
        return new IpldException("dag-cbor: " + message + " (at byte " + pos + ")");
    }
}

package org.constl.ipld;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.constl.ipld.internal.Utf8;

/**
 * The IPLD data model as DAG-CBOR carries it: null, boolean, integer (the 64-bit unsigned and
 * negative range), float (finite only), string, bytes, list, map with string keys, link. Immutable.
 * The {@code as...} accessors throw {@link IpldException} when the value has another kind.
 */
public sealed interface IpldValue permits IpldValue.NullValue, IpldValue.BoolValue, IpldValue.IntValue,
        IpldValue.FloatValue, IpldValue.StringValue, IpldValue.BytesValue, IpldValue.ListValue,
        IpldValue.MapValue, IpldValue.LinkValue {

    NullValue NULL = new NullValue();

    static IpldValue of(boolean value) {
        return new BoolValue(value);
    }

    static IpldValue of(long value) {
        return new IntValue(BigInteger.valueOf(value));
    }

    static IpldValue of(BigInteger value) {
        return new IntValue(value);
    }

    static IpldValue of(double value) {
        return new FloatValue(value);
    }

    static IpldValue of(String value) {
        return new StringValue(value);
    }

    static IpldValue of(byte[] value) {
        return new BytesValue(value);
    }

    static IpldValue of(Cid value) {
        return new LinkValue(value);
    }

    static IpldValue list(IpldValue... values) {
        return new ListValue(List.of(values));
    }

    static IpldValue list(List<? extends IpldValue> values) {
        return new ListValue(List.copyOf(values));
    }

    static IpldValue map(Map<String, ? extends IpldValue> entries) {
        return new MapValue(entries);
    }

    /** A short name of the kind, for error messages: "null", "int", "map"... */
    String kind();

    default boolean isNull() {
        return this instanceof NullValue;
    }

    default boolean asBoolean() {
        return as(BoolValue.class, "bool").value();
    }

    default BigInteger asBigInteger() {
        return as(IntValue.class, "int").value();
    }

    /** The integer value, which must fit a long. */
    default long asLong() {
        BigInteger value = asBigInteger();
        if (value.bitLength() > 63) {
            throw new IpldException("ipld: integer " + value + " does not fit a long");
        }
        return value.longValue();
    }

    /** A float, or an integer converted to double (as JS sees every number). */
    default double asDouble() {
        if (this instanceof IntValue i) {
            return i.value().doubleValue();
        }
        return as(FloatValue.class, "float").value();
    }

    default String asString() {
        return as(StringValue.class, "string").value();
    }

    default byte[] asBytes() {
        return as(BytesValue.class, "bytes").bytes();
    }

    default List<IpldValue> asList() {
        return as(ListValue.class, "list").values();
    }

    default MapValue asMap() {
        return as(MapValue.class, "map");
    }

    default Cid asCid() {
        return as(LinkValue.class, "link").cid();
    }

    private <T extends IpldValue> T as(Class<T> type, String expected) {
        if (!type.isInstance(this)) {
            throw new IpldException("ipld: expected " + expected + ", found " + kind());
        }
        return type.cast(this);
    }

    record NullValue() implements IpldValue {
        @Override
        public String kind() {
            return "null";
        }
    }

    record BoolValue(boolean value) implements IpldValue {
        @Override
        public String kind() {
            return "bool";
        }
    }

    /** An integer from -2^64 to 2^64-1, the range CBOR major types 0 and 1 can carry. */
    record IntValue(BigInteger value) implements IpldValue {
        public IntValue {
            if (value.bitLength() > 64) {
                throw new IpldException("ipld: integer out of the 64-bit CBOR range: " + value);
            }
        }

        @Override
        public String kind() {
            return "int";
        }
    }

    /** A finite double; NaN and the infinities are not in the IPLD data model. */
    record FloatValue(double value) implements IpldValue {
        public FloatValue {
            if (!Double.isFinite(value)) {
                throw new IpldException("ipld: NaN and Infinity are not supported: " + value);
            }
        }

        @Override
        public String kind() {
            return "float";
        }
    }

    record StringValue(String value) implements IpldValue {
        public StringValue {
            Objects.requireNonNull(value);
        }

        @Override
        public String kind() {
            return "string";
        }
    }

    final class BytesValue implements IpldValue {
        private final byte[] bytes;

        public BytesValue(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        public byte[] bytes() {
            return bytes.clone();
        }

        public int length() {
            return bytes.length;
        }

        @Override
        public String kind() {
            return "bytes";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof BytesValue that && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "BytesValue[" + Multibase.BASE16.encodeBare(bytes) + "]";
        }
    }

    record ListValue(List<IpldValue> values) implements IpldValue {
        public ListValue {
            values = List.copyOf(values);
        }

        @Override
        public String kind() {
            return "list";
        }
    }

    /**
     * A map with string keys, kept in DAG-CBOR canonical order: shorter UTF-8 key first, then
     * bytewise. Iteration follows that order.
     */
    final class MapValue implements IpldValue {
        private final Map<String, IpldValue> entries;

        public MapValue(Map<String, ? extends IpldValue> entries) {
            this.entries = canonical(entries);
        }

        /** The entries in canonical order (unmodifiable). */
        public Map<String, IpldValue> entries() {
            return entries;
        }

        /** The value of {@code key}; missing keys are an error. */
        public IpldValue get(String key) {
            IpldValue value = entries.get(key);
            if (value == null) {
                throw new IpldException("ipld: missing map key '" + key + "'");
            }
            return value;
        }

        public boolean has(String key) {
            return entries.containsKey(key);
        }

        public int size() {
            return entries.size();
        }

        @Override
        public String kind() {
            return "map";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof MapValue that && entries.equals(that.entries);
        }

        @Override
        public int hashCode() {
            return entries.hashCode();
        }

        @Override
        public String toString() {
            return "MapValue" + entries;
        }

        public static Builder builder() {
            return new Builder();
        }

        /** Collects entries in any order; {@link #build()} sorts them. */
        public static final class Builder {
            private final Map<String, IpldValue> entries = new LinkedHashMap<>();

            public Builder put(String key, IpldValue value) {
                if (entries.putIfAbsent(Objects.requireNonNull(key), Objects.requireNonNull(value)) != null) {
                    throw new IpldException("ipld: duplicate map key '" + key + "'");
                }
                return this;
            }

            public MapValue build() {
                return new MapValue(entries);
            }
        }

        private record Keyed(byte[] utf8, String key, IpldValue value) {
        }

        private static Map<String, IpldValue> canonical(Map<String, ? extends IpldValue> source) {
            List<Keyed> keyed = new ArrayList<>(source.size());
            source.forEach((key, value) -> keyed.add(new Keyed(Utf8.encode(key), key, Objects.requireNonNull(value))));
            keyed.sort((a, b) -> compareKeys(a.utf8, b.utf8));
            Map<String, IpldValue> sorted = new LinkedHashMap<>(source.size() * 4 / 3 + 1);
            for (int i = 0; i < keyed.size(); i++) {
                if (i > 0 && compareKeys(keyed.get(i - 1).utf8, keyed.get(i).utf8) == 0) {
                    throw new IpldException("ipld: two map keys have the same UTF-8 bytes");
                }
                sorted.put(keyed.get(i).key, keyed.get(i).value);
            }
            return Collections.unmodifiableMap(sorted);
        }

        /** DAG-CBOR key order: length first, then unsigned bytes. */
        public static int compareKeys(byte[] a, byte[] b) {
            return a.length != b.length ? Integer.compare(a.length, b.length) : Arrays.compareUnsigned(a, b);
        }
    }

    record LinkValue(Cid cid) implements IpldValue {
        public LinkValue {
            Objects.requireNonNull(cid);
        }

        @Override
        public String kind() {
            return "link";
        }
    }
}

package org.constl.ipld.unixfs.internal;

import java.util.Arrays;

/** Writes protobuf wire format into a growing byte array. */
public final class ProtoWriter {

    private byte[] buffer = new byte[64];
    private int size;

    public ProtoWriter key(int field, int wireType) {
        return varint(((long) field << 3) | wireType);
    }

    /** An unsigned 64-bit varint: negative values are written as their two's complement. */
    public ProtoWriter varint(long value) {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            buffer[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        buffer[size++] = (byte) value;
        return this;
    }

    public ProtoWriter varintField(int field, long value) {
        return key(field, ProtoReader.VARINT).varint(value);
    }

    public ProtoWriter bytesField(int field, byte[] value) {
        key(field, ProtoReader.LENGTH_DELIMITED).varint(value.length);
        ensure(value.length);
        System.arraycopy(value, 0, buffer, size, value.length);
        size += value.length;
        return this;
    }

    public ProtoWriter fixed32Field(int field, int value) {
        key(field, ProtoReader.FIXED32);
        ensure(4);
        for (int i = 0; i < 4; i++) {
            buffer[size++] = (byte) (value >>> (8 * i));
        }
        return this;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private void ensure(int extra) {
        if (buffer.length - size < extra) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
        }
    }
}

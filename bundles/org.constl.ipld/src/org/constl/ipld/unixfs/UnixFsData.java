package org.constl.ipld.unixfs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.constl.ipld.IpldException;
import org.constl.ipld.unixfs.internal.ProtoReader;
import org.constl.ipld.unixfs.internal.ProtoWriter;

/**
 * The UnixFS {@code Data} protobuf carried in the Data field of a dag-pb node, encoded field by
 * field as {@code ipfs-unixfs} 11 writes it. {@code filesize} is not stored: like the JS library,
 * it is derived ({@link #fileSize()}) when encoding and ignored when decoding.
 *
 * @param type       the node type
 * @param data       inline content, or {@code null}; empty content is written as absent
 * @param blockSizes the content size under each link, in link order
 * @param hashType   HAMT hash function code, or {@code null}
 * @param fanout     HAMT fanout, or {@code null}
 * @param mode       POSIX mode bits, or {@code null}; the default of the type (0644 for files,
 *                   0755 for directories) is written as absent
 * @param mtime      modification time, or {@code null}
 */
public record UnixFsData(Type type, byte[] data, List<Long> blockSizes, Long hashType, Long fanout,
        Integer mode, UnixTime mtime) {

    /** The {@code DataType} enum of the UnixFS protobuf. */
    public enum Type {
        RAW, DIRECTORY, FILE, METADATA, SYMLINK, HAMT_SHARD;

        boolean isDirectory() {
            return this == DIRECTORY || this == HAMT_SHARD;
        }
    }

    /** UnixFS {@code UnixTime}: seconds since the epoch and optional nanoseconds. */
    public record UnixTime(long seconds, Integer nanos) {
    }

    /** The largest HAMT fanout the JS reader accepts. */
    public static final long MAX_FANOUT = 1024;

    private static final int DEFAULT_FILE_MODE = 0644;
    private static final int DEFAULT_DIRECTORY_MODE = 0755;

    public UnixFsData {
        Objects.requireNonNull(type, "type");
        data = data == null ? null : data.clone();
        blockSizes = List.copyOf(blockSizes);
    }

    /** A file node whose content lies in its children, as the importer writes them. */
    public static UnixFsData file(List<Long> blockSizes) {
        return new UnixFsData(Type.FILE, null, blockSizes, null, null, null, null);
    }

    @Override
    public byte[] data() {
        return data == null ? null : data.clone();
    }

    /** Content length of the node: inline data plus all block sizes; 0 for directories. */
    public long fileSize() {
        if (type.isDirectory()) {
            return 0;
        }
        try {
            long sum = data == null ? 0 : data.length;
            for (long size : blockSizes) {
                sum = Math.addExact(sum, size);
            }
            return sum;
        } catch (ArithmeticException e) {
            throw new IpldException("UnixFS: file size overflows 2^63-1");
        }
    }

    public byte[] encode() {
        ProtoWriter out = new ProtoWriter().varintField(1, type.ordinal());
        if (data != null && data.length > 0) {
            out.bytesField(2, data);
        }
        if (!type.isDirectory()) {
            out.varintField(3, fileSize());
        }
        for (long size : blockSizes) {
            out.varintField(4, size);
        }
        if (hashType != null) {
            out.varintField(5, hashType);
        }
        if (fanout != null) {
            out.varintField(6, fanout);
        }
        int defaultMode = type.isDirectory() ? DEFAULT_DIRECTORY_MODE : DEFAULT_FILE_MODE;
        if (mode != null && mode != defaultMode) {
            out.varintField(7, Integer.toUnsignedLong(mode));
        }
        if (mtime != null) {
            out.bytesField(8, encode(mtime));
        }
        return out.toByteArray();
    }

    /**
     * Decodes the protobuf. Like the JS reader it skips unknown fields, keeps the last value of a
     * repeated scalar and takes a missing type as a file; values out of range are refused.
     */
    public static UnixFsData decode(byte[] bytes) {
        ProtoReader in = new ProtoReader("UnixFS Data", bytes);
        Type type = Type.FILE;
        byte[] data = null;
        List<Long> blockSizes = new ArrayList<>();
        Long hashType = null;
        Long fanout = null;
        Integer mode = null;
        UnixTime mtime = null;
        while (in.hasMore()) {
            ProtoReader.Key key = in.readKey();
            if (key.field() < 1 || key.field() > 8) {
                in.skip(key.wireType());
                continue;
            }
            int field = (int) key.field();
            int expectedWireType = field == 2 || field == 8 ? ProtoReader.LENGTH_DELIMITED : ProtoReader.VARINT;
            if (key.wireType() != expectedWireType) {
                throw in.error("wrong wire type " + key.wireType() + " for field " + field);
            }
            switch (field) {
                case 1 -> type = Type.values()[(int) in.readVarint("Type", Type.values().length - 1)];
                case 2 -> data = in.readBytes();
                case 3 -> in.readVarint("filesize", Long.MAX_VALUE);
                case 4 -> blockSizes.add(in.readVarint("blocksize", Long.MAX_VALUE));
                case 5 -> hashType = in.readVarint("hashType", Long.MAX_VALUE);
                case 6 -> fanout = in.readVarint("fanout", MAX_FANOUT);
                case 7 -> mode = (int) in.readVarint("mode", 0xFFFF_FFFFL);
                default -> mtime = decodeTime(in.readBytes());
            }
        }
        return new UnixFsData(type, data, blockSizes, hashType, fanout, mode, mtime);
    }

    private static byte[] encode(UnixTime time) {
        ProtoWriter out = new ProtoWriter().varintField(1, time.seconds());
        if (time.nanos() != null) {
            out.fixed32Field(2, time.nanos());
        }
        return out.toByteArray();
    }

    private static UnixTime decodeTime(byte[] bytes) {
        ProtoReader in = new ProtoReader("UnixFS UnixTime", bytes);
        long seconds = 0;
        Integer nanos = null;
        while (in.hasMore()) {
            ProtoReader.Key key = in.readKey();
            if (key.field() == 1 && key.wireType() == ProtoReader.VARINT) {
                seconds = in.readVarint();
            } else if (key.field() == 2 && key.wireType() == ProtoReader.FIXED32) {
                nanos = in.readFixed32();
            } else if (key.field() == 1 || key.field() == 2) {
                throw in.error("wrong wire type " + key.wireType() + " for field " + key.field());
            } else {
                in.skip(key.wireType());
            }
        }
        return new UnixTime(seconds, nanos);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnixFsData o && type == o.type && Arrays.equals(data, o.data)
                && blockSizes.equals(o.blockSizes) && Objects.equals(hashType, o.hashType)
                && Objects.equals(fanout, o.fanout) && Objects.equals(mode, o.mode)
                && Objects.equals(mtime, o.mtime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, Arrays.hashCode(data), blockSizes, hashType, fanout, mode, mtime);
    }

    @Override
    public String toString() {
        return "UnixFsData[" + type + (data == null ? "" : ", data=" + HexFormat.of().formatHex(data))
                + ", blockSizes=" + blockSizes + (hashType == null ? "" : ", hashType=" + hashType)
                + (fanout == null ? "" : ", fanout=" + fanout)
                + (mode == null ? "" : ", mode=" + Integer.toOctalString(mode))
                + (mtime == null ? "" : ", mtime=" + mtime) + "]";
    }
}

package org.constl.ipld.unixfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.constl.ipld.IpldException;
import org.constl.ipld.unixfs.UnixFsData.Type;
import org.constl.ipld.unixfs.UnixFsData.UnixTime;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class UnixFsDataTest {

    /** Each value encodes to the bytes ipfs-unixfs marshalled, and those bytes decode to it again. */
    @TestFactory
    Stream<DynamicTest> encodesLikeJs() {
        return Vectors.lines("/unixfs/unixfs-data.txt").stream().map(v -> DynamicTest.dynamicTest(v[0], () -> {
            UnixFsData value = new UnixFsData(type(v[1]), v[2].equals("-") ? null : Vectors.hex(v[2]),
                    v[3].isEmpty() ? List.of() : Arrays.stream(v[3].split(",")).map(Long::valueOf).toList(),
                    v[7].equals("-") ? null : Long.valueOf(v[7]), v[6].equals("-") ? null : Long.valueOf(v[6]),
                    v[4].equals("-") ? null : Integer.parseInt(v[4], 8), time(v[5]));
            assertEquals(v[8], Vectors.hex(value.encode()));
            UnixFsData decoded = UnixFsData.decode(Vectors.hex(v[8]));
            assertEquals(v[8], Vectors.hex(decoded.encode()));
            assertEquals(value.fileSize(), decoded.fileSize());
        }));
    }

    @Test
    void fileSizeCountsInlineDataAndBlocks() {
        UnixFsData data = new UnixFsData(Type.FILE, new byte[3], List.of(10L, 20L), null, null, null, null);
        assertEquals(33, data.fileSize());
        assertEquals(0, new UnixFsData(Type.DIRECTORY, null, List.of(5L), null, null, null, null).fileSize());
    }

    @Test
    void missingTypeMeansFileAndUnknownFieldsAreSkipped() {
        // blocksize 5, then unknown field 9 (varint), 10 (bytes) and 11 (fixed32)
        UnixFsData data = UnixFsData.decode(Vectors.hex("2005" + "4801" + "52020102" + "5d01020304"));
        assertEquals(Type.FILE, data.type());
        assertEquals(List.of(5L), data.blockSizes());
    }

    @Test
    void refusesValuesOutOfRange() {
        assertThrows(IpldException.class, () -> UnixFsData.decode(Vectors.hex("0806")), "type 6");
        assertThrows(IpldException.class, () -> UnixFsData.decode(Vectors.hex("08053081 08")), "fanout 1025");
        assertThrows(IpldException.class, () -> UnixFsData.decode(Vectors.hex("0802208080808080808080 80 01")), "blocksize 2^63");
        assertThrows(IpldException.class, () -> UnixFsData.decode(Vectors.hex("0802 3880808080 10")), "mode over 32 bits");
        assertThrows(IpldException.class, () -> UnixFsData.decode(Vectors.hex("0a00")), "Type as bytes");
        assertThrows(IpldException.class, () -> UnixFsData.decode(Vectors.hex("080212 05 0102")), "data past end");
        assertThrows(IpldException.class, () -> UnixFsData.decode(Vectors.hex("0802 4b")), "group wire type");
    }

    @Test
    void refusesFileSizeOverflow() {
        UnixFsData data = UnixFsData.file(List.of(Long.MAX_VALUE, 1L));
        assertThrows(IpldException.class, data::fileSize);
    }

    private static Type type(String name) {
        return switch (name) {
            case "hamt-sharded-directory" -> Type.HAMT_SHARD;
            default -> Type.valueOf(name.toUpperCase());
        };
    }

    private static UnixTime time(String field) {
        if (field.equals("-")) {
            return null;
        }
        String[] parts = field.split(":");
        return new UnixTime(Long.parseLong(parts[0]), parts.length == 1 ? null : Integer.valueOf(parts[1]));
    }
}

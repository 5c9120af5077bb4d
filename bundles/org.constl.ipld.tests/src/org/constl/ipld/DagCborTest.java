package org.constl.ipld;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DagCborTest {

    @Test
    void encodesEveryGoldenValueToTheSameBytesAndCid() {
        for (String[] row : Vectors.load("dag-cbor.txt")) {
            IpldValue value = IpldJson.parse(row[1]);
            Block block = DagCbor.encodeBlock(value);
            assertEquals(row[2], Vectors.hex(block.bytes()), row[0]);
            assertEquals(row[3], block.cid().toString(Multibase.BASE58BTC), row[0]);
        }
    }

    @Test
    void decodesEveryGoldenBlockToTheValueJsSees() {
        for (String[] row : Vectors.load("dag-cbor.txt")) {
            byte[] bytes = Vectors.unhex(row[2]);
            IpldValue decoded = DagCbor.decode(bytes);
            assertEquals(IpldJson.parse(row[4]), decoded, row[0]);
            assertArrayEquals(bytes, DagCbor.encode(decoded), row[0]);
            assertEquals(decoded, IpldJson.parse(IpldJson.print(decoded)), row[0]);
        }
    }

    @Test
    void refusesEveryInvalidGoldenBlock() {
        for (String[] row : Vectors.load("dag-cbor-invalid.txt")) {
            assertThrows(IpldException.class, () -> DagCbor.decode(Vectors.unhex(row[1])), row[0]);
        }
    }

    @Test
    void readsTheOrbitDbEntryInWireOrderAndReSignsTheSameSixFields() {
        String entryHex = Vectors.load("dag-cbor.txt").stream().filter(r -> r[0].equals("orbitdb-entry")).findFirst().orElseThrow()[2];
        IpldValue.MapValue entry = DagCbor.decode(Vectors.unhex(entryHex)).asMap();
        assertEquals(List.of("v", "id", "key", "sig", "next", "refs", "clock", "payload", "identity"), new ArrayList<>(entry.entries().keySet()));
        assertEquals(686, entryHex.length() / 2);
        assertEquals(2, entry.get("v").asLong());
        IpldValue.MapValue value = entry.get("payload").asMap().get("value").asMap();
        assertEquals(1.5, value.get("dbhCm").asDouble());
        assertEquals(1, value.get("count").asLong());

        IpldValue.MapValue.Builder signed = IpldValue.MapValue.builder();
        for (String key : List.of("id", "payload", "next", "refs", "clock", "v")) {
            signed.put(key, entry.get(key));
        }
        assertEquals(408, DagCbor.encode(signed.build()).length);
        assertEquals("zdpuAqRkAH7sqa9aQx2dKyNUBk1LdecnZTAmr8xERcGkEh5kL", DagCbor.encodeBlock(entry).cid().toString(Multibase.BASE58BTC));
    }

    @Test
    void writesWholeDoublesAsIntegersLikeJs() {
        assertEquals("01", Vectors.hex(DagCbor.encode(IpldValue.of(1.0))));
        assertEquals("20", Vectors.hex(DagCbor.encode(IpldValue.of(-1.0))));
        assertEquals("00", Vectors.hex(DagCbor.encode(IpldValue.of(-0.0))));
        assertEquals("1b001fffffffffffff", Vectors.hex(DagCbor.encode(IpldValue.of(9007199254740991.0))));
        assertEquals("fb4340000000000000", Vectors.hex(DagCbor.encode(IpldValue.of(9007199254740992.0))));
        assertEquals("fb3ff8000000000000", Vectors.hex(DagCbor.encode(IpldValue.of(1.5))));
    }

    @Test
    void sortsMapKeysLengthFirstWhateverTheInsertionOrder() {
        IpldValue map = IpldValue.map(Map.of("bb", IpldValue.of(1), "a", IpldValue.of(2), "c", IpldValue.of(3)));
        assertEquals("a3616102616303626262" + "01", Vectors.hex(DagCbor.encode(map)));
        assertThrows(IpldException.class, () -> IpldValue.MapValue.builder().put("a", IpldValue.NULL).put("a", IpldValue.NULL));
        assertThrows(IpldException.class, () -> IpldValue.map(Map.of("\ud800", IpldValue.NULL, "\udc00", IpldValue.NULL)));
    }

    @Test
    void encodesLinksAsTag42WithTheZeroPrefix() {
        Cid cid = Cid.of(Multicodec.RAW, new byte[0]);
        byte[] encoded = DagCbor.encode(IpldValue.of(cid));
        assertEquals("d82a5825" + "00" + Vectors.hex(cid.bytes()), Vectors.hex(encoded));
        assertEquals(cid, DagCbor.decode(encoded).asCid());
    }

    @Test
    void boundsTheModelToTheCborIntegerRangeAndFiniteFloats() {
        BigInteger twoTo64 = BigInteger.ONE.shiftLeft(64);
        assertThrows(IpldException.class, () -> IpldValue.of(twoTo64));
        assertThrows(IpldException.class, () -> IpldValue.of(twoTo64.negate().subtract(BigInteger.ONE)));
        assertThrows(IpldException.class, () -> IpldValue.of(Double.NaN));
        assertThrows(IpldException.class, () -> IpldValue.of(Double.NEGATIVE_INFINITY));
        assertThrows(IpldException.class, () -> IpldValue.of(twoTo64.subtract(BigInteger.ONE)).asLong());
        assertThrows(IpldException.class, () -> IpldValue.of("x").asMap());
    }

    @Test
    void refusesNestingBeyondTheBoundWhenEncoding() {
        IpldValue deep = IpldValue.NULL;
        for (int i = 0; i <= DagCbor.MAX_DEPTH; i++) {
            deep = IpldValue.list(deep);
        }
        IpldValue tooDeep = deep;
        assertThrows(IpldException.class, () -> DagCbor.encode(tooDeep));
        IpldValue ok = ((IpldValue.ListValue) deep).values().get(0);
        assertTrue(DagCbor.encode(ok).length > DagCbor.MAX_DEPTH);
        assertEquals(ok, DagCbor.decode(DagCbor.encode(ok)));
    }
}

package org.constl.ipld.unixfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.constl.ipld.Cid;
import org.constl.ipld.IpldException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DagPbTest {

    /** Nodes built in Java encode to the bytes @ipld/dag-pb wrote, and those bytes decode back to them. */
    @TestFactory
    Stream<DynamicTest> encodesAndDecodesLikeJs() {
        return Vectors.lines("/unixfs/dag-pb.txt").stream().map(v -> DynamicTest.dynamicTest(v[0], () -> {
            PbNode node = new PbNode(links(v[2]), v[1].equals("-") ? null : Vectors.hex(v[1]));
            byte[] expected = Vectors.hex(v[3]);
            assertEquals(v[3], Vectors.hex(DagPb.encode(node)));
            assertEquals(node, DagPb.decode(expected));
        }));
    }

    /** The decoder accepts exactly what the JS decoder accepts, and re-encodes it the same way. */
    @TestFactory
    Stream<DynamicTest> agreesWithJsDecoderVerdicts() {
        return Vectors.lines("/unixfs/dag-pb-decode.txt").stream().map(v -> DynamicTest.dynamicTest(v[0], () -> {
            byte[] input = Vectors.hex(v[1]);
            if (v[2].equals("ok")) {
                assertEquals(v[3], Vectors.hex(DagPb.encode(DagPb.decode(input))));
            } else {
                assertThrows(IpldException.class, () -> DagPb.decode(input), "JS says: " + v[3]);
            }
        }));
    }

    @Test
    void absentAndEmptyDataStayDistinct() {
        assertNull(DagPb.decode(new byte[0]).data());
        assertArrayEquals(new byte[0], DagPb.decode(Vectors.hex("0a00")).data());
    }

    @Test
    void refusesNamesThatAreNotUtf8() {
        Cid cid = Cid.of(0x55, new byte[] {1});
        byte[] good = DagPb.encode(new PbNode(List.of(new PbLink(cid, "ab", null)), null));
        byte[] bad = good.clone();
        bad[bad.length - 1] = (byte) 0xC3; // 'b' becomes a lone UTF-8 lead byte
        assertThrows(IpldException.class, () -> DagPb.decode(bad));
    }

    @Test
    void refusesTsizeAbove63Bits() {
        Cid cid = Cid.of(0x55, new byte[] {1});
        byte[] hash = cid.bytes();
        byte[] link = concat(new byte[] {0x0a, (byte) hash.length}, hash,
                Vectors.hex("1880808080808080808001"));
        byte[] node = concat(new byte[] {0x12, (byte) link.length}, link);
        assertThrows(IpldException.class, () -> DagPb.decode(node));
    }

    @Test
    void namesRoundTripAsUtf8() {
        Cid cid = Cid.of(0x70, "x".getBytes(StandardCharsets.UTF_8));
        PbNode node = new PbNode(List.of(new PbLink(cid, "données-日本", 7L)), new byte[] {8, 1});
        assertEquals(node, DagPb.decode(DagPb.encode(node)));
    }

    private static List<PbLink> links(String field) {
        List<PbLink> links = new ArrayList<>();
        if (field.isEmpty()) {
            return links;
        }
        for (String link : field.split(";")) {
            String[] parts = link.split(",", -1);
            String name = parts[1].equals("-") ? null : new String(Vectors.hex(parts[1]), StandardCharsets.UTF_8);
            Long tsize = parts[2].equals("-") ? null : Long.valueOf(parts[2]);
            links.add(new PbLink(Cid.parse(parts[0]), name, tsize));
        }
        return links;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}

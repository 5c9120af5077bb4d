package org.constl.ipld;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class MultiaddrTest {

    @Test
    void matchesEveryGoldenVectorBothWays() {
        for (String[] row : Vectors.load("multiaddr.txt")) {
            byte[] bytes = Vectors.unhex(row[1]);
            assertArrayEquals(bytes, Multiaddr.parse(row[0]).bytes(), row[0]);
            Multiaddr decoded = Multiaddr.decode(bytes);
            assertEquals(row[2], decoded.toString(), row[1]);
            assertEquals(decoded, Multiaddr.parse(row[2]));
        }
    }

    @Test
    void encodesTheWireExample() {
        assertEquals("047f000001060fa1", Vectors.hex(Multiaddr.parse("/ip4/127.0.0.1/tcp/4001").bytes()));
    }

    @Test
    void exposesComponentsAndValues() {
        Multiaddr address = Multiaddr.parse("/ip4/10.1.2.3/tcp/4001/p2p/12D3KooWHcuxjxEgkg3KD4j2MXVRDWnYsx7UD1WhdemqJj2pKTGY");
        assertEquals(3, address.components().size());
        assertEquals(MultiaddrProtocol.P2P, address.components().get(2).protocol());
        assertEquals(Optional.of("4001"), address.valueOf(MultiaddrProtocol.TCP));
        assertEquals(Optional.empty(), address.valueOf(MultiaddrProtocol.UDP));
        Multiaddr circuit = address.encapsulate(Multiaddr.parse("/p2p-circuit"));
        assertEquals(address + "/p2p-circuit", circuit.toString());
    }

    @Test
    void refusesMalformedText() {
        String[] bad = {
            "", "ip4/1.2.3.4", "/ip4", "/ip4/1.2.3", "/ip4/1.2.3.256", "/ip4/01.2.3.4", "/ip4/1.2.3.4/tcp/65536",
            "/ip4/1.2.3.4/tcp/-1", "/ip4/1.2.3.4/tcp/", "/tcp/0x10", "/ip6/1:2:3:4:5:6:7:8:9", "/ip6/1::2::3",
            "/ip6/12345::", "/ip6/g::", "/unknown/1", "/p2p/QmNotBase58l", "/p2p/bafyinvalid", "/dns4//tcp/1",
            "/certhash/xnope", "//ip4/1.2.3.4", "/ws/x"
        };
        for (String text : bad) {
            assertThrows(IpldException.class, () -> Multiaddr.parse(text), text);
        }
    }

    @Test
    void refusesMalformedBinary() {
        String[] bad = {
            "04", "047f0000", "060f", "ffff03", "a503", "a5030500", "a50305001220", "3500", "a503020001", "9903",
            "a503020000ff", "8080808080808080808001"
        };
        for (String hex : bad) {
            assertThrows(IpldException.class, () -> Multiaddr.decode(Vectors.unhex(hex)), hex);
        }
        assertThrows(IpldException.class, () -> Multiaddr.decode(new byte[Multiaddr.MAX_BYTES + 1]));
    }
}

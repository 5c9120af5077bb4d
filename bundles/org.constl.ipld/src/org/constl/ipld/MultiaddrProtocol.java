package org.constl.ipld;

/**
 * The multiaddr protocols this stack reads and writes (multiformats/multiaddr protocols.csv).
 * {@link #bits()} is the size of a fixed value, 0 for no value, or {@link #VARIABLE}.
 */
public enum MultiaddrProtocol {
    IP4(4, "ip4", 32),
    TCP(6, "tcp", 16),
    IP6(41, "ip6", 128),
    DNS(53, "dns", MultiaddrProtocol.VARIABLE),
    DNS4(54, "dns4", MultiaddrProtocol.VARIABLE),
    DNS6(55, "dns6", MultiaddrProtocol.VARIABLE),
    DNSADDR(56, "dnsaddr", MultiaddrProtocol.VARIABLE),
    UDP(273, "udp", 16),
    WEBRTC_DIRECT(280, "webrtc-direct", 0),
    WEBRTC(281, "webrtc", 0),
    P2P_CIRCUIT(290, "p2p-circuit", 0),
    P2P(421, "p2p", MultiaddrProtocol.VARIABLE),
    TLS(448, "tls", 0),
    SNI(449, "sni", MultiaddrProtocol.VARIABLE),
    NOISE(454, "noise", 0),
    QUIC(460, "quic", 0),
    QUIC_V1(461, "quic-v1", 0),
    WEBTRANSPORT(465, "webtransport", 0),
    CERTHASH(466, "certhash", MultiaddrProtocol.VARIABLE),
    WS(477, "ws", 0),
    WSS(478, "wss", 0);

    public static final int VARIABLE = -1;

    private final int code;
    private final String text;
    private final int bits;

    MultiaddrProtocol(int code, String text, int bits) {
        this.code = code;
        this.text = text;
        this.bits = bits;
    }

    public int code() {
        return code;
    }

    /** The name in text multiaddrs, e.g. {@code quic-v1}. */
    public String text() {
        return text;
    }

    public int bits() {
        return bits;
    }

    public boolean hasValue() {
        return bits != 0;
    }

    public static MultiaddrProtocol forCode(long code) {
        for (MultiaddrProtocol protocol : values()) {
            if (protocol.code == code) {
                return protocol;
            }
        }
        throw new IpldException("multiaddr: unknown protocol code " + code);
    }

    /** By text name; {@code ipfs} is the old name of {@code p2p}. */
    public static MultiaddrProtocol forName(String name) {
        if (name.equals("ipfs")) {
            return P2P;
        }
        for (MultiaddrProtocol protocol : values()) {
            if (protocol.text.equals(name)) {
                return protocol;
            }
        }
        throw new IpldException("multiaddr: unknown protocol name '" + name + "'");
    }
}

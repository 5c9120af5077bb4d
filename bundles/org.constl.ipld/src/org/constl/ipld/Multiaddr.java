package org.constl.ipld;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.constl.ipld.internal.IpText;
import org.constl.ipld.internal.Utf8;

/**
 * A network address as a sequence of protocol components. Text {@code (/<name>/<value>)+},
 * binary {@code (varint(code) value)+} with a varint length before variable-size values.
 * Immutable; equal when the binary forms are equal.
 */
public final class Multiaddr {

    /** Longest binary form accepted: addresses are small, and this bounds hostile input. */
    public static final int MAX_BYTES = 1024;

    /** One protocol and its value in binary form (empty for protocols without a value). */
    public record Component(MultiaddrProtocol protocol, byte[] value) {

        public Component {
            value = value.clone();
            checkValue(protocol, value);
        }

        /** Builds a component from the text form of its value. */
        public static Component of(MultiaddrProtocol protocol, String text) {
            return new Component(protocol, valueFromText(protocol, text));
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        /** The text form of the value, as it appears in a text multiaddr. */
        public String valueText() {
            return valueToText(protocol, value);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Component that && protocol == that.protocol && Arrays.equals(value, that.value);
        }

        @Override
        public int hashCode() {
            return 31 * protocol.hashCode() + Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "/" + protocol.text() + (protocol.hasValue() ? "/" + valueText() : "");
        }
    }

    private final List<Component> components;
    private final byte[] bytes;

    private Multiaddr(List<Component> components) {
        this.components = List.copyOf(components);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Component component : this.components) {
            Varint.write(component.protocol().code(), out);
            byte[] value = component.value();
            if (component.protocol().bits() == MultiaddrProtocol.VARIABLE) {
                Varint.write(value.length, out);
            }
            out.writeBytes(value);
        }
        this.bytes = out.toByteArray();
        if (bytes.length > MAX_BYTES) {
            throw new IpldException("multiaddr: longer than " + MAX_BYTES + " bytes");
        }
    }

    public static Multiaddr of(List<Component> components) {
        return new Multiaddr(components);
    }

    /** Parses the text form, e.g. {@code /ip4/127.0.0.1/tcp/4001/p2p/12D3KooW...}. */
    public static Multiaddr parse(String text) {
        if (!text.startsWith("/")) {
            throw new IpldException("multiaddr: text must start with '/': " + text);
        }
        if (text.length() > 4 * MAX_BYTES) {
            throw new IpldException("multiaddr: text too long");
        }
        String[] parts = text.substring(1).split("/", -1);
        int end = parts[parts.length - 1].isEmpty() ? parts.length - 1 : parts.length;
        List<Component> components = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            MultiaddrProtocol protocol = MultiaddrProtocol.forName(parts[i]);
            if (!protocol.hasValue()) {
                components.add(new Component(protocol, new byte[0]));
            } else if (++i < end) {
                components.add(Component.of(protocol, parts[i]));
            } else {
                throw new IpldException("multiaddr: /" + protocol.text() + " needs a value");
            }
        }
        return new Multiaddr(components);
    }

    /** Decodes the binary form; the buffer must hold whole components only. */
    public static Multiaddr decode(byte[] data) {
        if (data.length > MAX_BYTES) {
            throw new IpldException("multiaddr: longer than " + MAX_BYTES + " bytes");
        }
        List<Component> components = new ArrayList<>();
        int at = 0;
        while (at < data.length) {
            Varint.Read code = Varint.read(data, at);
            MultiaddrProtocol protocol = MultiaddrProtocol.forCode(code.value());
            at = code.next();
            long length = protocol.bits() / 8;
            if (protocol.bits() == MultiaddrProtocol.VARIABLE) {
                Varint.Read read = Varint.read(data, at);
                length = read.value();
                at = read.next();
            }
            if (length > data.length - at) {
                throw new IpldException("multiaddr: /" + protocol.text() + " value is truncated");
            }
            components.add(new Component(protocol, Arrays.copyOfRange(data, at, at + (int) length)));
            at += (int) length;
        }
        return new Multiaddr(components);
    }

    public List<Component> components() {
        return components;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The text of the first value of {@code protocol}, if the address has one. */
    public Optional<String> valueOf(MultiaddrProtocol protocol) {
        return components.stream().filter(c -> c.protocol() == protocol).findFirst().map(Component::valueText);
    }

    /** This address followed by {@code inner}. */
    public Multiaddr encapsulate(Multiaddr inner) {
        List<Component> all = new ArrayList<>(components);
        all.addAll(inner.components);
        return new Multiaddr(all);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        components.forEach(out::append);
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Multiaddr that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    private static byte[] valueFromText(MultiaddrProtocol protocol, String text) {
        return switch (protocol) {
            case IP4 -> IpText.ip4ToBytes(text);
            case IP6 -> IpText.ip6ToBytes(text);
            case TCP, UDP -> port(IpText.parseDecimal(text, 0xFFFF, protocol.text()));
            case DNS, DNS4, DNS6, DNSADDR, SNI -> text.getBytes(StandardCharsets.UTF_8);
            case P2P -> peerIdFromText(text);
            case CERTHASH -> Multibase.decode(text);
            default -> throw new IpldException("multiaddr: /" + protocol.text() + " takes no value");
        };
    }

    private static String valueToText(MultiaddrProtocol protocol, byte[] value) {
        return switch (protocol) {
            case IP4 -> IpText.ip4ToString(value, 0);
            case IP6 -> IpText.ip6ToString(value, 0);
            case TCP, UDP -> Integer.toString(((value[0] & 0xFF) << 8) | (value[1] & 0xFF));
            case DNS, DNS4, DNS6, DNSADDR, SNI -> new String(value, StandardCharsets.UTF_8);
            case P2P -> Multibase.BASE58BTC.encodeBare(value);
            case CERTHASH -> Multibase.BASE64URL.encode(value);
            default -> "";
        };
    }

    /** Legacy base58btc text ({@code Qm...}, {@code 12D3KooW...}) or a CID ({@code bafz...}). */
    private static byte[] peerIdFromText(String text) {
        if (text.startsWith("Q") || text.startsWith("1")) {
            return Multibase.BASE58BTC.decodeBare(text);
        }
        return Cid.parse(text).multihash().bytes();
    }

    private static byte[] port(int port) {
        return new byte[] {(byte) (port >> 8), (byte) port};
    }

    private static void checkValue(MultiaddrProtocol protocol, byte[] value) {
        if (protocol.bits() >= 0 && value.length * 8 != protocol.bits()) {
            throw new IpldException("multiaddr: /" + protocol.text() + " value must be " + protocol.bits() / 8 + " bytes");
        }
        switch (protocol) {
            case P2P -> Multihash.decode(value);
            case DNS, DNS4, DNS6, DNSADDR, SNI -> {
                if (value.length == 0 || !Utf8.isValid(value, 0, value.length) || contains(value, '/')) {
                    throw new IpldException("multiaddr: /" + protocol.text() + " needs a non-empty UTF-8 name without '/'");
                }
            }
            case CERTHASH -> {
                if (value.length == 0) {
                    throw new IpldException("multiaddr: /certhash needs a value");
                }
            }
            default -> {
            }
        }
    }

    private static boolean contains(byte[] value, char c) {
        for (byte b : value) {
            if (b == c) {
                return true;
            }
        }
        return false;
    }
}

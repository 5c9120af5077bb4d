package org.constl.ipld.internal;

import org.constl.ipld.IpldException;

/** IPv4 and IPv6 addresses between text and bytes, without name resolution (unlike InetAddress). */
public final class IpText {

    private IpText() {
    }

    /** Dotted decimal, four parts 0..255 without leading zeros. */
    public static byte[] ip4ToBytes(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IpldException("ip4: not four dotted parts: " + text);
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            out[i] = (byte) parseDecimal(parts[i], 255, "ip4");
        }
        return out;
    }

    public static String ip4ToString(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) + "." + (bytes[offset + 1] & 0xFF) + "."
                + (bytes[offset + 2] & 0xFF) + "." + (bytes[offset + 3] & 0xFF);
    }

    /** A decimal without sign or leading zeros, at most {@code max}. */
    public static int parseDecimal(String text, int max, String what) {
        boolean digitsOnly = !text.isEmpty() && text.length() <= 5 && text.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digitsOnly || (text.length() > 1 && text.charAt(0) == '0') || Integer.parseInt(text) > max) {
            throw new IpldException(what + ": not a decimal number from 0 to " + max + ": " + text);
        }
        return Integer.parseInt(text);
    }

    /** RFC 4291 text: hex groups, at most one {@code ::}, optionally a dotted IPv4 tail. */
    public static byte[] ip6ToBytes(String text) {
        if (text.length() > 45) {
            throw new IpldException("ip6: too long: " + text);
        }
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            throw new IpldException("ip6: more than one '::': " + text);
        }
        int[] head = gap < 0 ? groups(text) : groups(text.substring(0, gap));
        int[] tail = gap < 0 ? new int[0] : groups(text.substring(gap + 2));
        int total = head.length + tail.length;
        if (gap < 0 ? total != 8 : total > 7) {
            throw new IpldException("ip6: wrong number of groups: " + text);
        }
        byte[] out = new byte[16];
        for (int i = 0; i < head.length; i++) {
            putGroup(out, i, head[i]);
        }
        for (int i = 0; i < tail.length; i++) {
            putGroup(out, 8 - tail.length + i, tail[i]);
        }
        return out;
    }

    private static int[] groups(String text) {
        if (text.isEmpty()) {
            return new int[0];
        }
        String[] parts = text.split(":", -1);
        int last = parts.length - 1;
        boolean ip4Tail = parts[last].contains(".");
        int[] out = new int[parts.length + (ip4Tail ? 1 : 0)];
        for (int i = 0; i < parts.length; i++) {
            if (i == last && ip4Tail) {
                byte[] ip4 = ip4ToBytes(parts[i]);
                out[i] = ((ip4[0] & 0xFF) << 8) | (ip4[1] & 0xFF);
                out[i + 1] = ((ip4[2] & 0xFF) << 8) | (ip4[3] & 0xFF);
            } else {
                out[i] = hexGroup(parts[i]);
            }
        }
        return out;
    }

    private static int hexGroup(String part) {
        if (part.isEmpty() || part.length() > 4) {
            throw new IpldException("ip6: bad group '" + part + "'");
        }
        int value = 0;
        for (int i = 0; i < part.length(); i++) {
            int digit = Character.digit(part.charAt(i), 16);
            if (digit < 0 || part.charAt(i) > 'f') {
                throw new IpldException("ip6: bad group '" + part + "'");
            }
            value = (value << 4) | digit;
        }
        return value;
    }

    private static void putGroup(byte[] out, int index, int value) {
        out[2 * index] = (byte) (value >> 8);
        out[2 * index + 1] = (byte) value;
    }

    /**
     * The form the WHATWG URL serializer gives (what @multiformats/multiaddr prints): lowercase
     * hex without leading zeros, the first longest run of two or more zero groups as {@code ::}.
     */
    public static String ip6ToString(byte[] bytes, int offset) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[offset + 2 * i] & 0xFF) << 8) | (bytes[offset + 2 * i + 1] & 0xFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8;) {
            int run = 0;
            while (i + run < 8 && groups[i + run] == 0) {
                run++;
            }
            if (run > bestLength) {
                bestStart = i;
                bestLength = run;
            }
            i += Math.max(run, 1);
        }
        StringBuilder out = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append(i == 0 ? "::" : ":");
                i += bestLength - 1;
                continue;
            }
            out.append(Integer.toHexString(groups[i]));
            if (i < 7) {
                out.append(':');
            }
        }
        return out.toString();
    }
}

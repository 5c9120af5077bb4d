package org.constl.ipld.internal;

import org.constl.ipld.IpldException;

/**
 * The RFC 4648 family (base16, base32, base64 and their variants): a power-of-two alphabet read
 * and written bit by bit, strict on decode (no stray characters, zero trailing bits, exact padding).
 */
public final class Rfc4648 {

    private final String name;
    private final char[] alphabet;
    private final int bitsPerChar;
    private final boolean padded;
    private final byte[] lookup = new byte[128];

    public Rfc4648(String name, String alphabet, int bitsPerChar, boolean padded) {
        this.name = name;
        this.alphabet = alphabet.toCharArray();
        this.bitsPerChar = bitsPerChar;
        this.padded = padded;
        java.util.Arrays.fill(lookup, (byte) -1);
        for (int i = 0; i < this.alphabet.length; i++) {
            lookup[this.alphabet[i]] = (byte) i;
        }
    }

    public String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length * 8 + bitsPerChar - 1) / bitsPerChar + 4);
        int mask = (1 << bitsPerChar) - 1;
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= bitsPerChar) {
                bits -= bitsPerChar;
                out.append(alphabet[(buffer >> bits) & mask]);
            }
        }
        if (bits > 0) {
            out.append(alphabet[(buffer << (bitsPerChar - bits)) & mask]);
        }
        if (padded) {
            while ((out.length() * bitsPerChar) % 8 != 0) {
                out.append('=');
            }
        }
        return out.toString();
    }

    public byte[] decode(CharSequence text) {
        int end = text.length();
        if (padded) {
            end = stripPadding(text);
        }
        byte[] out = new byte[end * bitsPerChar / 8];
        int buffer = 0;
        int bits = 0;
        int written = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            int value = c < 128 ? lookup[c] : -1;
            if (value < 0) {
                throw new IpldException(name + ": invalid character at " + i);
            }
            buffer = (buffer << bitsPerChar) | value;
            bits += bitsPerChar;
            if (bits >= 8) {
                bits -= 8;
                out[written++] = (byte) (buffer >> bits);
            }
        }
        if (bits >= bitsPerChar || (buffer & ((1 << bits) - 1)) != 0) {
            throw new IpldException(name + ": unexpected end of data");
        }
        return out;
    }

    /** Returns the length without padding, checking that the padding is exactly what encode writes. */
    private int stripPadding(CharSequence text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '=') {
            end--;
        }
        int expected = end;
        while ((expected * bitsPerChar) % 8 != 0) {
            expected++;
        }
        if (expected != text.length()) {
            throw new IpldException(name + ": wrong padding");
        }
        return end;
    }
}

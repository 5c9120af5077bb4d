package org.constl.ipld.internal;

import org.constl.ipld.IpldException;

/**
 * Positional base-N encoding with leading zero bytes kept as leading zero digits (base58btc,
 * base36), as the base-x library does. It is quadratic, so input length is capped.
 */
public final class BaseX {

    /** Longer text than this is refused: these bases name keys and hashes, not bulk data. */
    public static final int MAX_TEXT_LENGTH = 8192;

    private final String name;
    private final char[] alphabet;
    private final int base;
    private final byte[] lookup = new byte[128];

    public BaseX(String name, String alphabet) {
        this.name = name;
        this.alphabet = alphabet.toCharArray();
        this.base = this.alphabet.length;
        java.util.Arrays.fill(lookup, (byte) -1);
        for (int i = 0; i < base; i++) {
            lookup[this.alphabet[i]] = (byte) i;
        }
    }

    public String encode(byte[] data) {
        int zeros = 0;
        while (zeros < data.length && data[zeros] == 0) {
            zeros++;
        }
        // Digits in the target base, least significant first.
        int[] digits = new int[(data.length - zeros) * 2 + 1];
        int length = 0;
        for (int i = zeros; i < data.length; i++) {
            int carry = data[i] & 0xFF;
            for (int j = 0; j < length; j++) {
                carry += digits[j] << 8;
                digits[j] = carry % base;
                carry /= base;
            }
            while (carry > 0) {
                digits[length++] = carry % base;
                carry /= base;
            }
        }
        StringBuilder out = new StringBuilder(zeros + length);
        for (int i = 0; i < zeros; i++) {
            out.append(alphabet[0]);
        }
        for (int i = length - 1; i >= 0; i--) {
            out.append(alphabet[digits[i]]);
        }
        return out.toString();
    }

    public byte[] decode(CharSequence text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IpldException(name + ": text longer than " + MAX_TEXT_LENGTH + " characters");
        }
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == alphabet[0]) {
            zeros++;
        }
        // Bytes, least significant first.
        byte[] bytes = new byte[text.length()];
        int length = 0;
        for (int i = zeros; i < text.length(); i++) {
            char c = text.charAt(i);
            int carry = c < 128 ? lookup[c] : -1;
            if (carry < 0) {
                throw new IpldException(name + ": invalid character at " + i);
            }
            for (int j = 0; j < length; j++) {
                carry += (bytes[j] & 0xFF) * base;
                bytes[j] = (byte) carry;
                carry >>>= 8;
            }
            while (carry > 0) {
                bytes[length++] = (byte) carry;
                carry >>>= 8;
            }
        }
        byte[] out = new byte[zeros + length];
        for (int i = 0; i < length; i++) {
            out[zeros + i] = bytes[length - 1 - i];
        }
        return out;
    }
}

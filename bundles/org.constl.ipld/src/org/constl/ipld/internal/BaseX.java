package org.constl.ipld.internal;

import org.constl.ipld.IpldException;

/**
 * Positional base-N encoding with leading zero bytes kept as leading zero digits (base58btc,
 * base36), as the base-x library does. Digits are converted a group at a time (as many as fit in
 * 31 bits), four to five times faster on a CID than digit by digit, since OrbitDB entries name
 * each other by base58 text; the conversion is still quadratic, so input length is capped.
 */
public final class BaseX {

    /** Longer text than this is refused: these bases name keys and hashes, not bulk data. */
    public static final int MAX_TEXT_LENGTH = 8192;
    /** Bytes taken at a time when encoding: a 32-bit group times a group of digits fits in a long. */
    private static final int BYTES_PER_GROUP = 4;

    private final String name;
    private final char[] alphabet;
    private final int base;
    /** Digits per group and {@code base} to that power, the largest power under 2^31. */
    private final int groupDigits;
    private final long groupBase;
    private final byte[] lookup = new byte[128];

    public BaseX(String name, String alphabet) {
        this.name = name;
        this.alphabet = alphabet.toCharArray();
        this.base = this.alphabet.length;
        java.util.Arrays.fill(lookup, (byte) -1);
        for (int i = 0; i < base; i++) {
            lookup[this.alphabet[i]] = (byte) i;
        }
        int digits = 0;
        long power = 1;
        while (power * base <= Integer.MAX_VALUE) {
            power *= base;
            digits++;
        }
        this.groupDigits = digits;
        this.groupBase = power;
    }

    public String encode(byte[] data) {
        int zeros = 0;
        while (zeros < data.length && data[zeros] == 0) {
            zeros++;
        }
        // Groups of digits, each below groupBase, least significant first.
        long[] groups = new long[(data.length - zeros) * 2 / groupDigits + 2];
        int length = 0;
        int i = zeros;
        int first = (data.length - zeros) % BYTES_PER_GROUP;
        while (i < data.length) {
            int take = i == zeros && first != 0 ? first : BYTES_PER_GROUP;
            long carry = 0;
            for (int end = i + take; i < end; i++) {
                carry = carry << 8 | data[i] & 0xFF;
            }
            for (int j = 0; j < length; j++) {
                carry += groups[j] << (8 * take);
                groups[j] = carry % groupBase;
                carry /= groupBase;
            }
            while (carry > 0) {
                groups[length++] = carry % groupBase;
                carry /= groupBase;
            }
        }
        char[] digits = new char[length * groupDigits];
        int position = digits.length;
        for (int j = 0; j < length; j++) {
            long group = groups[j];
            for (int d = 0; d < groupDigits; d++) {
                digits[--position] = alphabet[(int) (group % base)];
                group /= base;
            }
        }
        while (position < digits.length && digits[position] == alphabet[0]) {
            position++;
        }
        StringBuilder out = new StringBuilder(zeros + digits.length - position);
        for (int z = 0; z < zeros; z++) {
            out.append(alphabet[0]);
        }
        return out.append(digits, position, digits.length - position).toString();
    }

    public byte[] decode(CharSequence text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IpldException(name + ": text longer than " + MAX_TEXT_LENGTH + " characters");
        }
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == alphabet[0]) {
            zeros++;
        }
        // 32-bit words, least significant first.
        long[] words = new long[(text.length() - zeros) * 6 / 32 + 2];
        int length = 0;
        int i = zeros;
        int first = (text.length() - zeros) % groupDigits;
        while (i < text.length()) {
            int take = i == zeros && first != 0 ? first : groupDigits;
            long carry = 0;
            long multiplier = 1;
            for (int end = i + take; i < end; i++) {
                char c = text.charAt(i);
                int digit = c < 128 ? lookup[c] : -1;
                if (digit < 0) {
                    throw new IpldException(name + ": invalid character at " + i);
                }
                carry = carry * base + digit;
                multiplier *= base;
            }
            for (int j = 0; j < length; j++) {
                carry += words[j] * multiplier;
                words[j] = carry & 0xFFFF_FFFFL;
                carry >>>= 32;
            }
            while (carry > 0) {
                words[length++] = carry & 0xFFFF_FFFFL;
                carry >>>= 32;
            }
        }
        int significant = length * 4;
        while (significant > 0 && byteAt(words, significant - 1) == 0) {
            significant--;
        }
        byte[] out = new byte[zeros + significant];
        for (int b = 0; b < significant; b++) {
            out[out.length - 1 - b] = (byte) byteAt(words, b);
        }
        return out;
    }

    /** Byte {@code index} of the number held in 32-bit words, least significant first. */
    private static int byteAt(long[] words, int index) {
        return (int) (words[index / 4] >>> (8 * (index % 4))) & 0xFF;
    }
}

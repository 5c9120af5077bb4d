package org.constl.ipld.internal;

import java.nio.charset.StandardCharsets;

import org.constl.ipld.IpldException;

/** UTF-8 as JavaScript's TextEncoder writes it, and a strict well-formedness check for reading. */
public final class Utf8 {

    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    private Utf8() {
    }

    /**
     * Encodes like TextEncoder: a lone surrogate becomes U+FFFD (Java's own encoder would write
     * '?', which gives different bytes and so a different CID than JS).
     */
    public static byte[] encode(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return encodeWithSurrogates(text);
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] encodeWithSurrogates(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(text.length() * 3);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int count = Character.charCount(cp);
            if (count == 1 && Character.isSurrogate(text.charAt(i))) {
                out.writeBytes(REPLACEMENT);
            } else {
                out.writeBytes(text.substring(i, i + count).getBytes(StandardCharsets.UTF_8));
            }
            i += count;
        }
        return out.toByteArray();
    }

    /** Decodes well-formed UTF-8 only (no overlong forms, surrogates or truncated sequences). */
    public static String decode(byte[] data, int offset, int length) {
        if (!isValid(data, offset, length)) {
            throw new IpldException("utf-8: malformed string");
        }
        return new String(data, offset, length, StandardCharsets.UTF_8);
    }

    public static boolean isValid(byte[] data, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            int b = data[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int extra;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                extra = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                extra = 2;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                extra = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + extra >= end) {
                return false;
            }
            int cp = b & (0x3F >> extra);
            for (int k = 1; k <= extra; k++) {
                int c = data[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += extra + 1;
        }
        return true;
    }
}

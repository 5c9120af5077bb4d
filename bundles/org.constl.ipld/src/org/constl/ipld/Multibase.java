package org.constl.ipld;

import java.util.function.Function;

import org.constl.ipld.internal.BaseX;
import org.constl.ipld.internal.Rfc4648;

/**
 * The multibase encodings the Constellation stack meets. Text is the one-character prefix followed
 * by the encoded bytes; the {@code Bare} methods work without the prefix (peer IDs, CIDv0).
 */
public enum Multibase {
    BASE58BTC('z', new BaseX("base58btc", "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")),
    BASE32('b', new Rfc4648("base32", "abcdefghijklmnopqrstuvwxyz234567", 5, false)),
    BASE16('f', new Rfc4648("base16", "0123456789abcdef", 4, false)),
    BASE36('k', new BaseX("base36", "0123456789abcdefghijklmnopqrstuvwxyz")),
    BASE64('m', new Rfc4648("base64", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 6, false)),
    BASE64URL('u', new Rfc4648("base64url", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 6, false)),
    BASE64PAD('M', new Rfc4648("base64pad", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 6, true)),
    BASE64URLPAD('U', new Rfc4648("base64urlpad", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 6, true));

    private final char prefix;
    private final Function<byte[], String> encoder;
    private final Function<CharSequence, byte[]> decoder;

    Multibase(char prefix, BaseX codec) {
        this(prefix, codec::encode, codec::decode);
    }

    Multibase(char prefix, Rfc4648 codec) {
        this(prefix, codec::encode, codec::decode);
    }

    Multibase(char prefix, Function<byte[], String> encoder, Function<CharSequence, byte[]> decoder) {
        this.prefix = prefix;
        this.encoder = encoder;
        this.decoder = decoder;
    }

    public char prefix() {
        return prefix;
    }

    /** Prefixed text, e.g. {@code z...} for base58btc. */
    public String encode(byte[] data) {
        return prefix + encoder.apply(data);
    }

    public String encodeBare(byte[] data) {
        return encoder.apply(data);
    }

    public byte[] decodeBare(CharSequence text) {
        return decoder.apply(text);
    }

    /** The encoding named by the first character of {@code text}. */
    public static Multibase of(CharSequence text) {
        if (text.isEmpty()) {
            throw new IpldException("multibase: empty text");
        }
        return forPrefix(text.charAt(0));
    }

    public static Multibase forPrefix(char prefix) {
        for (Multibase base : values()) {
            if (base.prefix == prefix) {
                return base;
            }
        }
        throw new IpldException("multibase: unsupported prefix '" + printable(prefix) + "'");
    }

    /** Decodes prefixed text in whichever supported base its prefix names. */
    public static byte[] decode(CharSequence text) {
        return of(text).decodeBare(text.subSequence(1, text.length()));
    }

    private static String printable(char c) {
        return c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04x", (int) c);
    }
}

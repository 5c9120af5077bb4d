package org.constl.identity;

import java.nio.charset.StandardCharsets;

import org.constl.identity.internal.Hex;

/**
 * Signing and verifying as {@code @orbitdb/core} 2.5 {@code key-store.js} does
 * ({@code signMessage}/{@code verifyMessage}): text is signed as its UTF-8 bytes, signatures and
 * public keys travel as lowercase hex; a public key is read as libp2p reads raw keys (32 bytes:
 * Ed25519, 33 bytes: secp256k1). OrbitDB refuses empty text, and so does this class.
 */
public final class OrbitDbSignatures {

    private static final int ED25519_RAW_LENGTH = 32;
    private static final int SECP256K1_RAW_LENGTH = 33;

    private OrbitDbSignatures() {
    }

    /** The hex signature of {@code data} by {@code key}. */
    public static String sign(PrivateKey key, byte[] data) {
        return Hex.encode(key.sign(data));
    }

    /** The hex signature of the UTF-8 bytes of {@code text}. */
    public static String sign(PrivateKey key, String text) {
        return sign(key, utf8(text));
    }

    /**
     * Whether {@code signatureHex} is a valid signature of {@code data} by the key whose raw bytes
     * are {@code publicKeyHex}. Anything malformed gives false, as in OrbitDB.
     */
    public static boolean verify(String signatureHex, String publicKeyHex, byte[] data) {
        try {
            return publicKeyFromHex(publicKeyHex).verify(data, Hex.decode(signatureHex));
        } catch (IdentityException e) {
            return false;
        }
    }

    public static boolean verify(String signatureHex, String publicKeyHex, String text) {
        return verify(signatureHex, publicKeyHex, utf8(text));
    }

    /** A public key from OrbitDB's hex form, typed by its length as {@code publicKeyFromRaw} does. */
    public static PublicKey publicKeyFromHex(String publicKeyHex) {
        byte[] raw = Hex.decode(publicKeyHex);
        return switch (raw.length) {
            case ED25519_RAW_LENGTH -> Keys.publicKeyFromRaw(KeyType.ED25519, raw);
            case SECP256K1_RAW_LENGTH -> Keys.publicKeyFromRaw(KeyType.SECP256K1, raw);
            default -> throw new IdentityException("orbitdb: unsupported public key of " + raw.length + " bytes");
        };
    }

    private static byte[] utf8(String text) {
        if (text.isEmpty()) {
            throw new IdentityException("orbitdb: empty text cannot be signed or verified");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package org.constl.identity;

import java.util.List;

import org.constl.identity.internal.Hex;
import org.constl.testing.TsvVectors;

/** Reads the golden vector files written by {@code interop/vectors/identity.mjs}. */
final class Vectors {

    private Vectors() {
    }

    /** The rows of a tab-separated vector file under {@code /vectors/}, without comment lines. */
    static List<String[]> read(String name) {
        return TsvVectors.read(Vectors.class, "/vectors/" + name);
    }

    static byte[] hex(String text) {
        return Hex.decode(text);
    }

    /** The key type names {@code @libp2p/crypto} writes. */
    static KeyType keyType(String jsName) {
        return switch (jsName) {
            case "Ed25519" -> KeyType.ED25519;
            case "secp256k1" -> KeyType.SECP256K1;
            case "RSA" -> KeyType.RSA;
            default -> throw new IllegalArgumentException("unknown JS key type " + jsName);
        };
    }
}

package org.constl.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.constl.identity.internal.Hex;

/** Reads the golden vector files written by {@code interop/vectors/identity.mjs}. */
final class Vectors {

    private Vectors() {
    }

    /** The rows of a tab-separated vector file under {@code /vectors/}, without comment lines. */
    static List<String[]> read(String name) {
        InputStream in = Vectors.class.getResourceAsStream("/vectors/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource /vectors/" + name);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.isEmpty()) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("no vectors in " + name);
        }
        return rows;
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

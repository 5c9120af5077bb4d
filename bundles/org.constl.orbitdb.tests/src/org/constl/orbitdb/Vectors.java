package org.constl.orbitdb;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.constl.identity.KeyType;
import org.constl.identity.Keys;
import org.constl.identity.OrbitDbIdentity;
import org.constl.identity.PrivateKey;
import org.constl.testing.TsvVectors;

/** Reads the golden vector files written by {@code interop/vectors/orbitdb.mjs}. */
final class Vectors {

    private Vectors() {
    }

    /** The rows of a tab-separated vector file under {@code /vectors/}, without comment lines. */
    static List<String[]> read(String name) {
        return TsvVectors.read(Vectors.class, "/vectors/" + name);
    }

    static List<String[]> rows(String name, String kind) {
        return read(name).stream().filter(r -> r[0].equals(kind)).toList();
    }

    static byte[] hex(String text) {
        return HexFormat.of().parseHex(text);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** The writers of the vectors, by name, rebuilt from their fixed keys. */
    static Map<String, LogWriter> writers() {
        Map<String, LogWriter> writers = new LinkedHashMap<>();
        for (String[] row : rows("orbitdb-setup.tsv", "identity")) {
            PrivateKey keyA = Keys.privateKeyFromRaw(KeyType.SECP256K1, hex(row[2]));
            PrivateKey keyB = Keys.privateKeyFromRaw(KeyType.SECP256K1, hex(row[3]));
            writers.put(row[1], new LogWriter(OrbitDbIdentity.create(keyA, keyB), keyB));
        }
        return writers;
    }
}

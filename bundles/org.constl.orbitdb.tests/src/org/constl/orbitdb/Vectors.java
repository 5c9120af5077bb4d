package org.constl.orbitdb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.constl.identity.KeyType;
import org.constl.identity.Keys;
import org.constl.identity.OrbitDbIdentity;
import org.constl.identity.PrivateKey;

/** Reads the golden vector files written by {@code interop/vectors/orbitdb.mjs}. */
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

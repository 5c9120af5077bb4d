package org.constl.ipld;

import java.util.HexFormat;
import java.util.List;

import org.constl.testing.TsvVectors;

/** Reads the golden vector files written by interop/vectors/ipld.mjs: tab-separated, '#' comments. */
final class Vectors {

    private Vectors() {
    }

    static List<String[]> load(String name) {
        return TsvVectors.read(Vectors.class, "/vectors/" + name);
    }

    static byte[] unhex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
